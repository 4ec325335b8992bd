// `npm run bench`: runs every section (quality, speed on the essay, scale, the bot under a burst),
// prints the report and writes docs/benchmarks.md. Heavy measurements run one at a time in child
// processes, so each library has its own heap and none competes with another for the 2 cores.
// `npm run bench -- --only quality` runs one section alone and only prints it (bench/args.ts);
// `npm run bench -- --help` lists the sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_USAGE, parseBenchArgs, type SectionKey } from './args.js';
import { measureBurst } from './burst.js';
import type { BurstResult } from './burst-types.js';
import { runWorker, type ChildResult } from './child.js';
import { CONTENDER_KEYS } from './contenders.js';
import type { EssayMeasurement } from './essay-worker.js';
import { currentLoad, describeMachine } from './machine.js';
import type { PersistMeasurement } from './persist-worker.js';
import { measureQuality, type QualityResults } from './quality-section.js';
import { renderReport, renderSections } from './report.js';
import type { BenchResults, ScaleRun } from './results.js';
import type { ScaleMeasurement } from './scale-worker.js';
import { measureStartup, type StartupResult } from './cold-start.js';
import { nowMs } from './stats.js';
import { describeCorpusShape, generateSyntheticCorpus } from './synthetic-corpus.js';
import { REPO_ROOT } from './versions.js';
import { measureCourse } from './course.js';
import type { CourseResult } from './results.js';

// Sized so the whole run stays near 5 minutes on 2 cores: at 20,000 passages one build of a
// library takes 4-30 s and a fuzzy query up to a second, so there are fewer builds and queries.
const SCALE_PLAN = [
  { size: 2_000, queries: 200, rounds: 3, builds: 3 },
  { size: 20_000, queries: 100, rounds: 3, builds: 1 },
] as const;
const PERSIST_PLAN = [
  { corpus: 'essay', rebuilds: 5, loads: 5 },
  { corpus: '2000', rebuilds: 3, loads: 3 },
  { corpus: '20000', rebuilds: 1, loads: 2 },
] as const;
const ESSAY_ROUNDS = 20;
const STARTUP_RUNS = 10;
const BURST_RUNS = 3;
const COURSE_START_RUNS = 5;
const COURSE_ROUNDS = 5;
const STARTUP_QUESTION = 'What did Putin do after the September 11 attacks?';
const WORKER_TIMEOUT_MS = 240_000;

function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function qualityOrError(): ChildResult<QualityResults> {
  try {
    return { ok: true, value: measureQuality() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

function skipped<T>(reason: string): ChildResult<T> {
  return { ok: false, error: reason };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(BENCH_USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`bench: ${args.message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  const runs = (key: SectionKey): boolean => args.sections.includes(key);
  const skip = `skipped (--only ${args.sections.join(',')})`;
  const start = nowMs();
  const startedAt = new Date().toISOString();
  const loadAtStart = currentLoad();

  let quality: ChildResult<QualityResults> = skipped(skip);
  if (runs('quality')) {
    progress('1/4 quality: project and peers on the never-tuned question sets (peer thresholds from the dev sets)');
    quality = qualityOrError();
  }

  let essay: ChildResult<EssayMeasurement> = skipped(skip);
  let startup: StartupResult = { kind: 'not-measured', reason: skip };
  if (runs('essay')) {
    progress(`2/4 speed on the essay: ${ESSAY_ROUNDS} rounds of every question, then ${STARTUP_RUNS} cold starts each`);
    essay = await runWorker<EssayMeasurement>('essay-worker.js', [path.join(REPO_ROOT, 'corpus'), String(ESSAY_ROUNDS)], WORKER_TIMEOUT_MS);
    startup = await measureStartup(STARTUP_RUNS, STARTUP_QUESTION);
  }

  const persist: ChildResult<PersistMeasurement>[] = [];
  const scale: ScaleRun[] = [];
  if (runs('scale')) {
    for (const plan of PERSIST_PLAN) {
      progress(`3/4 scale: saved index vs rebuild, ${plan.corpus}`);
      persist.push(await runWorker<PersistMeasurement>('persist-worker.js', [plan.corpus, String(plan.rebuilds), String(plan.loads)], WORKER_TIMEOUT_MS));
    }
    for (const plan of SCALE_PLAN) {
      const rows: { key: string; result: ChildResult<ScaleMeasurement> }[] = [];
      for (const key of CONTENDER_KEYS) {
        progress(`3/4 scale: ${plan.size} passages, ${key}`);
        const workerArgs = [key, plan.size, plan.queries, plan.rounds, plan.builds].map(String);
        rows.push({ key, result: await runWorker<ScaleMeasurement>('scale-worker.js', workerArgs, WORKER_TIMEOUT_MS) });
      }
      scale.push({ ...plan, shape: describeCorpusShape(generateSyntheticCorpus(plan.size, 0).passages), rows });
    }
  }

  let burst: BurstResult = { kind: 'not-measured', reason: skip };
  if (runs('burst')) {
    progress(`4/4 the bot under a burst, ${BURST_RUNS} times`);
    burst = await measureBurst(BURST_RUNS);
  }

  let course: ChildResult<CourseResult> = skipped(skip);
  if (runs('course')) {
    progress(`5/5 a course: ${COURSE_START_RUNS} starts without and with saved analyses, then ${COURSE_ROUNDS} rounds on one reading and on all`);
    course = await measureCourse(COURSE_START_RUNS, COURSE_ROUNDS, WORKER_TIMEOUT_MS);
  }

  const results: BenchResults = {
    startedAt,
    wallSeconds: (nowMs() - start) / 1000,
    machine: describeMachine(loadAtStart),
    quality,
    essay,
    startup,
    scale,
    persist,
    burst,
    course,
  };
  if (args.partial) {
    // A partial run prints its sections only: writing it would replace the full report.
    process.stdout.write(renderSections(results, args.sections));
    progress(`done in ${results.wallSeconds.toFixed(0)} s; docs/benchmarks.md left as it was (partial run)`);
    return 0;
  }
  const report = renderReport(results);
  const docs = path.join(REPO_ROOT, 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(docs, 'benchmarks.md'), report);
  process.stdout.write(report);
  progress(`done in ${results.wallSeconds.toFixed(0)} s; wrote docs/benchmarks.md`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
