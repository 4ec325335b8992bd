// The custom ids of the buttons and the form added under /ask answers for the teacher's digest.
// They start with `ask:` so the router sends them to /ask; parsing never throws, and an id that is
// not one of these is left to /ask's own parser (custom-ids.ts).
import { LIMITS } from './limits.js';

const KEY = /^[a-z0-9]{1,16}$/;
const ROW_ID = /^[1-9]\d{0,15}$/;

export type DigestButton =
  /** Helpful / Not helpful on a kept question (its row id). */
  | { readonly action: 'vote'; readonly questionId: number; readonly helpful: boolean }
  /** "Ask the teacher" under an answer that found nothing or only part (the remembered question's key). */
  | { readonly action: 'offer'; readonly key: string; readonly coverage: 'partial' | 'none' }
  /** The student's choice: send it with their name or without. */
  | { readonly action: 'send'; readonly key: string; readonly coverage: 'partial' | 'none'; readonly named: boolean };

export function digestButtonId(button: DigestButton): string {
  const coverage = (c: 'partial' | 'none'): string => (c === 'partial' ? 'p' : 'n');
  const id =
    button.action === 'vote'
      ? `ask:vote:${button.questionId}:${button.helpful ? 'up' : 'down'}`
      : button.action === 'offer'
        ? `ask:teach:${button.key}:${coverage(button.coverage)}`
        : `ask:send:${button.key}:${coverage(button.coverage)}:${button.named ? 'named' : 'anon'}`;
  if (id.length > LIMITS.customId) throw new RangeError(`digest-ids: "${id.slice(0, 40)}…" exceeds ${LIMITS.customId} characters`);
  return id;
}

export function parseDigestButtonId(customId: string): DigestButton | undefined {
  const parts = customId.split(':');
  if (parts[0] !== 'ask') return undefined;
  const [, action, first = '', second = '', third] = parts;
  const coverage = second === 'p' ? 'partial' : second === 'n' ? 'none' : undefined;
  if (action === 'vote' && parts.length === 4 && ROW_ID.test(first) && (second === 'up' || second === 'down')) {
    return { action: 'vote', questionId: Number(first), helpful: second === 'up' };
  }
  if (action === 'teach' && parts.length === 4 && KEY.test(first) && coverage !== undefined) return { action: 'offer', key: first, coverage };
  if (action === 'send' && parts.length === 5 && KEY.test(first) && coverage !== undefined && (third === 'named' || third === 'anon')) {
    return { action: 'send', key: first, coverage, named: third === 'named' };
  }
  return undefined;
}

/** The "Not helpful" form of a kept question, and its one text field. */
export const REASON_FIELD = 'reason';

export function reasonFormId(questionId: number): string {
  return `ask:why:${questionId}`;
}

export function parseReasonFormId(customId: string): number | undefined {
  const match = /^ask:why:([1-9]\d{0,15})$/.exec(customId);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
