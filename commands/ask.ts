// /ask question:<text> [reading:<id|all>] [private:<bool>] — the reading's own paragraphs answering
// a question (the server's current reading unless one is named; `all` searches every reading), with
// More passages, Post to class (private answers) and Delete (public posts) buttons. Without
// `private`, the server's setting decides (private unless its moderators chose public). For the
// teacher's digest: the question is kept only on a server that opted in, with Helpful / Not
// helpful under the answer there; Ask the teacher appears when the reading did not fully answer
// and the server set a teacher channel (src/discord/digest-buttons.ts).
import { SlashCommandBuilder, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Command, HandlerReport } from '../src/discord/command.js';
import type { CommandContext } from '../src/discord/context.js';
import { takeCooldown } from '../src/discord/cooldown-gate.js';
import { parseAskButtonId } from '../src/views/discord/custom-ids.js';
import { displayNameOf, mayRemovePosts } from '../src/discord/members.js';
import { EXPIRED_ANSWER, NOT_YOUR_ANSWER, RESULTS_PER_PAGE, renderAnswerMessage, type Audience } from '../src/views/discord/answer-messages.js';
import { deferAnswer, deferButton, deletePost, reply, replyPrivately, replyToButton, suggest } from '../src/discord/reply.js';
import { readingOption } from '../src/discord/readings.js';
import { ALL_READINGS } from '../src/answers/answer-engine.js';
import { readingChoices } from '../src/views/discord/choices.js';
import { withNote } from '../src/views/discord/message-drafts.js';
import type { AutocompleteInteraction } from 'discord.js';
import { UNKNOWN_BUTTON } from '../src/discord/router.js';
import { handleReasonForm, handleTeacherOffer, handleTeacherSend, handleVote, keepAskedQuestion, studentRowFor } from '../src/discord/digest-buttons.js';
import { parseDigestButtonId } from '../src/views/discord/digest-ids.js';
import { withButtonRow } from '../src/views/discord/digest-messages.js';
import type { Answer } from '../src/answers/types.js';

/** Discord's own ceiling for a string option: a pasted page is still a question. */
const MAX_QUESTION = 6000;

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the reading in plain words; get the essay’s own paragraphs')
  .addStringOption((option) =>
    option.setName('question').setDescription('Your question, in plain words').setRequired(true).setMaxLength(MAX_QUESTION),
  )
  .addStringOption((option) => option.setName('reading').setDescription('Which reading to search (default: the class’s current reading; “all” for every reading)').setAutocomplete(true))
  .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer (default: the server’s setting, private unless changed)'))
  .toJSON();

/** Runs the engine for one page of a question. */
function findAnswer(ctx: CommandContext, question: string, offset: number, reading: string | undefined): Answer {
  return ctx.engine.answer(question, { limit: RESULTS_PER_PAGE, offset, ...(reading === undefined ? {} : { reading }) });
}

/** Renders a page for its audience, with the digest's row (Helpful / Not helpful, Ask the teacher) when it applies. */
function renderPage(ctx: CommandContext, answer: Answer, asked: { readonly key: string; readonly keptId?: number | undefined; readonly guildId: string | null }, offset: number, audience: Audience, reading: string | undefined) {
  // "Nothing in <title> answers this": the readings searched, not every reading.
  const scoped = ctx.corpus.readings.filter((r) => reading === undefined || reading === ALL_READINGS || r.id === reading);
  const page = renderAnswerMessage({ answer, corpus: scoped.length === 0 ? ctx.corpus : { readings: scoped }, key: asked.key, offset, audience });
  return { ...page, draft: withButtonRow(page.draft, studentRowFor(ctx, asked.guildId, answer, asked)) };
}

/** Runs the engine for one page and renders it for its audience (also "Find in essay"'s answer). */
export function answerPage(ctx: CommandContext, question: string, asked: { readonly key: string; readonly keptId?: number | undefined; readonly guildId: string | null }, offset: number, audience: Audience, reading: string | undefined) {
  return renderPage(ctx, findAnswer(ctx, question, offset, reading), asked, offset, audience, reading);
}

/**
 * Whether an answer is private when the student did not say: the server's setting (moderators
 * change it with `/moderate settings`), private in DMs and when the setting cannot be read.
 */
function privateByDefault(interaction: ChatInputCommandInteraction, ctx: CommandContext): boolean {
  if (interaction.guildId === null || ctx.debates === undefined) return true;
  try {
    return ctx.debates.getSettings(interaction.guildId).askPrivate;
  } catch (err) {
    // A question still deserves an answer when the settings store is unreadable; private is the safe side.
    ctx.log.warn({ err, guild: interaction.guildId }, 'could not read the server’s /ask visibility; answering privately');
    return true;
  }
}

async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<HandlerReport> {
  const question = interaction.options.getString('question', true);
  if (!(await takeCooldown(interaction, ctx, 'ask'))) return { outcome: 'cooldown', query: question };
  // Checked before deferring: an unknown reading is a private "there is no reading X" reply.
  const chosen = readingOption(interaction, ctx, true);
  const isPrivate = interaction.options.getBoolean('private') ?? privateByDefault(interaction, ctx);
  // Deferred first: a long question is the one input whose cost grows with what is typed.
  await deferAnswer(interaction, { ephemeral: isPrivate });
  // Under a burst (a class asking at once), the events already received are acknowledged before
  // this answer is worked out: each waits for its deferral, not for the answers before it.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const answer = findAnswer(ctx, question, 0, chosen.id);
  // Kept for the teacher's digest only on a server that opted in (and never who asked).
  const keptId = keepAskedQuestion(ctx, interaction.guildId, chosen.id, answer);
  const key = ctx.asked.remember(question, interaction.user.id, interaction.guildId, chosen.id, keptId);
  const audience: Audience = isPrivate
    ? { kind: 'private' }
    : { kind: 'public', askedBy: { id: interaction.user.id, displayName: displayNameOf(interaction) } };
  const { draft, shown } = renderPage(ctx, answer, { key, keptId, guildId: interaction.guildId }, 0, audience, chosen.id);
  await reply(interaction, withNote(draft, chosen.note));
  return { outcome: shown === 0 ? 'no-match' : 'ok', results: shown, query: question };
}

async function handleButton(interaction: ButtonInteraction, ctx: CommandContext): Promise<HandlerReport> {
  const digestButton = parseDigestButtonId(interaction.customId);
  if (digestButton?.action === 'vote') return handleVote(interaction, ctx, digestButton);
  if (digestButton?.action === 'offer') return handleTeacherOffer(interaction, ctx, digestButton);
  if (digestButton?.action === 'send') return handleTeacherSend(interaction, ctx, digestButton);
  const button = parseAskButtonId(interaction.customId);
  if (button === undefined) {
    await replyPrivately(interaction, UNKNOWN_BUTTON);
    return { outcome: 'unknown' };
  }
  if (button.action === 'delete') {
    if (interaction.user.id !== button.ownerId && !mayRemovePosts(interaction, ctx.debates)) {
      await replyPrivately(interaction, 'Only the student who posted this, or a moderator, can delete it.');
      return { outcome: 'refused' };
    }
    // Every part of a post in several messages, not only the clicked one (see deletePost).
    await deletePost(interaction);
    return { outcome: 'ok' };
  }
  const asked = ctx.asked.recall(button.key);
  if (asked === undefined) {
    await replyPrivately(interaction, EXPIRED_ANSWER);
    return { outcome: 'expired' };
  }
  // A saved answer is bound to its server, and publishing it to the student who asked: anyone
  // else may page through it privately (their own view) but not post it under their name.
  if (asked.guildId !== interaction.guildId || (button.action !== 'more' && asked.askedBy !== interaction.user.id)) {
    await replyPrivately(interaction, NOT_YOUR_ANSWER);
    return { outcome: 'refused' };
  }
  if (button.action === 'more') {
    await deferButton(interaction);
    const { draft, shown } = answerPage(ctx, asked.question, { key: button.key, keptId: asked.keptId, guildId: asked.guildId }, button.offset, { kind: 'private' }, asked.reading);
    await replyToButton(interaction, draft);
    return { outcome: 'ok', results: shown };
  }
  await deferAnswer(interaction, { ephemeral: false });
  const askedBy = { id: interaction.user.id, displayName: displayNameOf(interaction) };
  const { draft, shown } = answerPage(ctx, asked.question, { key: button.key, keptId: asked.keptId, guildId: asked.guildId }, button.offset, { kind: 'public', askedBy }, asked.reading);
  await reply(interaction, draft);
  return { outcome: 'ok', results: shown };
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await suggest(interaction, readingChoices(ctx.corpus, String(interaction.options.getFocused()), true));
}

export const ask = {
  data,
  example: '/ask question: Why did Russia move closer to China?',
  execute,
  autocomplete,
  handleButton,
  handleModal: handleReasonForm,
} satisfies Command;
