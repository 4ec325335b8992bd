// /passage number:<n> [reading:<id>] — paragraph n quoted whole with its footnotes, privately;
// Previous / Next buttons, and (in a server) Post to class, which posts it publicly, credited.
// Without `reading`, the server's current reading (the first in a DM).
import { SlashCommandBuilder, type BaseInteraction } from 'discord.js';
import type { Reading } from '../src/corpus/types.js';
import { postToClass } from '../src/discord/class-posts.js';
import { offerPostToClass } from '../src/views/discord/class-posts.js';
import { paragraphChoices } from '../src/views/discord/choices.js';
import type { Command } from '../src/discord/command.js';
import { classPostButtonId, parseClassPostButtonId, parsePassageButtonId, readingFromToken, readingToken } from '../src/views/discord/custom-ids.js';
import { renderPassageMessage } from '../src/views/discord/answer-messages.js';
import { requireParagraph } from '../src/corpus/lookup.js';
import { readingById, readingOption, suggestNumberInReading } from '../src/discord/readings.js';
import { withNote } from '../src/views/discord/message-drafts.js';
import { reply, replyPrivately, replyToButton } from '../src/discord/reply.js';
import { UNKNOWN_BUTTON } from '../src/discord/router.js';

/** Paragraph n as the student sees it privately: with Post to class in a server (a DM has no class). */
function privatePassage(interaction: BaseInteraction, reading: Reading, number: number) {
  const draft = renderPassageMessage(reading, number);
  if (!interaction.inGuild()) return draft;
  return offerPostToClass(draft, classPostButtonId({ command: 'passage', reading: readingToken(reading.id), number }));
}

export const passage = {
  data: new SlashCommandBuilder()
    .setName('passage')
    .setDescription('Read a paragraph of the essay whole, with its footnotes')
    .addIntegerOption((option) => option.setName('number').setDescription('The paragraph number (¶)').setRequired(true).setAutocomplete(true))
    .addStringOption((option) => option.setName('reading').setDescription('Which reading (default: the class’s current reading)').setAutocomplete(true))
    .toJSON(),
  example: '/passage number: 12',
  async execute(interaction, ctx) {
    const number = interaction.options.getInteger('number', true);
    const chosen = readingOption(interaction, ctx);
    const reading = readingById(ctx, chosen.id);
    await reply(interaction, withNote(privatePassage(interaction, reading, requireParagraph(reading, number).number), chosen.note));
    return { outcome: 'ok', results: 1 };
  },
  async autocomplete(interaction, ctx) {
    await suggestNumberInReading(interaction, ctx, paragraphChoices);
  },
  async handleButton(interaction, ctx) {
    const post = parseClassPostButtonId(interaction.customId);
    if (post !== undefined) return postToClass(interaction, ctx, post, (reading) => renderPassageMessage(reading, requireParagraph(reading, post.number).number));
    const button = parsePassageButtonId(interaction.customId);
    const reading = button === undefined ? undefined : readingFromToken(ctx.corpus, button.reading);
    if (button === undefined || reading === undefined) {
      await replyPrivately(interaction, UNKNOWN_BUTTON);
      return { outcome: 'unknown' };
    }
    await replyToButton(interaction, privatePassage(interaction, reading, requireParagraph(reading, button.number).number));
    return { outcome: 'ok', results: 1 };
  },
} satisfies Command;
