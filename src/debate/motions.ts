// Loads a reading's debate motions from `<reading>.motions.json` next to the reading, checking
// every motion against the reading itself: ids unique, each evidence paragraph present, sides
// valid, chosen quotes exact. One error lists every problem, naming the file and the motion.
import { existsSync, readFileSync } from 'node:fs';
import type { Corpus, Reading } from '../corpus/types.js';
import { EVIDENCE_SIDES, type Evidence, type EvidenceSide, type Motion } from './types.js';

export class MotionsError extends Error {
  override readonly name = 'MotionsError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the debate motions:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MOTION_KEYS = new Set(['id', 'motion', 'question', 'evidence']);
const EVIDENCE_KEYS = new Set(['paragraph', 'side', 'why', 'quote']);
/** Ids of approved server motions; a file motion may not take one. */
export const SERVER_MOTION_PREFIX = 'server-';

/** `corpus/essay.md` -> `corpus/essay.motions.json` (not `.md`, so the corpus loader skips it). */
export function motionsFileFor(readingFile: string): string {
  return readingFile.replace(/\.md$/i, '') + '.motions.json';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and checks a motions file's text. Throws MotionsError listing every problem. */
export function parseMotions(source: string, file: string, reading: Reading): readonly Motion[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new MotionsError(file, [`not valid JSON (${(err as Error).message})`]);
  }
  if (!isRecord(data) || !Array.isArray(data['motions'])) {
    throw new MotionsError(file, ['expected an object { "reading": "<reading id>", "motions": [ … ] }']);
  }
  const problems: string[] = [];
  if (data['reading'] !== undefined && data['reading'] !== reading.id) {
    problems.push(`"reading" is ${JSON.stringify(data['reading'])} but this file belongs to ${reading.id}`);
  }
  const last = reading.paragraphs.length;
  const seen = new Set<string>();
  const motions: Motion[] = [];

  data['motions'].forEach((raw: unknown, index: number) => {
    const rawId = isRecord(raw) ? raw['id'] : undefined;
    const name = typeof rawId === 'string' && rawId !== '' ? `motion "${rawId}"` : `motion #${index + 1}`;
    const problem = (text: string): void => {
      problems.push(`${name}: ${text}`);
    };
    if (!isRecord(raw)) {
      problem('must be an object with id, motion, question and evidence');
      return;
    }
    for (const key of Object.keys(raw)) if (!MOTION_KEYS.has(key)) problem(`unknown field "${key}" (expected id, motion, question, evidence)`);
    const { id, motion, question, evidence } = raw;
    if (typeof id !== 'string' || !SLUG.test(id)) problem('"id" must be a lowercase slug such as "china-reliable-partner"');
    else if (id.startsWith(SERVER_MOTION_PREFIX)) problem(`"id" may not start with "${SERVER_MOTION_PREFIX}" (reserved for motions a server approves)`);
    else if (seen.has(id)) problem('the id is used by an earlier motion; ids must be unique');
    else seen.add(id);
    if (typeof motion !== 'string' || !/^This house /.test(motion.trim())) problem('"motion" must be a sentence starting "This house …"');
    if (typeof question !== 'string' || question.trim() === '') problem('"question" must name the essay\'s question the motion comes from');
    if (!Array.isArray(evidence) || evidence.length === 0) {
      problem('"evidence" must list at least one paragraph');
      return;
    }
    const items: Evidence[] = [];
    evidence.forEach((item: unknown, at: number) => {
      const where = `evidence #${at + 1}`;
      if (!isRecord(item)) {
        problem(`${where} must be an object { "paragraph": n, "side": "for" | "against" | "context" }`);
        return;
      }
      for (const key of Object.keys(item)) if (!EVIDENCE_KEYS.has(key)) problem(`${where}: unknown field "${key}" (expected paragraph, side, why, quote)`);
      const { paragraph, side, why, quote } = item;
      const paragraphOk = typeof paragraph === 'number' && Number.isInteger(paragraph) && paragraph >= 1 && paragraph <= last;
      if (!paragraphOk) problem(`${where}: paragraph ${JSON.stringify(paragraph)} does not exist in ${reading.id} (¶1–¶${last})`);
      const sideOk = typeof side === 'string' && (EVIDENCE_SIDES as readonly string[]).includes(side);
      if (!sideOk) problem(`${where}: side ${JSON.stringify(side)} must be one of ${EVIDENCE_SIDES.join(', ')}`);
      if (why !== undefined && (typeof why !== 'string' || why.trim() === '')) problem(`${where}: "why" must be a short non-empty note`);
      if (quote !== undefined) {
        const text = paragraphOk ? reading.paragraphs[paragraph - 1]?.text : undefined;
        if (typeof quote !== 'string' || quote.trim() === '') problem(`${where}: "quote" must be text from the paragraph`);
        else if (text !== undefined && !text.includes(quote.trim())) problem(`${where}: "quote" is not an exact excerpt of ¶${String(paragraph)}: ${JSON.stringify(quote.slice(0, 60))}`);
      }
      if (paragraphOk && sideOk) {
        items.push({
          paragraph,
          side: side as EvidenceSide,
          ...(typeof why === 'string' && why.trim() !== '' ? { why: why.trim() } : {}),
          ...(typeof quote === 'string' && quote.trim() !== '' ? { quote: quote.trim() } : {}),
        });
      }
    });
    if (typeof id === 'string' && typeof motion === 'string' && typeof question === 'string') {
      motions.push(Object.freeze({ id, reading: reading.id, motion: motion.trim(), question: question.trim(), evidence: Object.freeze(items), source: 'reading' as const }));
    }
  });

  if (problems.length > 0) throw new MotionsError(file, problems);
  return Object.freeze(motions);
}

export function loadMotions(file: string, reading: Reading): readonly Motion[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new MotionsError(file, [`cannot read the motions file (${(err as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  return parseMotions(source.replace(/^\uFEFF/, ''), file, reading);
}

/**
 * Every reading's motions, for readings that have a motions file (a reading without one simply
 * has no debate motions). Motion ids must be unique across the corpus, since commands name them.
 */
export function loadCorpusMotions(corpus: Corpus): readonly Motion[] {
  const all: Motion[] = [];
  for (const reading of corpus.readings) {
    const file = motionsFileFor(reading.file);
    if (!existsSync(file)) continue;
    for (const motion of loadMotions(file, reading)) {
      const clash = all.find((other) => other.id === motion.id);
      if (clash !== undefined) throw new MotionsError(file, [`motion "${motion.id}": the id is also used by a motion of ${clash.reading}`]);
      all.push(motion);
    }
  }
  return Object.freeze(all);
}
