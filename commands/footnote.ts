// /footnote number:<n> [reading:<id>] — a footnote whole and the sentences citing it; autocomplete
// previews. Without `reading`, the server's current reading (the first in a DM).
import { SlashCommandBuilder } from 'discord.js';
import { footnoteChoices } from '../src/views/discord/choices.js';
import type { Command } from '../src/discord/command.js';
import { renderFootnoteMessage } from '../src/views/discord/answer-messages.js';
import { requireFootnote } from '../src/corpus/lookup.js';
import { readingById, readingOption, suggestNumberInReading } from '../src/discord/readings.js';
import { withNote } from '../src/views/discord/message-drafts.js';
import { reply } from '../src/discord/reply.js';

export const footnote = {
  data: new SlashCommandBuilder()
    .setName('footnote')
    .setDescription('Read a footnote and the sentences that cite it')
    .addIntegerOption((option) => option.setName('number').setDescription('The footnote number').setRequired(true).setAutocomplete(true))
    .addStringOption((option) => option.setName('reading').setDescription('Which reading (default: the class’s current reading)').setAutocomplete(true))
    .toJSON(),
  example: '/footnote number: 4',
  async execute(interaction, ctx) {
    const number = interaction.options.getInteger('number', true);
    const chosen = readingOption(interaction, ctx);
    const reading = readingById(ctx, chosen.id);
    await reply(interaction, withNote(renderFootnoteMessage(reading, requireFootnote(reading, number)), chosen.note));
    return { outcome: 'ok', results: 1 };
  },
  async autocomplete(interaction, ctx) {
    await suggestNumberInReading(interaction, ctx, footnoteChoices);
  },
} satisfies Command;
