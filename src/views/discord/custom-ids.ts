// Builds and parses the custom ids our buttons carry. Discord gives a button 100 characters of
// state and hands it back verbatim, so ids hold only short tokens (a cache key, a number, a
// reading token) and parsing never throws: a garbled or foreign id is simply not ours.
import { createHash } from 'node:crypto';
import type { Corpus, Reading } from '../../corpus/types.js';
import { LIMITS } from './limits.js';

const KEY = /^[a-z0-9]{1,16}$/;
const SNOWFLAKE = /^\d{15,21}$/;
const SMALL_NUMBER = /^(?:0|[1-9]\d{0,5})$/;
const READING_ID = /^[A-Za-z0-9_-]{1,60}$/;

/** The command a custom id belongs to: the text before its first colon. */
export function commandOfCustomId(customId: string): string {
  const colon = customId.indexOf(':');
  return colon === -1 ? customId : customId.slice(0, colon);
}

export type AskButton =
  | { readonly action: 'more' | 'post'; readonly key: string; readonly offset: number }
  | { readonly action: 'delete'; readonly ownerId: string };

export function askButtonId(button: AskButton): string {
  return checked(button.action === 'delete' ? `ask:del:${button.ownerId}` : `ask:${button.action}:${button.key}:${button.offset}`);
}

export function parseAskButtonId(customId: string): AskButton | undefined {
  const parts = customId.split(':');
  if (parts[0] !== 'ask') return undefined;
  const [, action, first, second] = parts;
  if (action === 'del' && parts.length === 3 && first !== undefined && SNOWFLAKE.test(first)) return { action: 'delete', ownerId: first };
  if ((action === 'more' || action === 'post') && parts.length === 4 && first !== undefined && second !== undefined) {
    if (!KEY.test(first) || !SMALL_NUMBER.test(second)) return undefined;
    return { action, key: first, offset: Number(second) };
  }
  return undefined;
}

export interface PassageButton {
  /** A reading token (see readingToken), not necessarily the reading id. */
  readonly reading: string;
  readonly number: number;
}

export function passageButtonId(button: PassageButton): string {
  return checked(`passage:${button.reading}:${button.number}`);
}

export function parsePassageButtonId(customId: string): PassageButton | undefined {
  const parts = customId.split(':');
  const [command, reading, number] = parts;
  if (command !== 'passage' || parts.length !== 3 || reading === undefined || number === undefined) return undefined;
  if (!(READING_ID.test(reading) || /^h[0-9a-f]{12}$/.test(reading)) || !SMALL_NUMBER.test(number)) return undefined;
  return { reading, number: Number(number) };
}

/**
 * A reading's id when it is short and safe in an id; otherwise a stable hash of it, so a
 * reading file with a long or unusual name still gets working buttons across restarts.
 */
export function readingToken(readingId: string): string {
  return READING_ID.test(readingId) ? readingId : `h${createHash('sha256').update(readingId).digest('hex').slice(0, 12)}`;
}

function checked(customId: string): string {
  if (customId.length > LIMITS.customId) throw new RangeError(`custom-ids: "${customId.slice(0, 40)}…" exceeds ${LIMITS.customId} characters`);
  return customId;
}

/** The reading a button's token names, or undefined when it is gone (renamed or removed). */
export function readingFromToken(corpus: Corpus, token: string): Reading | undefined {
  return corpus.readings.find((reading) => readingToken(reading.id) === token);
}

/** "Post to thread" on a private quote check: the remembered message text's key. */
export function quotePostButtonId(key: string): string {
  return checked(`quote:post:${key}`);
}

export function parseQuotePostButtonId(customId: string): { readonly key: string } | undefined {
  const parts = customId.split(':');
  const [command, action, key] = parts;
  if (command !== 'quote' || action !== 'post' || parts.length !== 3 || key === undefined || !KEY.test(key)) return undefined;
  return { key };
}

/** "Post to class" on a private /passage or /footnote reply: what to post again, publicly. */
export interface ClassPostButton {
  readonly command: 'passage' | 'footnote';
  /** A reading token (see readingToken). */
  readonly reading: string;
  readonly number: number;
}

export function classPostButtonId(button: ClassPostButton): string {
  return checked(`${button.command}:post:${button.reading}:${button.number}`);
}

/** Four parts, so never taken for a passage's Previous / Next id (three parts). */
export function parseClassPostButtonId(customId: string): ClassPostButton | undefined {
  const parts = customId.split(':');
  const [command, action, reading, number] = parts;
  if ((command !== 'passage' && command !== 'footnote') || action !== 'post' || parts.length !== 4 || reading === undefined || number === undefined) return undefined;
  if (!(READING_ID.test(reading) || /^h[0-9a-f]{12}$/.test(reading)) || !SMALL_NUMBER.test(number)) return undefined;
  return { command, reading, number: Number(number) };
}
