// The "course" section: writes the 50 readings to a temporary folder, times the start of a server
// on one reading (fresh processes, median; without saved analyses, then with them), and runs the
// latency and memory worker. Each measurement in its own child process.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorker, type ChildResult } from './child.js';
import type { CourseMeasurement } from './course-worker.js';
import type { CourseResult } from './results.js';
import { median } from './stats.js';

async function starts(dir: string, dataDir: string, runs: number, fresh: boolean, timeoutMs: number): Promise<number | undefined> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (fresh) rmSync(dataDir, { recursive: true, force: true });
    const result = await runWorker<{ firstAnswerMs: number }>('course-worker.js', ['start', dir, dataDir], timeoutMs);
    if (!result.ok) return undefined;
    times.push(result.value.firstAnswerMs);
  }
  return median(times);
}

export async function measureCourse(startRuns: number, rounds: number, timeoutMs: number): Promise<ChildResult<CourseResult>> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'essay-circle-course-'));
  const dir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  try {
    const written = await runWorker<{ readings: number }>('course-worker.js', ['write', dir], timeoutMs);
    if (!written.ok) return written;
    const firstAnswerColdMs = await starts(dir, dataDir, startRuns, true, timeoutMs);
    // The first start saved the reading's analysis; these load it, as a restarted bot does.
    const firstAnswerWarmMs = await starts(dir, dataDir, startRuns, false, timeoutMs);
    const query = await runWorker<CourseMeasurement>('course-worker.js', ['query', dir, String(rounds)], timeoutMs);
    return { ok: true, value: { query, firstAnswerColdMs, firstAnswerWarmMs, startRuns } };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
