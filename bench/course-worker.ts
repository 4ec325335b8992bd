// Child process for the "course" section: 50 synthetic readings of 40-400 passages written as
// reading files, then (each mode its own process) time from process start to the first answer of
// a server on one reading, and query latency on one reading and on every reading with the memory
// they take. Prints one JSON line. Usage:
//   course-worker.js write <dir>                  write the readings
//   course-worker.js start <dir> <dataDir>        start like the bot, answer one question
//   course-worker.js query <dir> <rounds>         latency (one reading, all) and memory
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_READINGS, engineForCorpus } from '../src/answers/answer-engine.js';
import { openSnapshotStore } from '../src/answers/reading-snapshots.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { heapUsedBytes, median, percentile, timed } from './stats.js';
import { generateSyntheticCorpus, mulberry32 } from './synthetic-corpus.js';

export const COURSE_READINGS = 50;
const MIN_PASSAGES = 40;
const MAX_PASSAGES = 400;
const QUERY_POOL = 4000;
const QUERIES_PER_SCOPE = 100;
const WARM_UP = 10;
export const START_QUESTION = 'What did the negotiation threaten?';

interface CourseReading {
  readonly id: string;
  readonly texts: readonly string[];
}

/** The course, the same every run: reading sizes, texts, and queries with the reading each came from. */
function makeCourse(): { readings: CourseReading[]; queries: { text: string; reading: string }[] } {
  const random = mulberry32(0xc0a75e);
  const sizes = Array.from({ length: COURSE_READINGS }, () => MIN_PASSAGES + Math.floor(random() * (MAX_PASSAGES - MIN_PASSAGES + 1)));
  const total = sizes.reduce((a, b) => a + b, 0);
  const { passages, queries } = generateSyntheticCorpus(total, QUERY_POOL);
  const readings: CourseReading[] = [];
  const readingOf: string[] = [];
  let at = 0;
  sizes.forEach((size, i) => {
    const id = `course-${String(i + 1).padStart(2, '0')}`;
    // A paragraph per passage: capitalised and ending a sentence, so the parser never joins two.
    const texts = passages.slice(at, at + size).map((p) => `${p.text.charAt(0).toUpperCase()}${p.text.slice(1).replace(/[^.?!]$/, '$&.')}`);
    for (let k = 0; k < size; k++) readingOf.push(id);
    readings.push({ id, texts });
    at += size;
  });
  const passageIndex = new Map(passages.map((p, i) => [p.id, i]));
  return { readings, queries: queries.map((q) => ({ text: q.text, reading: readingOf[passageIndex.get(q.source) ?? 0] ?? '' })) };
}

export interface CourseMeasurement {
  readonly readings: number;
  readonly passages: number;
  /** The server's reading: the course's largest (at most 400 passages). */
  readonly oneReadingPassages: number;
  readonly rounds: number;
  /** Per scope: build of its index, then p50 / p99 per round, medians over rounds. */
  readonly one: { readonly buildMs: number; readonly queries: number; readonly p50Ms: number; readonly p99Ms: number; readonly p99sMs: readonly number[] };
  readonly all: { readonly buildMs: number; readonly queries: number; readonly p50Ms: number; readonly p99Ms: number; readonly p99sMs: readonly number[] };
  /** Heap retained by the engine with both scopes built, per 1,000 passages of the course. */
  readonly heapPerThousandBytes: number;
}

function measureScope(answer: (q: string) => unknown, questions: readonly string[], rounds: number) {
  for (const q of questions.slice(0, WARM_UP)) answer(q);
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const samples = questions.map((q) => timed(() => answer(q)).ms);
    p50s.push(percentile(samples, 50));
    p99s.push(percentile(samples, 99));
  }
  return { queries: questions.length, p50Ms: median(p50s), p99Ms: median(p99s), p99sMs: p99s };
}

function main(): void {
  const [mode = '', dir = '', third = ''] = process.argv.slice(2);
  if (mode === 'write') {
    mkdirSync(dir, { recursive: true });
    const { readings } = makeCourse();
    for (const [i, reading] of readings.entries()) {
      writeFileSync(path.join(dir, `${reading.id}.md`), `# Course reading ${i + 1}\n\nAuthor ${i + 1}\n\n${reading.texts.join('\n\n')}\n`);
    }
    process.stdout.write(`${JSON.stringify({ readings: readings.length, passages: readings.reduce((n, r) => n + r.texts.length, 0) })}\n`);
    return;
  }
  if (mode === 'start') {
    // What the bot does at start: parse the readings, open the saved analyses, make the server's
    // reading's index; then the first question. performance.now() counts from process start.
    const corpus = loadCorpus(dir);
    const store = openSnapshotStore(third);
    const engine = engineForCorpus(dir, corpus, { savedAnalysis: store.load, onAnalysed: store.save });
    const reading = largest(corpus.readings).id;
    engine.prepare(reading);
    engine.answer(START_QUESTION, { reading });
    process.stdout.write(`${JSON.stringify({ firstAnswerMs: performance.now() })}\n`);
    return;
  }
  if (mode === 'query') {
    const rounds = Number(third);
    const { queries } = makeCourse();
    const heapBefore = heapUsedBytes();
    const corpus = loadCorpus(dir);
    const engine = engineForCorpus(dir, corpus);
    const one = largest(corpus.readings);
    const buildOne = timed(() => engine.prepare(one.id)).ms;
    const buildAll = timed(() => engine.prepare(ALL_READINGS)).ms;
    const heap = heapUsedBytes() - heapBefore;
    const passages = corpus.readings.reduce((n, r) => n + r.paragraphs.length + r.footnotes.length, 0);
    const own = queries.filter((q) => q.reading === one.id).map((q) => q.text).slice(0, QUERIES_PER_SCOPE);
    const all = queries.map((q) => q.text).slice(0, QUERIES_PER_SCOPE);
    const result: CourseMeasurement = {
      readings: corpus.readings.length,
      passages,
      oneReadingPassages: one.paragraphs.length,
      rounds,
      one: { buildMs: buildOne, ...measureScope((q) => engine.answer(q, { reading: one.id }), own, rounds) },
      all: { buildMs: buildAll, ...measureScope((q) => engine.answer(q, { reading: ALL_READINGS }), all, rounds) },
      heapPerThousandBytes: (heap / passages) * 1000,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  throw new Error(`course-worker: unknown mode "${mode}"`);
}

function largest<T extends { readonly paragraphs: readonly unknown[] }>(readings: readonly T[]): T {
  return readings.reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
}

main();
