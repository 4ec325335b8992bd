// Remembers recent questions under short keys, so a "More passages" or "Post to class" button
// (100 characters of state) can find its question again. Bounded in size and in time: a key
// from before a restart or past its expiry is simply not found, and the button says so.
import { randomBytes } from 'node:crypto';

export interface AskedQuestion {
  readonly question: string;
  /** The Discord user id of the student who asked. */
  readonly askedBy: string;
  /** The server it was asked in (null in a DM): the buttons work only there. */
  readonly guildId: string | null;
  /** When it was asked (ms since epoch, from the injected clock). */
  readonly askedAt: number;
  /** The scope it was asked in (a reading id or `all`); more pages search the same. */
  readonly reading?: string;
  /** The question's id in the teacher's digest, when its server keeps questions (for Helpful / Not helpful). */
  readonly keptId?: number;
}

export interface AskedQuestions {
  /** Stores a question and returns its key (1-16 lowercase letters and digits). */
  remember(question: string, askedBy: string, guildId?: string | null, reading?: string, keptId?: number): string;
  /** The question under `key`, or undefined when unknown or expired. */
  recall(key: string): AskedQuestion | undefined;
  readonly size: number;
}

export interface AskedQuestionsOptions {
  readonly now: () => number;
  /** How long a button keeps working after the question (default 15 minutes, as Discord's interaction tokens). */
  readonly ttlMs?: number;
  /** Most questions kept; the least recently used go first (default 2000, a few MB at most). */
  readonly capacity?: number;
  readonly newKey?: () => string;
}

export const ASKED_QUESTION_TTL_MS = 15 * 60_000;

const randomKey = (): string => randomBytes(6).toString('hex');

export function createAskedQuestions(options: AskedQuestionsOptions): AskedQuestions {
  const { now, ttlMs = ASKED_QUESTION_TTL_MS, capacity = 2000, newKey = randomKey } = options;
  // A Map iterates in insertion order: re-inserting on use makes the first entry the least recently used.
  const entries = new Map<string, AskedQuestion>();

  const dropExpired = (): void => {
    for (const [key, entry] of entries) if (now() - entry.askedAt >= ttlMs) entries.delete(key);
  };

  return {
    remember(question, askedBy, guildId = null, reading, keptId) {
      if (entries.size >= capacity) dropExpired();
      while (entries.size >= capacity) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
      let key = newKey();
      while (entries.has(key)) key = newKey();
      entries.set(key, { question, askedBy, guildId, askedAt: now(), ...(reading === undefined ? {} : { reading }), ...(keptId === undefined ? {} : { keptId }) });
      return key;
    },
    recall(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (now() - entry.askedAt >= ttlMs) return undefined;
      entries.set(key, entry);
      return entry;
    },
    get size() {
      return entries.size;
    },
  };
}
