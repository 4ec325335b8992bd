// Child process for section 2 (speed on the essay): the heap after loading the engine as shipped
// (corpus + glossary + index; measured with --expose-gc around a dynamic import, so the engine's
// code counts too), then in-process answer latency over every question, repeated in rounds.
// Prints one JSON line (EssayMeasurement). Usage: essay-worker.js <corpusDir> <rounds>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { heapUsedBytes, nowMs, percentile, timed } from './stats.js';
import { REPO_ROOT } from './versions.js';

export interface EssayMeasurement {
  readonly questions: number;
  readonly rounds: number;
  readonly loadMs: number;
  /** Heap used after GC with the engine loaded, and the part of it the engine adds. */
  readonly heapAfterLoadBytes: number;
  readonly heapDeltaBytes: number;
  readonly answerP50Ms: number;
  readonly answerP99Ms: number;
  readonly answerMaxMs: number;
}

const QUESTION_FILES = ['tests/fixtures/dev-questions.json', 'tests/fixtures/dev-questions-hard.json'];

async function main(): Promise<void> {
  const [corpusDir = path.join(REPO_ROOT, 'corpus'), roundArg = '20'] = process.argv.slice(2);
  const questions = QUESTION_FILES.flatMap((file) =>
    (JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as { question: string }[]).map((q) => q.question),
  );
  const heapBefore = heapUsedBytes();
  const start = nowMs();
  const { loadAnswerEngine } = await import('../src/answers/answer-engine.js');
  const engine = loadAnswerEngine(corpusDir);
  // Scopes are made on first use: the essay's is made here, so "load" includes its index.
  engine.prepare();
  const loadMs = nowMs() - start;
  const heapAfterLoad = heapUsedBytes();

  for (const question of questions) engine.answer(question);
  const samples: number[] = [];
  for (let round = 0; round < Number(roundArg); round++) {
    for (const question of questions) samples.push(timed(() => engine.answer(question)).ms);
  }
  const result: EssayMeasurement = {
    questions: questions.length,
    rounds: Number(roundArg),
    loadMs,
    heapAfterLoadBytes: heapAfterLoad,
    heapDeltaBytes: heapAfterLoad - heapBefore,
    answerP50Ms: percentile(samples, 50),
    answerP99Ms: percentile(samples, 99),
    answerMaxMs: percentile(samples, 100),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
