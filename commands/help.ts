// /help — what the bot does, the reading(s) it knows, and each command with an example.
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { renderHelpMessage } from '../src/views/discord/answer-messages.js';
import { reply } from '../src/discord/reply.js';

export const help = {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot does and how to use it').toJSON(),
  example: '/help',
  async execute(interaction, ctx) {
    await reply(interaction, renderHelpMessage(ctx.corpus, ctx.commands));
    return { outcome: 'ok' };
  },
} satisfies Command;
