// The whole message each command sends — text, embeds and buttons — built from core results.
// Pure (no discord.js): commands call one of these and pass the draft to the reply helper, so
// what a student sees is decided here and tested without Discord.
import { truncatePlain } from './text-cutting.js';
import type { Answer, AnswerResult } from '../../answers/types.js';
import { findReading } from '../../corpus/load-corpus.js';
import type { Corpus, Footnote, Reading } from '../../corpus/types.js';
import { aboutReadingText, partialCoverageText, smallTalkText } from '../coverage-text.js';
import { askButtonId, passageButtonId, readingToken } from './custom-ids.js';
import { renderFootnoteParts, renderNotice, renderParagraphParts } from './embeds.js';
import { LIMITS } from './limits.js';
import { type ButtonDraft, type EmbedDraft, type MessageDraft } from './message-drafts.js';
import { draftOfParts, fitsOneMessage } from './quote-layout.js';
import { truncateMarkdown } from './text-cutting.js';
import { escapeUserText } from './user-text.js';
import { commandMention, type CommandIdOf } from './command-mentions.js';

/** Results asked of the engine per page; fewer are shown when they would not fit one message. */
export const RESULTS_PER_PAGE = 3;

/** How much of a question is echoed back: enough to recognise it, never a wall of text. */
const QUESTION_ECHO = 300;
// A reading's title or author line in "About the reading": a few of them fit the notice whatever their length.
const READING_LINE = 200;

export type Audience =
  | { readonly kind: 'private' }
  /** A public post, crediting the student by display name (text, never a mention). */
  | { readonly kind: 'public'; readonly askedBy: { readonly id: string; readonly displayName: string } };

export interface AnswerMessageInput {
  readonly answer: Answer;
  readonly corpus: Corpus;
  /** The key the question is remembered under, for the buttons. */
  readonly key: string;
  /** How many results came before this page. */
  readonly offset: number;
  readonly audience: Audience;
}

export interface AnswerMessage {
  /** The answer; a result too long for one message continues in its follow-ups. */
  readonly draft: MessageDraft;
  /** How many results the message shows (the next page starts after them). */
  readonly shown: number;
}

/** Above a partial answer: the essay does not say this directly; what it never mentions, escaped. */
function partialNotice(missing: readonly string[]): string {
  return `*${partialCoverageText(missing, (word) => `“${escapeUserText(truncateMarkdown(word, 40))}”`)}; the nearest passages are below.*`;
}

function questionLine(question: string, audience: Audience): string {
  const echoed = truncateMarkdown(escapeUserText(question), QUESTION_ECHO);
  return audience.kind === 'public'
    ? `Asked by **${truncateMarkdown(escapeUserText(audience.askedBy.displayName), 80)}**: ${echoed}`
    : `**Your question:** ${echoed}`;
}

/** A result as the embeds of its messages (one message unless it is too long for one). */
function renderResult(corpus: Corpus, result: AnswerResult, footer: string, compactFootnotes: boolean): EmbedDraft[][] {
  const reading = findReading(corpus, result.reading);
  if (reading === undefined) return [[]];
  if (result.kind === 'paragraph') return renderParagraphParts(reading, result, { footer, compactFootnotes });
  const footnote = reading.footnotes.find((candidate) => candidate.number === result.number);
  return footnote === undefined ? [[]] : renderFootnoteParts(reading, footnote, { footer });
}

/** The embeds of a one-message layout that still fit after `before`; undefined otherwise. */
function fitsAfter(before: readonly EmbedDraft[], parts: readonly EmbedDraft[][]): EmbedDraft[] | undefined {
  const [only, ...more] = parts;
  return only !== undefined && more.length === 0 && fitsOneMessage([...before, ...only]) ? only : undefined;
}

/**
 * Adds results while they fit one message: whole footnotes if possible, previews (which say
 * where the whole note is) otherwise. A first result too long for one message is the page on
 * its own, whole, with its footnotes whole, over as many messages as it needs: a result is
 * never cut, and one that does not fit beside the others starts the next page.
 */
function pageOfResults(corpus: Corpus, results: readonly AnswerResult[], offset: number, total: number): { parts: EmbedDraft[][]; shown: number } {
  const embeds: EmbedDraft[] = [];
  let shown = 0;
  for (const [index, result] of results.entries()) {
    const footer = `Result ${offset + index + 1} of ${total}`;
    const full = renderResult(corpus, result, footer, false);
    const chosen = fitsAfter(embeds, full) ?? fitsAfter(embeds, renderResult(corpus, result, footer, true));
    if (chosen === undefined && shown === 0) return { parts: full, shown: 1 };
    if (chosen === undefined) break;
    embeds.push(...chosen);
    shown += 1;
  }
  return { parts: [embeds], shown };
}

function answerButtons(input: AnswerMessageInput, nextOffset: number, hasMore: boolean): ButtonDraft[] {
  const buttons: ButtonDraft[] = [];
  if (hasMore) buttons.push({ customId: askButtonId({ action: 'more', key: input.key, offset: nextOffset }), label: 'More passages', tone: 'primary' });
  if (input.audience.kind === 'private') {
    buttons.push({ customId: askButtonId({ action: 'post', key: input.key, offset: input.offset }), label: 'Post to class', tone: 'secondary' });
  } else {
    buttons.push({ customId: askButtonId({ action: 'delete', ownerId: input.audience.askedBy.id }), label: 'Delete', tone: 'danger' });
  }
  return buttons;
}

/** An answer page: the question echoed (escaped), the results as embeds, and the buttons. */
export function renderAnswerMessage(input: AnswerMessageInput): AnswerMessage {
  const { answer, corpus, offset, audience } = input;
  const content = questionLine(answer.question, audience);
  const ephemeral = audience.kind === 'private';

  if (answer.kind === 'no-match' && answer.smallTalk) {
    return { draft: { content, embeds: [renderNotice('Hello!', smallTalkText('`/ask`', '`/help`'))], buttons: [], ephemeral }, shown: 0 };
  }
  if (answer.kind === 'about-reading') {
    return { draft: { content, embeds: [renderNotice('About the reading', aboutReadingText(answer.asked, answer.readings, (text) => escapeUserText(truncateMarkdown(text, READING_LINE))))], buttons: [], ephemeral }, shown: 0 };
  }
  if (answer.kind === 'no-match') {
    const suggestions = answer.suggestions.slice(0, 8).map((word) => `**${escapeUserText(word)}**`);
    const nearest = answer.nearest.slice(0, 3).map((result) => `¶${result.number}`);
    const readings = corpus.readings.map((reading) => `*${escapeUserText(reading.title)}*`).join(', ');
    const lines = [`Nothing in ${readings} answers this closely enough to quote.`];
    if (suggestions.length > 0) lines.push(`Did you mean: ${suggestions.join(', ')}?`);
    if (nearest.length > 0) lines.push(`The nearest passages, though weak matches: ${nearest.join(', ')} (try \`/passage\`).`);
    lines.push('Try other words, or a name or event from the essay.');
    const buttons = audience.kind === 'public' ? [answerButtons(input, offset, false)] : [];
    return { draft: { content, embeds: [renderNotice('No good match', lines.join('\n'))], buttons, ephemeral }, shown: 0 };
  }

  const page = pageOfResults(corpus, answer.results, offset, answer.total);
  if (page.shown === 0) {
    const notice = renderNotice('No more passages', `That is every passage I found for this question (${answer.total} in all).`);
    return { draft: { content, embeds: [notice], buttons: audience.kind === 'public' ? [answerButtons(input, offset, false)] : [], ephemeral }, shown: 0 };
  }
  const nextOffset = offset + page.shown;
  const buttons = answerButtons(input, nextOffset, nextOffset < answer.total);
  const notice = answer.coverage === 'partial' ? `\n${partialNotice(answer.missing)}` : '';
  return { draft: draftOfParts(page.parts, { content: content + notice, buttons: [buttons], ephemeral }), shown: page.shown };
}

/**
 * Paragraph n whole, with its footnotes whole, and Previous / Next (disabled at the ends). A
 * paragraph too long for one message continues in follow-ups; the buttons are on the last.
 */
export function renderPassageMessage(reading: Reading, number: number): MessageDraft {
  const paragraph = reading.paragraphs[number - 1];
  if (paragraph === undefined) throw new Error(`messages: ¶${number} is not in ${reading.id}; requireParagraph should have refused it`);
  const footnotes = paragraph.footnotes
    .map((n) => reading.footnotes.find((footnote) => footnote.number === n))
    .filter((footnote): footnote is Footnote => footnote !== undefined);
  const parts = renderParagraphParts(reading, { number, text: paragraph.text, highlight: '', footnotes }, { footer: `¶${number} of ${reading.paragraphs.length}` });
  const token = readingToken(reading.id);
  const buttons: ButtonDraft[] = [
    { customId: passageButtonId({ reading: token, number: number - 1 }), label: 'Previous', tone: 'secondary', disabled: number <= 1 },
    { customId: passageButtonId({ reading: token, number: number + 1 }), label: 'Next', tone: 'secondary', disabled: number >= reading.paragraphs.length },
  ];
  return draftOfParts(parts, { buttons: [buttons], ephemeral: true });
}

/** A footnote whole, the paragraphs citing it, and a button to read each of them (on the last message). */
export function renderFootnoteMessage(reading: Reading, footnote: Footnote): MessageDraft {
  const token = readingToken(reading.id);
  const buttons = footnote.citedBy
    .slice(0, LIMITS.buttonsPerRow)
    .map((number): ButtonDraft => ({ customId: passageButtonId({ reading: token, number }), label: `Read ¶${number}`, tone: 'secondary' }));
  const parts = renderFootnoteParts(reading, footnote, { footer: `Footnote ${footnote.number} of ${reading.footnotes.length}` });
  return draftOfParts(parts, { buttons: buttons.length > 0 ? [buttons] : [], ephemeral: true });
}

export interface CommandHelp {
  readonly name: string;
  readonly description: string;
  /** An example use, as typed: `/ask question: Why did Russia turn to China?`. */
  readonly example?: string;
}

/**
 * A message command as /help lists it: its name as in the menu and what it does to the message.
 * Discord gives a menu entry no description, so this line is all a student learns of it.
 */
export interface MessageCommandHelp {
  /** As shown under Apps: `Find in essay`. */
  readonly name: string;
  /** What it does with the message, completing "Right-click or long-press a message > Apps > Name:". */
  readonly does: string;
}

export interface HelpOptions {
  /** The reading the class is on (marked "current"); default the first. */
  readonly current?: string;
  /** Broken reading files as `file:line: problem`: shown to moderators only. */
  readonly problems?: readonly string[];
  /** The commands' ids in Discord: each known one gets a clickable mention (`</ask:ID>`). */
  readonly commandIds?: CommandIdOf;
  /** The message commands, listed after the slash commands with how to reach them (they cannot be typed). */
  readonly messageCommands?: readonly MessageCommandHelp[];
}

/** What the bot does, the readings it knows (which is current), each slash command with an example, and the message commands. */
export function renderHelpMessage(corpus: Corpus, commands: readonly CommandHelp[], options: HelpOptions = {}): MessageDraft {
  const current = options.current ?? corpus.readings[0]?.id;
  const several = corpus.readings.length > 1;
  const readings = corpus.readings.map((reading) => ({
    name: `${several && reading.id === current ? 'Current reading' : 'Reading'}: ${reading.title}`,
    value: `by ${reading.author} · ${reading.paragraphs.length} paragraphs, ${reading.footnotes.length} footnotes${several ? ` · \`reading: ${reading.id}\`` : ''}`,
  }));
  const problems = options.problems ?? [];
  const broken = problems.length === 0 ? [] : [{ name: 'Readings left out (moderators only)', value: truncatePlain(problems.join('\n'), LIMITS.fieldValue) }];
  const usage = commands.map((command) => {
    const id = options.commandIds?.(command.name);
    const body = command.example === undefined ? command.description : `${command.description}\nExample: \`${command.example}\``;
    // A field's name cannot hold a mention (Discord shows it as text): a clickable command leads
    // its line instead of a name, so it is not named twice ("/ask: /ask — ...").
    return id === undefined ? { name: `/${command.name}`, value: body } : { name: '', value: `${commandMention(() => id, command.name)} — ${body}` };
  });
  // Not typed but found on a message, so each says where: the one thing a student cannot guess.
  const onAMessage = (options.messageCommands ?? []).map((command) => ({
    name: command.name,
    value: `Right-click or long-press a message > **Apps** > **${command.name}**: ${command.does}`,
  }));
  const description = [
    'I help the class read the essay together. Ask in plain words and I answer with the essay’s own paragraphs, quoted exactly, with the footnotes they cite and a line you can copy to cite them.',
    several ? 'Commands use the current reading unless you choose another with `reading:`; `/ask reading: all` searches every reading. Moderators change the current reading with `/moderate settings reading:`.' : '',
    'Answers are private unless you choose otherwise (or your moderators made them public by default); **Post to class** shares one with everyone.',
  ]
    .filter((line) => line !== '')
    .join('\n\n');
  return {
    embeds: [{ color: 0x2f5d8a, title: 'How to use this bot', description, fields: [...broken, ...readings, ...usage, ...onAMessage].slice(0, LIMITS.fields) }],
    ephemeral: true,
  };
}

/** Shown when a button's question is no longer remembered (expired, or from before a restart). */
export const NOT_YOUR_ANSWER = 'This answer was asked by someone else. Ask your own question with `/ask` — your answer can be posted to the class.';
export const EXPIRED_ANSWER = 'This answer has expired — please ask again with `/ask`.';
