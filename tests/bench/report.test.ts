import { describe, expect, it } from 'vitest';
import { renderReport } from '../../bench/report.js';
import type { BenchResults } from '../../bench/results.js';
import type { ScaleMeasurement } from '../../bench/scale-worker.js';
import { checkTargets } from '../../bench/targets.js';

function scaleRow(key: string, overrides: Partial<ScaleMeasurement> = {}): { key: string; result: { ok: true; value: ScaleMeasurement } } {
  return {
    key,
    result: {
      ok: true,
      value: { key, name: key, version: '1.0.0', size: 20_000, buildMs: 1000, builds: 1, heapBytes: 1e8, queries: 100, rounds: 3, queryP50Ms: 1, queryP99Ms: 5, queryCpuP50Ms: 1, queryCpuP99Ms: 4, sourceInTop10: 0.8, ...overrides },
    },
  };
}

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    startedAt: '2026-11-29T17:00:00.000Z',
    wallSeconds: 300,
    machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 8, platform: 'Linux', node: 'v20.0.0', loadAtStart: 0.5, loadAtEnd: 0.7, libraries: [] },
    quality: { ok: false, error: 'skipped in this test' },
    essay: { ok: false, error: 'skipped in this test' },
    startup: { kind: 'measured', value: { runs: 10, question: 'Why?', bareNodeMs: 50, cliFirstAnswerMs: 250, cliExitMs: 260, overheadMs: 200 } },
    scale: [
      {
        size: 20_000,
        queries: 100,
        rounds: 3,
        builds: 1,
        shape: { words: 3_000_000, distinctWords: 135_000, hapaxes: 26_000 },
        rows: [scaleRow('project', { queryP99Ms: 30, buildMs: 900 }), scaleRow('flexsearch', { queryP99Ms: 10 }), scaleRow('minisearch', { queryP99Ms: 400 })],
      },
    ],
    persist: [],
    burst: { kind: 'not-measured', reason: 'the fake Discord is not built' },
    ...overrides,
  };
}

describe('checkTargets', () => {
  it('misses the FlexSearch ratio when the project p99 is more than twice FlexSearch\'s', () => {
    const check = checkTargets(results()).find((c) => c.target.includes('FlexSearch\'s') && c.target.includes('p99'));
    expect(check?.met).toBe(false);
    expect(check?.measured).toContain('3.00×');
  });

  it('meets the MiniSearch ratio at ten times or more', () => {
    const check = checkTargets(results()).find((c) => c.target.includes('MiniSearch'));
    expect(check?.met).toBe(true);
  });

  it('leaves a target it has no numbers for undecided rather than met', () => {
    const checks = checkTargets(results());
    expect(checks.find((c) => c.target.includes('burst'))?.met).toBeUndefined();
    expect(checks.find((c) => c.target.includes('saved index'))?.met).toBeUndefined();
  });
});

describe('renderReport', () => {
  it('names the machine and the run', () => {
    const report = renderReport(results());
    expect(report).toContain('Test CPU (2 cores available)');
    expect(report).toContain('v20.0.0');
  });

  it('lists each missed target with its numbers in the closing note', () => {
    const report = renderReport(results());
    const closing = report.slice(report.indexOf('## Closing note'));
    expect(closing).toContain('query p99 ≤ 2× FlexSearch\'s: 30 ms vs 10 ms (3.00×)');
  });

  it('marks the burst p99 target from the median burst', () => {
    const run = { students: 40, questionsEach: 5, interactions: 200, acknowledged: 200, lost: 0, over3s: 0, firstCallbackP50Ms: 90, firstCallbackP99Ms: 300, firstCallbackMaxMs: 310, wallMs: 320 };
    const report = renderReport(results({ burst: { kind: 'measured', value: { runs: [run], median: run, lost: 0, over3s: 0, floor: undefined, floorRuns: [] } } }));
    expect(report).toContain('| burst: dispatch → first callback p99 < 250 ms | 300 ms (median of 1 bursts: 300 ms) | ❌ |');
  });

  it('says a section was not measured, with the reason, instead of printing numbers', () => {
    const report = renderReport(results());
    expect(report).toContain('Not measured in this run: the fake Discord is not built');
    expect(report).toContain('not measured in this run: skipped in this test');
  });
});
