// Saved analyses of readings in DATA_DIR/indexes/, one file per reading keyed by a hash of the
// reading file's bytes, the index version and the snapshot format: a restart loads them instead of re-analysing every
// reading, and a changed reading (another hash) is analysed again and saved anew. A snapshot that
// cannot be read is ignored and rebuilt: it only ever saves time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Reading } from '../corpus/types.js';
import type { ReadingAnalysis } from '../search/passage-index.js';
import { isSortedOrder } from '../search/radix-tree.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';

const FORMAT = 'essay-circle-reading-analysis';
/** Bumped whenever the layout below changes (it is part of the file name, too). */
const FORMAT_VERSION = 3;
const LITTLE_ENDIAN = os.endianness() === 'LE';

/**
 * A snapshot is binary, because parsing millions of numbers out of JSON was most of a load:
 *   u32 (little-endian): the header's length in bytes
 *   header: JSON (SnapshotHeader)
 *   body: Int32 termCounts, Int32 documentFrequency, Int32 termOrder, Int32 wordTerms, Int32 wordCounts (in this
 *         machine's byte order, recorded in the header), then the terms and the words, each
 *         joined by "\n" (terms and words never hold one), UTF-8.
 * The header names the sizes of the parts and a SHA-256 of the body: a file of another length or
 * checksum is damaged, and is rejected, never read as far as it goes.
 */
interface SnapshotHeader {
  readonly format: typeof FORMAT;
  readonly formatVersion: number;
  readonly indexVersion: number;
  readonly littleEndian: boolean;
  readonly reading: string;
  readonly passages: number;
  readonly terms: number;
  readonly termCounts: number;
  readonly words: number;
  readonly termBytes: number;
  readonly wordBytes: number;
  readonly sha256: string;
}

function int32Bytes(values: Int32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

export function packAnalysis(analysis: ReadingAnalysis): Buffer {
  const position = new Map(analysis.terms.map((term, i) => [term, i]));
  const terms = Buffer.from(analysis.terms.join('\n'));
  const words = Buffer.from(analysis.words.map(([word]) => word).join('\n'));
  const body = Buffer.concat([
    int32Bytes(analysis.termCounts),
    int32Bytes(analysis.documentFrequency),
    int32Bytes(analysis.termOrder),
    int32Bytes(Int32Array.from(analysis.words, ([, [term]]) => position.get(term) ?? -1)),
    int32Bytes(Int32Array.from(analysis.words, ([, [, count]]) => count)),
    terms,
    words,
  ]);
  const header: SnapshotHeader = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    indexVersion: SEARCH_OPTIONS.indexVersion,
    littleEndian: LITTLE_ENDIAN,
    reading: analysis.reading,
    passages: analysis.passages,
    terms: analysis.terms.length,
    termCounts: analysis.termCounts.length,
    words: analysis.words.length,
    termBytes: terms.length,
    wordBytes: words.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(headerBytes.length);
  return Buffer.concat([size, headerBytes, body]);
}

function damaged(why: string): never {
  throw new Error(`reading-snapshots: damaged snapshot (${why})`);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function splitLines(bytes: Buffer, expected: number): string[] {
  const lines = expected === 0 ? [] : bytes.toString('utf8').split('\n');
  if (lines.length !== expected) damaged('a list of strings does not have its length');
  return lines;
}

/**
 * The analysis saved by packAnalysis for this reading; undefined if it is another's (format,
 * version, reading, passage count, byte order). Throws if the file is damaged (length, checksum,
 * or contents that do not fit together): the caller logs that and rebuilds.
 */
export function unpackAnalysis(bytes: Buffer, reading: Reading): ReadingAnalysis | undefined {
  if (bytes.length < 4) damaged('no header');
  const headerEnd = 4 + bytes.readUInt32LE(0);
  if (headerEnd > bytes.length) damaged('truncated header');
  const header = (JSON.parse(bytes.toString('utf8', 4, headerEnd)) ?? {}) as Partial<SnapshotHeader>;
  const passages = reading.paragraphs.length + reading.footnotes.length;
  if (header.format !== FORMAT || header.formatVersion !== FORMAT_VERSION || header.indexVersion !== SEARCH_OPTIONS.indexVersion) return undefined;
  if (header.littleEndian !== LITTLE_ENDIAN || header.reading !== reading.id || header.passages !== passages) return undefined;
  const { terms: termTotal, termCounts: countTotal, words: wordTotal, termBytes, wordBytes } = header;
  if (!isCount(termTotal) || !isCount(countTotal) || !isCount(wordTotal) || !isCount(termBytes) || !isCount(wordBytes)) damaged('sizes');
  const body = bytes.subarray(headerEnd);
  if (body.length !== 4 * (countTotal + 2 * termTotal + 2 * wordTotal) + termBytes + wordBytes) damaged('length');
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) damaged('checksum');
  let at = 0;
  // Copied out of the file's buffer: an Int32Array needs an aligned start, which a Buffer may not have.
  const int32s = (count: number): Int32Array => {
    const start = body.byteOffset + at;
    at += 4 * count;
    return new Int32Array(body.buffer.slice(start, start + 4 * count));
  };
  const termCounts = int32s(countTotal);
  const documentFrequency = int32s(termTotal);
  const termOrder = int32s(termTotal);
  const wordTerms = int32s(wordTotal);
  const wordCounts = int32s(wordTotal);
  const terms = splitLines(body.subarray(at, at + termBytes), termTotal);
  const wordList = splitLines(body.subarray(at + termBytes), wordTotal);
  // The checksum proves the bytes are the ones written; this proves they fit together, so the
  // index built from them never reads past an array.
  let read = 0;
  for (let field = 0; field < passages * SEARCH_OPTIONS.fields.length; field++) {
    const size = termCounts[read++] ?? -1;
    if (size < 0 || read + 2 * size > termCounts.length) damaged('term counts');
    for (const end = read + 2 * size; read < end; read += 2) {
      if (!(termCounts[read]! >= 0 && termCounts[read]! < termTotal && termCounts[read + 1]! > 0)) damaged('term counts');
    }
  }
  if (read !== termCounts.length || documentFrequency.some((count) => count <= 0)) damaged('term counts');
  if (!isSortedOrder(terms, termOrder)) damaged('term order');
  const words = wordList.map((word, i): readonly [string, readonly [string, number]] => {
    const term = terms[wordTerms[i]!];
    if (term === undefined || wordCounts[i]! <= 0) damaged('words');
    return [word, [term, wordCounts[i]!]];
  });
  return { reading: reading.id, passages, terms, termOrder, documentFrequency, termCounts, words };
}

export interface SnapshotStore {
  /** The saved analysis of the reading as its file is now, if any. */
  load(reading: Reading): ReadingAnalysis | undefined;
  /** Saves a fresh analysis (and removes the reading's older ones); a failure is logged by the caller's onError, never thrown. */
  save(reading: Reading, analysis: ReadingAnalysis): void;
}

/** `DATA_DIR/indexes/<reading id>.<hash>.snapshot`. */
export function openSnapshotStore(dataDir: string, onError: (err: unknown, reading: Reading) => void = () => undefined): SnapshotStore {
  const dir = path.join(dataDir, 'indexes');
  const fileOf = (reading: Reading): string => {
    const hash = createHash('sha256').update(readFileSync(reading.file)).update(`\n${SEARCH_OPTIONS.indexVersion}\n${FORMAT_VERSION}`).digest('hex').slice(0, 16);
    return path.join(dir, `${reading.id}.${hash}.snapshot`);
  };
  return {
    load(reading) {
      try {
        return unpackAnalysis(readFileSync(fileOf(reading)), reading);
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
        // The reading's older snapshots go, and those of the JSON format before this one.
        for (const name of readdirSync(dir)) {
          if (name.startsWith(`${reading.id}.`) && path.join(dir, name) !== file && /^[0-9a-f]{16}\.(?:snapshot|json)$/.test(name.slice(reading.id.length + 1))) rmSync(path.join(dir, name), { force: true });
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
