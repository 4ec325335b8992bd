// Everything one `npm run bench` run measured, as plain data: run.ts fills it, report.ts renders
// it. Sections that could not run carry the reason instead of numbers.
import type { BurstResult } from './burst-types.js';
import type { ChildResult } from './child.js';
import type { EssayMeasurement } from './essay-worker.js';
import type { MachineInfo } from './machine.js';
import type { PersistMeasurement } from './persist-worker.js';
import type { QualityResults } from './quality-section.js';
import type { ScaleMeasurement } from './scale-worker.js';
import type { StartupResult } from './cold-start.js';
import type { CorpusShape } from './synthetic-corpus.js';
import type { CourseMeasurement } from './course-worker.js';

/** The course section: the measurements, and start to first answer (median of runs), without and with saved analyses. */
export interface CourseResult {
  readonly query: ChildResult<CourseMeasurement>;
  readonly firstAnswerColdMs: number | undefined;
  readonly firstAnswerWarmMs: number | undefined;
  readonly startRuns: number;
}

export interface ScaleRun {
  readonly size: number;
  readonly queries: number;
  readonly rounds: number;
  readonly builds: number;
  readonly shape: CorpusShape;
  readonly rows: readonly { readonly key: string; readonly result: ChildResult<ScaleMeasurement> }[];
}

export interface BenchResults {
  readonly startedAt: string;
  readonly wallSeconds: number;
  readonly machine: MachineInfo;
  readonly quality: ChildResult<QualityResults>;
  readonly essay: ChildResult<EssayMeasurement>;
  readonly startup: StartupResult;
  readonly scale: readonly ScaleRun[];
  readonly persist: readonly ChildResult<PersistMeasurement>[];
  readonly burst: BurstResult;
  readonly course: ChildResult<CourseResult>;
}
