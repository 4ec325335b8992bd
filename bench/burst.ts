// Section 4, the bot under a burst: runs burst-worker.js (the fake Discord, which starts the bot
// as its own process) a few times, each against a fresh bot (the per-student /ask cooldown would
// refuse a second burst within 30 s), and keeps the run with the median p99; then the same against
// a client doing no work, the floor that discord.js, the fake and the machine set.
import type { BurstMeasurement, BurstResult, BurstSummary } from './burst-types.js';
import { runWorker } from './child.js';

const BURST_TIMEOUT_MS = 120_000;

export async function measureBurst(runs: number): Promise<BurstResult> {
  const measured: BurstMeasurement[] = [];
  const floor: BurstMeasurement[] = [];
  // Alternating bot and floor runs, so a busy moment on the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    const result = await runWorker<BurstMeasurement>('burst-worker.js', ['bot'], BURST_TIMEOUT_MS);
    if (!result.ok) return { kind: 'not-measured', reason: result.error };
    measured.push(result.value);
    const baseline = await runWorker<BurstMeasurement>('burst-worker.js', ['floor'], BURST_TIMEOUT_MS);
    if (baseline.ok) floor.push(baseline.value);
  }
  return { kind: 'measured', value: summariseBursts(measured, floor) };
}

function medianByP99(runs: readonly BurstMeasurement[]): BurstMeasurement | undefined {
  const byP99 = [...runs].sort((a, b) => a.firstCallbackP99Ms - b.firstCallbackP99Ms);
  return byP99[Math.ceil(byP99.length / 2) - 1];
}

export function summariseBursts(runs: readonly BurstMeasurement[], floorRuns: readonly BurstMeasurement[] = []): BurstSummary {
  const median = medianByP99(runs);
  if (median === undefined) throw new Error('bench: no burst to summarise');
  return {
    runs,
    median,
    lost: runs.reduce((sum, run) => sum + run.lost, 0),
    over3s: runs.reduce((sum, run) => sum + run.over3s, 0),
    floor: medianByP99(floorRuns),
    floorRuns,
  };
}
