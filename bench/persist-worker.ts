// Child process for "loading a saved index vs rebuilding it": builds the project's engine over a
// corpus (the essay, or a synthetic one of N passages), saves its readings' analyses to a file
// (as the bot does in DATA_DIR/indexes), then times rebuilding against reading the file and
// making the index from it, and checks both answer alike.
// Prints one JSON line (PersistMeasurement). Usage: persist-worker.js <essay|N> <rebuilds> <loads>
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnswerEngine, createCourseEngine, loadCorpusGlossary } from '../src/answers/answer-engine.js';
import type { AnswerEngine } from '../src/answers/answer-engine.js';
import { packAnalysis, unpackAnalysis } from '../src/answers/reading-snapshots.js';
import { analyzeReading } from '../src/search/passage-index.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { Corpus, Reading } from '../src/corpus/types.js';
import { EMPTY_GLOSSARY, type Glossary } from '../src/search/glossary.js';
import { collectGarbage, median, timed } from './stats.js';
import { generateSyntheticCorpus, syntheticCorpusAsReading } from './synthetic-corpus.js';
import { REPO_ROOT } from './versions.js';

export interface PersistMeasurement {
  readonly corpus: string;
  readonly passages: number;
  readonly rebuilds: number;
  readonly loads: number;
  /** Median of `rebuilds`. */
  readonly rebuildMs: number;
  readonly saveMs: number;
  readonly snapshotBytes: number;
  /** Read the file + parse + load, median. */
  readonly loadMs: number;
  /** The loaded engine gave the same answers as the rebuilt one on sample questions. */
  readonly sameAnswers: boolean;
}

function main(): void {
  const [which = 'essay', rebuildArg = '3', loadArg = '3'] = process.argv.slice(2);
  const rebuildCount = Number(rebuildArg);
  const loadCount = Number(loadArg);
  let corpus: Corpus;
  let glossary: Glossary = EMPTY_GLOSSARY;
  let questions: string[];
  if (which === 'essay') {
    const dir = path.join(REPO_ROOT, 'corpus');
    corpus = loadCorpus(dir);
    glossary = loadCorpusGlossary(dir, corpus);
    questions = ['What did Putin do after the September 11 attacks?', 'Why did the Kremlin grow closer to Beijing?'];
  } else {
    const synthetic = generateSyntheticCorpus(Number(which), 10);
    corpus = syntheticCorpusAsReading(synthetic.passages);
    questions = synthetic.queries.map((q) => q.text);
  }
  const passages = corpus.readings.reduce((n, r) => n + r.paragraphs.length + r.footnotes.length, 0);

  // Every build is timed from the same heap: a full collection first, and no earlier engine kept
  // alive (only its answers), as at the bot's start. Engines left alive made each later build
  // pay for marking them, which the first rebuild never did.
  const answersOf = (engine: AnswerEngine): string[] => questions.map((q) => JSON.stringify(engine.answer(q, { limit: 5 })));
  const timedBuild = (build: () => AnswerEngine): { ms: number; answers: string[] } => {
    collectGarbage();
    const { value, ms } = timed(build);
    return { ms, answers: answersOf(value) };
  };
  const rebuilds = [];
  for (let i = 0; i < rebuildCount; i++) rebuilds.push(timedBuild(() => createAnswerEngine(corpus, glossary)));
  collectGarbage();
  const saved = timed(() => corpus.readings.map((reading) => packAnalysis(analyzeReading(reading))));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'essay-circle-bench-'));
  // One file per reading, as in DATA_DIR/indexes.
  const fileOf = (reading: Reading): string => path.join(dir, `${reading.id}.snapshot`);
  try {
    corpus.readings.forEach((reading, i) => writeFileSync(fileOf(reading), saved.value[i]!));
    const loads = [];
    for (let i = 0; i < loadCount; i++) {
      loads.push(
        timedBuild(() => {
          const engine = createCourseEngine(corpus, {
            glossary,
            savedAnalysis: (reading) => unpackAnalysis(readFileSync(fileOf(reading)), reading),
            onAnalysed: () => {
              throw new Error('persist-worker: a snapshot was not used, so this would time a rebuild');
            },
          });
          engine.prepare();
          return engine;
        }),
      );
    }
    const expected = rebuilds[0]!.answers;
    const sameAnswers = loads.every((load) => load.answers.every((answer, i) => answer === expected[i]));
    const result: PersistMeasurement = {
      corpus: which === 'essay' ? 'essay' : `synthetic ${which}`,
      passages,
      rebuilds: rebuildCount,
      loads: loadCount,
      rebuildMs: median(rebuilds.map((r) => r.ms)),
      saveMs: saved.ms,
      snapshotBytes: saved.value.reduce((sum, bytes) => sum + bytes.length, 0),
      loadMs: median(loads.map((l) => l.ms)),
      sameAnswers,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
