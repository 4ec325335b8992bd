// /footnote number:<n> — a footnote whole and the sentences citing it; autocomplete previews.
import { SlashCommandBuilder } from 'discord.js';
import { footnoteChoices } from '../src/views/discord/choices.js';
import type { Command } from '../src/discord/command.js';
import { renderFootnoteMessage } from '../src/views/discord/answer-messages.js';
import { defaultReading, requireFootnote } from '../src/corpus/lookup.js';
import { reply, suggest } from '../src/discord/reply.js';

export const footnote = {
  data: new SlashCommandBuilder()
    .setName('footnote')
    .setDescription('Read a footnote and the sentences that cite it')
    .addIntegerOption((option) => option.setName('number').setDescription('The footnote number').setRequired(true).setAutocomplete(true))
    .toJSON(),
  example: '/footnote number: 4',
  async execute(interaction, ctx) {
    const number = interaction.options.getInteger('number', true);
    const reading = defaultReading(ctx.corpus);
    await reply(interaction, renderFootnoteMessage(reading, requireFootnote(reading, number)));
    return { outcome: 'ok', results: 1 };
  },
  async autocomplete(interaction, ctx) {
    await suggest(interaction, footnoteChoices(defaultReading(ctx.corpus), String(interaction.options.getFocused())));
  },
} satisfies Command;
