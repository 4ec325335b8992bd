import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseBursts } from '../../bench/burst.js';
import type { BurstMeasurement } from '../../bench/burst-types.js';

const ROOT = path.join(import.meta.dirname, '../..');

function burst(p99: number, overrides: Partial<BurstMeasurement> = {}): BurstMeasurement {
  return {
    students: 40,
    questionsEach: 5,
    interactions: 200,
    acknowledged: 200,
    lost: 0,
    over3s: 0,
    firstCallbackP50Ms: p99 / 2,
    firstCallbackP99Ms: p99,
    firstCallbackMaxMs: p99,
    wallMs: p99 + 10,
    ...overrides,
  };
}

describe('summariseBursts', () => {
  it('keeps the run with the median p99, in the order the runs came', () => {
    const runs = [burst(400), burst(180), burst(250)];
    const summary = summariseBursts(runs);
    expect(summary.median.firstCallbackP99Ms).toBe(250);
    expect(summary.runs).toEqual(runs);
  });

  it('counts a loss in any run, not only in the median one', () => {
    const summary = summariseBursts([burst(100), burst(200, { lost: 1, acknowledged: 199, over3s: 1 }), burst(150)]);
    expect(summary.median.lost).toBe(0);
    expect(summary.lost).toBe(1);
    expect(summary.over3s).toBe(1);
  });

  it('keeps the baseline run with the median p99 apart from the bot runs', () => {
    const summary = summariseBursts([burst(300)], [burst(90), burst(120), burst(100)]);
    expect(summary.floor?.firstCallbackP99Ms).toBe(100);
    expect(summary.median.firstCallbackP99Ms).toBe(300);
  });

  it('refuses to summarise no bursts at all', () => {
    expect(() => summariseBursts([])).toThrow(/no burst/);
  });
});

describe('the burst worker (`npm run bench -- --only burst`), run as the bench runs it', () => {
  // The built worker starts the fake Discord on 127.0.0.1 and the built bot as its own process,
  // then sends 40 students × 5 /ask at once. Only what it reports is checked, not how fast:
  // timings belong to the bench.
  it('starts the bot, sends the whole burst and reports every interaction acknowledged', async () => {
    const worker = path.join(ROOT, 'dist', 'bench', 'burst-worker.js');
    const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [worker, 'bot'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      // Bounded: the worker itself gives up on a callback after 10 s and on the bot after 30 s.
      const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
      child.on('close', (exit) => {
        clearTimeout(timer);
        resolve({ stdout: out, code: exit });
      });
    });
    expect(code).toBe(0);
    const measured = JSON.parse(stdout.trim().split('\n').pop() ?? '') as BurstMeasurement;
    expect(measured).toMatchObject({ students: 40, questionsEach: 5, interactions: 200, acknowledged: 200, lost: 0 });
    expect(measured.firstCallbackP99Ms).toBeGreaterThan(0);
  }, 120_000);
});
