import { describe, expect, it } from 'vitest';
import type { QualityResults, QualityRow, SetSummary } from '../../bench/quality-section.js';
import { renderReport, renderSections } from '../../bench/report.js';
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
    course: { ok: false, error: 'skipped in this test' },
    ...overrides,
  };
}

const summary = (name: string, questions: number, notFirst: number): SetSummary => ({
  name,
  questions,
  recallAt1: (questions - notFirst) / questions,
  recallAt3: 1,
  mrr: 0.9,
  notFirst,
  notInTop: 0,
});

function peerRow(name: string, threshold: number): QualityRow {
  return {
    name,
    version: '2.0.0',
    sets: [summary('holdout', 35, 10), summary('casual aside', 27, 9)],
    offTopicRefused: { refused: 3, questions: 12 },
    onTopicWronglyRefused: { refused: 1, questions: 62 },
    rule: { kind: 'threshold', scoreSource: `${name} score`, choice: { threshold, offTopicRefused: 9, offTopic: 26, onTopicRefused: 3, onTopic: 104, withinBound: true } },
  };
}

const quality: QualityResults = {
  passages: 37,
  sets: [
    { name: 'holdout', source: 'holdout-questions.json', questions: 35 },
    { name: 'casual aside', source: 'dev-questions-casual.json, set-aside third', questions: 27 },
  ],
  offTopic: { source: 'dev-off-topic.json, set-aside third', questions: 12 },
  dev: { onTopic: 104, offTopic: 26, sources: ['dev-questions.json'] },
  rows: [
    {
      name: 'essay-circle (this project)',
      version: '0.1.0',
      sets: [summary('holdout', 35, 7), summary('casual aside', 27, 4)],
      offTopicRefused: { refused: 7, questions: 12 },
      onTopicWronglyRefused: { refused: 0, questions: 62 },
      rule: { kind: 'coverage' },
    },
    peerRow('Lunr', 1.2345678),
    peerRow('FlexSearch', -Infinity),
  ],
  targetSets: [summary('dev-questions (essay words)', 32, 0), summary('dev-questions-hard (own words)', 16, 1)],
};

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

  it('checks the essay\'s in-process p99 against 5 ms', () => {
    const essay = (answerP99Ms: number): Partial<BenchResults> => ({
      essay: { ok: true, value: { questions: 48, rounds: 20, loadMs: 100, heapAfterLoadBytes: 7e6, heapDeltaBytes: 4e6, answerP50Ms: 0.3, answerP99Ms, answerMaxMs: 9 } },
    });
    const find = (r: BenchResults) => checkTargets(r).find((c) => c.target.startsWith('essay: answer latency p99'));
    expect(find(results(essay(4.4)))).toMatchObject({ met: true, measured: '4.4 ms (p50 0.30 ms)' });
    expect(find(results(essay(6.3)))?.met).toBe(false);
    expect(find(results())?.met).toBeUndefined();
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

  it('shows recall on the never-tuned sets with both refusal columns for every library', () => {
    const report = renderReport(results({ quality: { ok: true, value: quality } }));
    expect(report).toContain('| Library | holdout R@1 | R@3 | MRR | casual aside R@1 | R@3 | MRR | off-topic refused | on-topic wrongly refused |');
    expect(report).toContain('| essay-circle (this project) 0.1.0 | 0.80 | 1.00 | 0.90 | 0.85 | 1.00 | 0.90 | 0.58 (7/12) | 0.00 (0/62) |');
    expect(report).toContain('| Lunr 2.0.0 | 0.71 | 1.00 | 0.90 | 0.67 | 1.00 | 0.90 | 0.25 (3/12) | 0.02 (1/62) |');
  });

  it('says how each peer refuses and what its threshold did on the dev sets', () => {
    const report = renderReport(results({ quality: { ok: true, value: quality } }));
    expect(report).toContain('| Lunr | Lunr score | no results, or top score < 1.235 | 9/26 | 3/104 |');
    expect(report).toContain('| FlexSearch | FlexSearch score | no results | 9/26 | 3/104 |');
    expect(report).toContain('at most 3% of the dev on-topic');
    expect(report).toContain('coverage is "partial" or "none"');
  });

  it('gives the project\'s misses on never-tuned sets as counts, never as question texts', () => {
    const report = renderReport(results({ quality: { ok: true, value: quality } }));
    expect(report).toContain('holdout 7 of 35 (0 not in the top 10); casual aside 4 of 27 (0 not in the top 10)');
    expect(report).not.toMatch(/^- .*: ".*" — /m);
  });

  it('checks issue 2\'s targets on the dev sets they name, marked as tuned on', () => {
    const checks = checkTargets(results({ quality: { ok: true, value: quality } }));
    expect(checks[0]).toEqual({ target: 'dev-questions (essay words) (dev set, tuned on): recall@1 ≥ 0.95, recall@3 ≥ 1.00', measured: '1.00 / 1.00', met: true });
    expect(checks[1]?.met).toBe(true);
  });

  it('renders one section alone with only the targets it measured', () => {
    const text = renderSections(results({ quality: { ok: true, value: quality }, startup: { kind: 'not-measured', reason: 'skipped' }, scale: [] }), ['quality']);
    expect(text).toContain('## 1. Answer quality on the essay');
    expect(text).not.toContain('## 2. Speed on the essay');
    expect(text).toContain('dev-questions (essay words) (dev set, tuned on)');
    expect(text).not.toContain('FlexSearch\'s');
  });

  it('says a section was not measured, with the reason, instead of printing numbers', () => {
    const report = renderReport(results());
    expect(report).toContain('Not measured in this run: the fake Discord is not built');
    expect(report).toContain('not measured in this run: skipped in this test');
  });
});

describe('the course section', () => {
  it('reports one reading and reading:all with each round\'s p99, start to first answer and memory, and checks the targets', () => {
    const query = {
      readings: 50,
      passages: 11_000,
      oneReadingPassages: 398,
      rounds: 5,
      one: { buildMs: 40, queries: 100, p50Ms: 0.5, p99Ms: 2, p99sMs: [2, 2.5, 1.9, 2, 2.1] },
      all: { buildMs: 900, queries: 100, p50Ms: 3, p99Ms: 12, p99sMs: [12, 11, 13, 12, 12] },
      heapPerThousandBytes: 3.2e6,
    };
    const run = results({ course: { ok: true, value: { query: { ok: true, value: query }, firstAnswerColdMs: 600, firstAnswerWarmMs: 450, startRuns: 5 } } });
    const report = renderSections(run, ['course']);
    expect(report).toContain('| one reading (398 passages) | 40 ms | 100 | 0.50 ms | 2.0 ms | 2.0 ms, 2.5 ms, 1.9 ms, 2.0 ms, 2.1 ms |');
    expect(report).toContain('| memory per 1,000 passages | 3.2 MB |');
    const checks = checkTargets(run);
    expect(checks.find((c) => c.target.startsWith('course: one reading'))?.met).toBe(true);
    expect(checks.find((c) => c.target.startsWith('course: start to first answer'))).toMatchObject({ measured: '600 ms first start, 450 ms restart', met: true });
  });
});
