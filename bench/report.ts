// Renders one run's measurements as the Markdown of docs/benchmarks.md: machine and versions, a
// summary of targets with ✅/❌, then a table per section and a closing note listing every miss.
// Pure: the same results always render the same text.
import type { BurstMeasurement } from './burst-types.js';
import type { ChildResult } from './child.js';
import { ORAMA_STOP_WORDS_SOURCE } from './peers/orama.js';
import type { BenchResults, ScaleRun } from './results.js';
import { checkTargets, MAX_BURST_P99_MS, MAX_CLI_OVERHEAD_MS, ms, QUALITY_TARGETS, ratio, verdict } from './targets.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

function fixed(value: number): string {
  return value.toFixed(2);
}

function failure(result: ChildResult<unknown>): string {
  return result.ok ? '' : `not measured in this run: ${result.error}`;
}

function machineSection(results: BenchResults): string {
  const m = results.machine;
  return [
    table(['Machine', ''], [
      ['CPU', `${m.cpuModel} (${m.cores} cores available)`],
      ['Memory', `${m.memoryGiB} GiB`],
      ['OS', m.platform],
      ['Node', m.node],
      ['Load average (1 min)', `${m.loadAtStart.toFixed(2)} at start, ${m.loadAtEnd.toFixed(2)} at end (on ${m.cores} cores; above ${m.cores} other work was competing)`],
      ['Run', `${results.startedAt}, ${results.wallSeconds.toFixed(0)} s wall time`],
    ]),
    '',
    table(['Library', 'Version'], m.libraries.map((lib) => [lib.name, lib.version])),
  ].join('\n');
}

function qualitySection(results: BenchResults): string {
  if (!results.quality.ok) return failure(results.quality);
  const { rows, passages } = results.quality.value;
  const setNames = rows[0]?.sets.map((s) => s.name) ?? [];
  const header = ['Library', ...setNames.flatMap((name) => [`${name} R@1`, 'R@3', 'MRR'])];
  const body = rows.map((row) => [
    `${row.name} ${row.version}`,
    ...row.sets.flatMap((s) => [fixed(s.recallAt1), fixed(s.recallAt3), fixed(s.mrr)]),
  ]);
  const targets = ['target (this project)', ...QUALITY_TARGETS.flatMap((t) => [`≥ ${fixed(t.recallAt1)}`, `≥ ${fixed(t.recallAt3)}`, '—'])];
  const project = rows[0];
  const misses =
    project?.sets.flatMap((set) =>
      set.outcomes.filter((o) => o.rank !== 1).map((o) => `- ${set.name}: "${o.question}" — ${o.rank === null ? 'not in the top 10' : `first hit at rank ${o.rank}`}`),
    ) ?? [];
  return [
    `Over the same ${passages} passages (the essay's paragraphs and footnotes); ${rows[0]?.sets.map((s) => `${s.questions} questions in ${s.name}`).join(', ')}.`,
    'A question counts at rank k when one of its expected passages is among the first k results; a footnote',
    'is also found by a paragraph that shows it. MRR is over the first 10 results. All libraries are scored',
    'by the project\'s scorer (`src/answers/evaluate.ts`, the one `npm run eval` uses).',
    '',
    table(header, [...body, targets]),
    '',
    'Peer configurations: Lunr `lunr()` defaults (its query syntax characters are blanked, since students',
    'type plain text); FlexSearch `Index` with `new Encoder(EnglishPreset)` from `flexsearch/lang/en`, searched',
    `with \`suggest: true\` (without it any question with one word not in a passage returns nothing); Orama with`,
    `\`stemming: true\` (its built-in English stemmer) and stop words from the ${ORAMA_STOP_WORDS_SOURCE};`,
    'wink-bm25-text-search with lowerCase, tokenize0, removeWords, stem, propagateNegations (wink-nlp-utils);',
    'MiniSearch with default analysis and `{ prefix: true, fuzzy: 0.2, combineWith: "OR" }`.',
    '',
    misses.length === 0 ? 'The project ranks an expected passage first for every question.' : `Questions where the project's first result is not an expected passage:\n\n${misses.join('\n')}`,
  ].join('\n');
}

function essaySection(results: BenchResults): string {
  const parts: string[] = [];
  if (results.essay.ok) {
    const e = results.essay.value;
    parts.push(
      table(['Measure', 'Value', 'Notes'], [
        ['answer latency p50', ms(e.answerP50Ms), `${e.questions} questions × ${e.rounds} rounds, in process, after one warm-up round`],
        ['answer latency p99', ms(e.answerP99Ms), `max ${ms(e.answerMaxMs)}`],
        ['load (corpus + glossary + index)', ms(e.loadMs), 'loadAnswerEngine, including importing the engine\'s modules'],
        ['heap after loading', mb(e.heapAfterLoadBytes), `of which the engine and its index: ${mb(e.heapDeltaBytes)} (after GC)`],
      ]),
    );
  } else {
    parts.push(`In-process latency and heap: ${failure(results.essay)}`);
  }
  parts.push('');
  if (results.startup.kind === 'measured') {
    const s = results.startup.value;
    parts.push(
      `One-shot \`node dist/src/cli.js ask "${s.question}"\` against bare \`node -e ''\`, ${s.runs} runs each, alternating; medians.`,
      '',
      table(['Process', 'Start → first answer', 'Start → exit', 'Target'], [
        ['`node -e \'\'`', '—', ms(s.bareNodeMs), ''],
        ['`cli ask`', ms(s.cliFirstAnswerMs), ms(s.cliExitMs), ''],
        ['difference', `+${ms(s.overheadMs)}`, '', `≤ ${MAX_CLI_OVERHEAD_MS} ms ${verdict(s.overheadMs <= MAX_CLI_OVERHEAD_MS)}`],
      ]),
    );
  } else {
    parts.push(`One-shot \`cli ask\`: not measured in this run: ${results.startup.reason}`);
  }
  return parts.join('\n');
}

function scaleTable(run: ScaleRun): string {
  const rows = run.rows.map(({ key, result }) => {
    if (!result.ok) return [key, failure(result), '', '', '', '', '', ''];
    const r = result.value;
    return [
      `${r.name} ${r.version}`,
      ms(r.buildMs),
      mb(r.heapBytes),
      ms(r.queryP50Ms),
      ms(r.queryP99Ms),
      `${ms(r.queryCpuP50Ms)} / ${ms(r.queryCpuP99Ms)}`,
      `${Math.round(r.sourceInTop10 * 100)}%`,
    ];
  });
  return [
    `**${run.size.toLocaleString('en-US')} passages** (${run.shape.words.toLocaleString('en-US')} words, ${run.shape.distinctWords.toLocaleString('en-US')} distinct, ${run.shape.hapaxes.toLocaleString('en-US')} occurring once) — ${run.queries} queries × ${run.rounds} rounds (p50/p99 per round, median over rounds); build: median of ${run.builds} build${run.builds === 1 ? '' : 's'}.`,
    '',
    table(['Library', 'Build', 'Heap', 'Query p50', 'Query p99', 'CPU per query p50 / p99', 'Source passage in top 10'], rows),
  ].join('\n');
}

function persistTable(results: BenchResults): string {
  const rows = results.persist.map((p) => {
    if (!p.ok) return [failure(p), '', '', '', '', '', ''];
    const v = p.value;
    return [v.corpus, String(v.passages), ms(v.rebuildMs), ms(v.loadMs), ratio(v.rebuildMs / v.loadMs), mb(v.snapshotBytes), v.sameAnswers ? 'yes' : 'NO'];
  });
  return table(['Corpus', 'Passages', 'Rebuild', 'Load saved index', 'Speed-up (target ≥ 5×)', 'Saved size', 'Same answers'], rows);
}

function scaleSection(results: BenchResults): string {
  return [
    'Deterministic synthetic corpora (`bench/synthetic-corpus.ts`, mulberry32, fixed seed): passages of',
    '120–180 words drawn from a Zipf–Mandelbrot vocabulary of 150,000 words (English function words at the',
    'head, real English word families with their inflections through the middle, pseudo-words in the long',
    'tail). Queries of 2–6 words are drawn from random passages: half phrases, half keywords; a quarter swap a',
    'word for another inflection, a fifth carry one typo. Each library runs in its own child process',
    '(`--expose-gc`); heap is what its index retains after GC. The project is indexed as one reading',
    'without a glossary. "Source passage in top 10" is a sanity check that every library is really searching.',
    'Query times are wall time (what a user waits; the targets use these); "CPU per query" is the process\'s',
    'CPU time for the same queries, which other work on a shared machine does not inflate.',
    '',
    ...results.scale.flatMap((run) => [scaleTable(run), '']),
    'Loading a saved index (`serializeIndex` → file → `loadAnswerEngineFromSnapshot`, read and parse',
    'included) against rebuilding it (`createAnswerEngine`):',
    '',
    persistTable(results),
  ].join('\n');
}

function burstSection(results: BenchResults): string {
  if (results.burst.kind === 'not-measured') return `Not measured in this run: ${results.burst.reason}`;
  const { runs, median, lost, over3s, floor, floorRuns } = results.burst.value;
  const row = (label: string, run: BurstMeasurement): string[] => [
    label,
    `${run.acknowledged} / ${run.interactions}`,
    String(run.over3s),
    ms(run.firstCallbackP50Ms),
    ms(run.firstCallbackP99Ms),
    ms(run.firstCallbackMaxMs),
    ms(run.wallMs),
  ];
  return [
    `${median.students} students × ${median.questionsEach} \`/ask\` each = ${median.interactions} interactions dispatched at once by the fake Discord`,
    '(gateway + REST on 127.0.0.1, in the bench process, refusing callbacks after 3 s as Discord does) to the',
    'bot running as in production: `node dist/src/index.js` in its own process, the real discord.js client.',
    'The time is from the fake dispatching an interaction to the fake receiving its first callback.',
    `${runs.length} bursts, each against a freshly started bot; the targets use the median p99. Alternating with them,`,
    'the same bursts against a baseline client that does no work (`bench/floor-client.ts`: discord.js deferring',
    'and editing each reply, as /ask does): the floor that discord.js, the fake Discord and this machine set.',
    '',
    table(['Burst', 'Acknowledged', 'Over 3 s', 'First callback p50', 'p99', 'Slowest', 'Whole burst'], [
      ...runs.map((run, i) => row(`bot ${i + 1}${run === median ? ' (median p99)' : ''}`, run)),
      ...floorRuns.map((run, i) => row(`baseline ${i + 1}${run === floor ? ' (median p99)' : ''}`, run)),
    ]),
    '',
    `Targets: none lost ${verdict(lost === 0)}, none over 3 s ${verdict(over3s === 0)}, p99 < ${MAX_BURST_P99_MS} ms ${verdict(median.firstCallbackP99Ms < MAX_BURST_P99_MS)}.`,
    floor === undefined
      ? 'The baseline could not be measured in this run.'
      : `The bot's own work adds ${ms(median.firstCallbackP99Ms - floor.firstCallbackP99Ms)} to the baseline's p99 of ${ms(floor.firstCallbackP99Ms)}.`,
  ].join('\n');
}

export function renderReport(results: BenchResults): string {
  const checks = checkTargets(results);
  const missed = checks.filter((c) => c.met === false);
  const unmeasured = checks.filter((c) => c.met === undefined);
  const closing = [
    missed.length === 0 ? 'Every measured target is met.' : `Missed in this run (${missed.length} of ${checks.length}):`,
    ...missed.map((c) => `- ${c.target}: ${c.measured}`),
    ...(unmeasured.length === 0 ? [] : ['', 'Not measured in this run:', ...unmeasured.map((c) => `- ${c.target}`)]),
  ];
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/run.ts). Do not edit by hand: rerun it. -->',
    '',
    'Answer quality and speed of this project side by side with Lunr, FlexSearch, Orama, wink-bm25-text-search',
    'and MiniSearch, measured in one run on one machine. Rerun with `npm run bench` (a few minutes).',
    '',
    machineSection(results),
    '',
    '## Targets',
    '',
    table(['Target', 'Measured', ''], checks.map((c) => [c.target, c.measured, verdict(c.met)])),
    '',
    '## 1. Answer quality on the essay',
    '',
    qualitySection(results),
    '',
    '## 2. Speed on the essay',
    '',
    essaySection(results),
    '',
    '## 3. Scale',
    '',
    scaleSection(results),
    '',
    '## 4. The bot under a burst',
    '',
    burstSection(results),
    '',
    '## Closing note',
    '',
    ...closing,
    '',
  ].join('\n');
}
