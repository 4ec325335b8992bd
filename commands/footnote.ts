// /footnote number:<n> [reading:<id>] — a footnote whole and the sentences citing it, privately, with
// (in a server) Post to class, which posts it publicly, credited; autocomplete previews. Without
// `reading`, the server's current reading (the first in a DM).
import { SlashCommandBuilder } from 'discord.js';
import { postToClass } from '../src/discord/class-posts.js';
import { offerPostToClass } from '../src/views/discord/class-posts.js';
import { classPostButtonId, parseClassPostButtonId, readingToken } from '../src/views/discord/custom-ids.js';
import { footnoteChoices } from '../src/views/discord/choices.js';
import type { Command } from '../src/discord/command.js';
import { renderFootnoteMessage } from '../src/views/discord/answer-messages.js';
import { requireFootnote } from '../src/corpus/lookup.js';
import { readingById, readingOption, suggestNumberInReading } from '../src/discord/readings.js';
import { withNote } from '../src/views/discord/message-drafts.js';
import { reply, replyPrivately } from '../src/discord/reply.js';
import { UNKNOWN_BUTTON } from '../src/discord/router.js';

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
    const draft = renderFootnoteMessage(reading, requireFootnote(reading, number));
    const offered = interaction.inGuild() ? offerPostToClass(draft, classPostButtonId({ command: 'footnote', reading: readingToken(reading.id), number })) : draft;
    await reply(interaction, withNote(offered, chosen.note));
    return { outcome: 'ok', results: 1 };
  },
  async autocomplete(interaction, ctx) {
    await suggestNumberInReading(interaction, ctx, footnoteChoices);
  },
  async handleButton(interaction, ctx) {
    const post = parseClassPostButtonId(interaction.customId);
    if (post?.command !== 'footnote') {
      await replyPrivately(interaction, UNKNOWN_BUTTON);
      return { outcome: 'unknown' };
    }
    return postToClass(interaction, ctx, post, (reading) => renderFootnoteMessage(reading, requireFootnote(reading, post.number)));
  },
} satisfies Command;
