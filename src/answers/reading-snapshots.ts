// Saved analyses of readings in DATA_DIR/indexes/, one file per reading keyed by a hash of the
// reading file's bytes and the index version: a restart loads them instead of re-analysing every
// reading, and a changed reading (another hash) is analysed again and saved anew. A snapshot that
// cannot be read is ignored and rebuilt: it only ever saves time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reading } from '../corpus/types.js';
import { listPassages } from '../search/passage-index.js';
import type { AnalyzedDocument, ReadingAnalysis } from '../search/passage-index.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';

const FORMAT = 'essay-circle-reading-analysis';

/** A reading's analysis packed as a few strings and number arrays (fast to parse at any size). */
interface PackedAnalysis {
  readonly format: typeof FORMAT;
  readonly indexVersion: number;
  readonly reading: string;
  readonly passages: number;
  /** Every term the reading uses, joined by "\n" (terms never hold one). */
  readonly terms: string;
  /** Per passage, per field: how many terms, then (term position, count) pairs. */
  readonly documents: readonly number[];
  readonly frequencies: readonly number[];
  readonly words: string;
  readonly wordTerms: readonly number[];
  readonly wordCounts: readonly number[];
}

export function packAnalysis(analysis: ReadingAnalysis): string {
  const terms = [...analysis.documentFrequency.keys()];
  const position = new Map(terms.map((term, i) => [term, i]));
  const documents: number[] = [];
  for (const fields of analysis.documents) {
    for (const field of fields) {
      documents.push(field.length);
      for (const [term, count] of field) documents.push(position.get(term) ?? -1, count);
    }
  }
  const packed: PackedAnalysis = {
    format: FORMAT,
    indexVersion: SEARCH_OPTIONS.indexVersion,
    reading: analysis.reading,
    passages: analysis.documents.length,
    terms: terms.join('\n'),
    documents,
    frequencies: [...analysis.documentFrequency.values()],
    words: analysis.words.map(([word]) => word).join('\n'),
    wordTerms: analysis.words.map(([, [term]]) => position.get(term) ?? -1),
    wordCounts: analysis.words.map(([, [, count]]) => count),
  };
  return JSON.stringify(packed);
}

/** The analysis saved by packAnalysis for this reading, or undefined if it is not that (version, reading, passage count). */
export function unpackAnalysis(json: string, reading: Reading): ReadingAnalysis | undefined {
  const packed = JSON.parse(json) as Partial<PackedAnalysis>;
  const passages = listPassages({ readings: [reading] }).length;
  if (packed.format !== FORMAT || packed.indexVersion !== SEARCH_OPTIONS.indexVersion || packed.reading !== reading.id || packed.passages !== passages) return undefined;
  const terms = packed.terms === undefined || packed.terms === '' ? [] : packed.terms.split('\n');
  const flat = packed.documents ?? [];
  const fieldCount = SEARCH_OPTIONS.fields.length;
  const documents: AnalyzedDocument[] = [];
  let at = 0;
  for (let d = 0; d < passages; d++) {
    const fields: [string, number][][] = [];
    for (let f = 0; f < fieldCount; f++) {
      const size = flat[at++] ?? 0;
      const field: [string, number][] = [];
      for (let i = 0; i < size; i++, at += 2) {
        const term = terms[flat[at] ?? -1];
        if (term === undefined) return undefined;
        field.push([term, flat[at + 1] ?? 0]);
      }
      fields.push(field);
    }
    documents.push(fields);
  }
  const frequencies = packed.frequencies ?? [];
  const documentFrequency = new Map(terms.map((term, i) => [term, frequencies[i] ?? 0]));
  const wordTerms = packed.wordTerms ?? [];
  const wordCounts = packed.wordCounts ?? [];
  const words = (packed.words === undefined || packed.words === '' ? [] : packed.words.split('\n')).map(
    (word, i) => [word, [terms[wordTerms[i] ?? -1] ?? word, wordCounts[i] ?? 0] as const] as const,
  );
  return { reading: reading.id, documents, documentFrequency, words };
}

export interface SnapshotStore {
  /** The saved analysis of the reading as its file is now, if any. */
  load(reading: Reading): ReadingAnalysis | undefined;
  /** Saves a fresh analysis (and removes the reading's older ones); a failure is logged by the caller's onError, never thrown. */
  save(reading: Reading, analysis: ReadingAnalysis): void;
}

/** `DATA_DIR/indexes/<reading id>.<hash>.json`. */
export function openSnapshotStore(dataDir: string, onError: (err: unknown, reading: Reading) => void = () => undefined): SnapshotStore {
  const dir = path.join(dataDir, 'indexes');
  const fileOf = (reading: Reading): string => {
    const hash = createHash('sha256').update(readFileSync(reading.file)).update(`\n${SEARCH_OPTIONS.indexVersion}`).digest('hex').slice(0, 16);
    return path.join(dir, `${reading.id}.${hash}.json`);
  };
  return {
    load(reading) {
      try {
        return unpackAnalysis(readFileSync(fileOf(reading), 'utf8'), reading);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') onError(err, reading);
        return undefined;
      }
    },
    save(reading, analysis) {
      try {
        // DATA_DIR itself exists (prepareDataDir); only its indexes/ folder may be new.
        if (!existsSync(dir)) mkdirSync(dir);
        const file = fileOf(reading);
        for (const name of readdirSync(dir)) {
          if (name.startsWith(`${reading.id}.`) && name.endsWith('.json') && path.join(dir, name) !== file && /^[0-9a-f]{16}\.json$/.test(name.slice(reading.id.length + 1))) rmSync(path.join(dir, name), { force: true });
        }
        // Written whole, then renamed: a crash never leaves half a snapshot under the real name.
        writeFileSync(`${file}.tmp`, packAnalysis(analysis));
        renameSync(`${file}.tmp`, file);
      } catch (err) {
        onError(err, reading);
      }
    },
  };
}
