// What "Check quote" says: for each quotation in the message, exact (where, and the line to cite),
// nearly (the essay's own wording with the differences marked, and in plain words), or not found.
// Pure (no discord.js). The student's words are escaped; the essay's are quoted as they are.
import type { MessageQuoteCheck, QuoteCheck, QuotePiece, QuotePlace } from '../../answers/quote-check.js';
import { MAX_QUOTES } from '../../answers/quotes-in-message.js';
import { findReading } from '../../corpus/load-corpus.js';
import type { Corpus, Reading } from '../../corpus/types.js';
import { formatCitation } from '../citation.js';
import { cardTextLength } from './components-v2.js';
import { LIMITS } from './limits.js';
import type { ButtonDraft, EmbedDraft, MessageDraft } from './message-drafts.js';
import { truncateMarkdown } from './text-cutting.js';
import { escapeUserText } from './user-text.js';

export const NOTHING_TO_CHECK = 'There is nothing to check in this message.';
export const CHECK_EXPIRED = 'This check has expired — right-click the message and choose **Check quote** again.';
export const NOT_YOUR_CHECK = 'Only the student who ran this check can post it.';
export const THREAD_NOT_OPEN = 'The debate in this thread is not open, so the check cannot be posted here.';

const COLORS = { exact: 0x2e7d32, nearly: 0xb7791f, notFound: 0x8a8f98 } as const;

/** How much of a quotation is echoed back: enough to recognise it. */
const QUOTE_ECHO = 200;
/** Unchanged essay text longer than this many words is shortened to its ends, around a "…". */
const LONG_SAME = 30;
const KEPT_WORDS = 10;
/** Differences spelled out in words; the rest are counted. */
const MAX_DIFFERENCES = 8;
/** Room for the embeds of one message (Discord allows 6000 characters across them). */
const EMBED_BUDGET = 5600;

export type QuoteCheckAudience =
  /** Only the student sees it; `postButtonId` offers "Post to thread" (in an open debate's thread). */
  | { readonly kind: 'private'; readonly postButtonId?: string }
  /** Posted to the thread, crediting the student by display name (text, never a mention). */
  | { readonly kind: 'public'; readonly checkedBy: string; readonly deleteButtonId: string };

const echo = (quote: string): string => `> “${truncateMarkdown(escapeUserText(quote), QUOTE_ECHO)}”`;

function placeWords(reading: Reading | undefined, place: QuotePlace): string {
  const where =
    place.kind === 'footnote' ? `footnote ${place.first}` : place.first === place.last ? `¶${place.first}` : `¶${place.first}–¶${place.last}`;
  return reading === undefined ? where : `${where} of *${escapeUserText(reading.title)}*`;
}

/** The citation line the bot gives everywhere (views/citation.ts), as copyable code. */
function citationOf(reading: Reading, place: QuotePlace): string {
  const line =
    place.kind === 'footnote'
      ? formatCitation(reading, undefined, [place.first])
      : place.first === place.last
        ? formatCitation(reading, place.first)
        : `${formatCitation(reading, undefined)}, ¶${place.first}–${place.last}`;
  return `\`${line.replaceAll('`', "'")}\``;
}

/** Unchanged essay text, its middle left out when long (cut between words, marked "…"). */
function shortened(text: string, position: 'first' | 'middle' | 'last' | 'only'): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= LONG_SAME || position === 'only') return text;
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const trail = /\s*$/.exec(text)?.[0] ?? '';
  const head = words.slice(0, KEPT_WORDS).join(' ');
  const tail = words.slice(-KEPT_WORDS).join(' ');
  if (position === 'first') return `${lead}… ${tail}${trail}`;
  if (position === 'last') return `${lead}${head} …${trail}`;
  return `${lead}${head} … ${tail}${trail}`;
}

/** The essay's wording with the differences marked: its words changed or left out in bold, the student's own struck through. */
export function markedWording(pieces: readonly QuotePiece[]): string {
  let text = '';
  const spaced = (markup: string, next: QuotePiece | undefined): string => {
    const before = text === '' || /\s$/.test(text) ? '' : ' ';
    const after = next === undefined || (next.kind === 'same' && /^\s/.test(next.essay)) ? '' : ' ';
    return `${before}${markup}${after}`;
  };
  pieces.forEach((piece, index) => {
    const next = pieces[index + 1];
    const position = pieces.length === 1 ? 'only' : index === 0 ? 'first' : index === pieces.length - 1 ? 'last' : 'middle';
    if (piece.kind === 'same') text += shortened(piece.essay, position);
    else if (piece.kind === 'dropped') text += `**${piece.essay}**`;
    else if (piece.kind === 'changed') {
      text += `**${piece.essay}**`;
      text += spaced(`~~${escapeUserText(piece.student)}~~`, next);
    }
    else if (piece.kind === 'added') text += spaced(`~~${escapeUserText(piece.student)}~~`, next);
    else if (piece.kind === 'elided') text += ' … ';
    else text += '\n\n';
  });
  return text.replace(/ {2,}/g, ' ').trim();
}

/** The differences in plain words: "you wrote “keen” where the essay has “intent”; you left out “mere”". */
export function differencesInWords(pieces: readonly QuotePiece[]): string {
  const said = pieces.flatMap((piece): string[] => {
    const essay = (text: string) => `“${escapeUserText(text.replace(/[*_]/g, ''))}”`;
    const student = (text: string) => `“${escapeUserText(text)}”`;
    if (piece.kind === 'changed') return [`you wrote ${student(piece.student)} where the essay has ${essay(piece.essay)}`];
    if (piece.kind === 'dropped') return [`you left out ${essay(piece.essay)}`];
    if (piece.kind === 'added') return [`you added ${student(piece.student)}`];
    return [];
  });
  const shown = said.slice(0, MAX_DIFFERENCES);
  const more = said.length - shown.length;
  const sentence = shown.join('; ') + (more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : '');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}

function differenceCount(pieces: readonly QuotePiece[]): string {
  const count = pieces.filter((piece) => piece.kind === 'changed' || piece.kind === 'dropped' || piece.kind === 'added').length;
  return count === 1 ? 'one difference' : `${count} differences`;
}

function checkEmbed(corpus: Corpus, check: QuoteCheck): EmbedDraft {
  if (check.kind === 'exact') {
    const [first, ...others] = check.places;
    const reading = first === undefined ? undefined : findReading(corpus, first.reading);
    const lines = [echo(check.quote), first === undefined ? '' : `Word for word the essay’s own: ${placeWords(reading, first)}.`];
    if (others.length > 0) lines.push(`The same words are also in ${others.map((place) => placeWords(undefined, place)).join(', ')}.`);
    if (reading !== undefined && first !== undefined) lines.push(`Cite as ${citationOf(reading, first)}`);
    return { color: COLORS.exact, title: 'Exact quote', description: lines.filter((line) => line !== '').join('\n') };
  }
  if (check.kind === 'nearly') {
    const reading = findReading(corpus, check.place.reading);
    const lines = [
      echo(check.quote),
      `Nearly: ${placeWords(reading, check.place)} has these words with ${differenceCount(check.pieces)}. ${differencesInWords(check.pieces)}`,
      '',
      '**The essay’s own words:**',
      markedWording(check.pieces),
      '',
      '-# In bold: the essay’s words you changed or left out; struck through: words the essay does not have there.',
    ];
    if (reading !== undefined) lines.push(`Cite as ${citationOf(reading, check.place)}`);
    return { color: COLORS.nearly, title: 'Nearly exact', description: lines.join('\n') };
  }
  const titles = corpus.readings.map((reading) => `*${escapeUserText(reading.title)}*`).join(', ');
  return {
    color: COLORS.notFound,
    title: 'Not found in the essay',
    description: [
      echo(check.quote),
      `I could not find these words in ${titles}, not even nearly. If it is a paraphrase, right-click the message and choose **Find in essay** to see the passages closest to it.`,
    ].join('\n'),
  };
}

function heading(result: Extract<MessageQuoteCheck, { kind: 'checked' }>, audience: QuoteCheckAudience): string {
  const count = result.checks.length;
  const what = result.wholeMessage
    ? 'I checked the whole message against the essay.'
    : `I checked ${count === 1 ? 'the quotation' : `${count} quotations`} in the message against the essay.`;
  const skipped = result.skipped > 0 ? ` (${result.skipped} more not checked: at most ${MAX_QUOTES} per message.)` : '';
  const who = audience.kind === 'public' ? `Checked by **${truncateMarkdown(escapeUserText(audience.checkedBy), 80)}**. ` : '';
  return `${who}${what}${skipped}`;
}

/** The whole reply: a line saying what was checked, one embed per quotation, and the button for the audience. */
export function renderQuoteCheckMessage(corpus: Corpus, result: MessageQuoteCheck, audience: QuoteCheckAudience): MessageDraft {
  if (result.kind === 'nothing-to-check') return { content: NOTHING_TO_CHECK, ephemeral: true };
  // Each quotation gets an equal share of the message, so the last is never the one dropped. The
  // message is sent as Components V2, whose text displays share 4000 characters with the heading;
  // each card's title counts too.
  const content = heading(result, audience);
  const share = Math.floor(Math.min(EMBED_BUDGET, LIMITS.v2Text - content.length) / Math.max(1, result.checks.length));
  const embeds = result.checks.map((check) => {
    const embed = checkEmbed(corpus, check);
    const overhead = cardTextLength({ ...embed, description: 'x' }) - 1;
    return { ...embed, description: truncateMarkdown(embed.description ?? '', Math.min(LIMITS.description, share - overhead)) };
  });
  const buttons: ButtonDraft[] =
    audience.kind === 'public'
      ? [{ customId: audience.deleteButtonId, label: 'Delete', tone: 'danger' }]
      : audience.postButtonId === undefined
        ? []
        : [{ customId: audience.postButtonId, label: 'Post to thread', tone: 'secondary' }];
  return { content, embeds, buttons: buttons.length > 0 ? [buttons] : [], ephemeral: audience.kind === 'private' };
}
