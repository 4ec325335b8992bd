// Renders one run's measurements as the Markdown of docs/benchmarks.md: machine and versions, a
// summary of targets with ✅/❌, then a table per section and a closing note listing every miss.
// Pure: the same results always render the same text.
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from './args.js';
import type { BurstMeasurement } from './burst-types.js';
import type { ChildResult } from './child.js';
import { EVAL_DEPTH } from '../src/answers/evaluate.js';
import { ORAMA_STOP_WORDS_SOURCE } from './peers/orama.js';
import type { RefusalCount, RefusalRule } from './quality-section.js';
import { MAX_DEV_WRONG_REFUSALS } from './refusal-threshold.js';
import type { BenchResults, ScaleRun } from './results.js';
import { checkTargets, MAX_BURST_P99_MS, MAX_CLI_OVERHEAD_MS, ms, ratio, verdict } from './targets.js';

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

function share(count: RefusalCount): string {
  return `${fixed(count.refused / Math.max(1, count.questions))} (${count.refused}/${count.questions})`;
}

function refusalRule(rule: RefusalRule): string[] {
  if (rule.kind === 'coverage') return ['its coverage (the engine as shipped)', 'coverage is "partial" or "none"', '— (no threshold)', '— (no threshold)'];
  const { choice } = rule;
  const when = choice.threshold === -Infinity ? 'no results' : `no results, or top score < ${Number(choice.threshold.toPrecision(4))}`;
  return [
    rule.scoreSource,
    choice.withinBound ? when : `${when} (even this refuses more than ${MAX_DEV_WRONG_REFUSALS * 100}% of dev on-topic)`,
    `${choice.offTopicRefused}/${choice.offTopic}`,
    `${choice.onTopicRefused}/${choice.onTopic}`,
  ];
}

function qualitySection(results: BenchResults): string {
  if (!results.quality.ok) return failure(results.quality);
  const { rows, passages, sets, offTopic, dev } = results.quality.value;
  const onTopic = sets.reduce((sum, set) => sum + set.questions, 0);
  const header = ['Library', ...sets.flatMap((set) => [`${set.name} R@1`, 'R@3', 'MRR']), 'off-topic refused', 'on-topic wrongly refused'];
  const body = rows.map((row) => [
    `${row.name} ${row.version}`,
    ...row.sets.flatMap((s) => [fixed(s.recallAt1), fixed(s.recallAt3), fixed(s.mrr)]),
    share(row.offTopicRefused),
    share(row.onTopicWronglyRefused),
  ]);
  const project = rows[0];
  const misses = project?.sets.map((set) => `${set.name} ${set.notFirst} of ${set.questions} (${set.notInTop} not in the top ${EVAL_DEPTH})`) ?? [];
  const allowed = Math.floor(MAX_DEV_WRONG_REFUSALS * dev.onTopic + 1e-9);
  return [
    `Over the same ${passages} passages (the essay's paragraphs and footnotes), on questions nothing was ever tuned on:`,
    ...sets.map((set) => `- ${set.name}: ${set.questions} questions (${set.source})`),
    `- off-topic: ${offTopic.questions} questions the essay does not answer (${offTopic.source})`,
    '',
    'A set-aside third is every third question of a development set (the split is listed in `src/answers/question-sets.ts`), a',
    'held-out half every second question of a set written apart; the holdout sets are students\' own words, written',
    'apart. A question counts at rank k when one of its expected passages is among the first k results; a footnote',
    `is also found by a paragraph that shows it. MRR is over the first ${EVAL_DEPTH} results. All libraries are scored by`,
    'the project\'s scorer (`src/answers/evaluate.ts`, the one `npm run eval` uses). Recall and MRR score each ranking',
    'whatever the library would refuse: the project\'s "none"',
    'answers rank nothing and count as misses; a peer\'s ranking counts even where its threshold refuses.',
    `"Off-topic refused" is the share of the off-topic questions refused; "on-topic wrongly refused" the share of all`,
    `${onTopic} questions of the ${sets.length} ranked sets refused. The project refuses when its coverage is not "answered".`,
    '',
    table(header, body),
    '',
    `A peer has no notion of "the essay does not say this", so each gets a refusal rule on its own score: refuse`,
    'when it returns nothing or its top score is below a threshold. The threshold is chosen on the development',
    `sets only (${dev.onTopic} on-topic, ${dev.offTopic} off-topic questions: ${dev.sources.join(', ')}):`,
    `the one refusing the most dev off-topic questions while wrongly refusing at most ${MAX_DEV_WRONG_REFUSALS * 100}% of the dev on-topic`,
    `ones (${allowed} of ${dev.onTopic}); candidates are the midpoints between the top scores seen (\`bench/refusal-threshold.ts\`).`,
    '',
    table(['Library', 'Score', 'Refuses when', 'Dev off-topic refused', 'Dev on-topic wrongly refused'], rows.map((row) => [`${row.name}`, ...refusalRule(row.rule)])),
    '',
    'Peer configurations: Lunr `lunr()` defaults (its query syntax characters are blanked, since students',
    'type plain text); FlexSearch `Index` with `new Encoder(EnglishPreset)` from `flexsearch/lang/en`, searched',
    `with \`suggest: true\` (without it any question with one word not in a passage returns nothing); Orama with`,
    `\`stemming: true\` (its built-in English stemmer) and stop words from the ${ORAMA_STOP_WORDS_SOURCE};`,
    'wink-bm25-text-search with lowerCase, tokenize0, removeWords, stem, propagateNegations (wink-nlp-utils);',
    'MiniSearch with default analysis and `{ prefix: true, fuzzy: 0.2, combineWith: "OR" }`.',
    '',
    `Issue 2's recall targets name dev-questions and dev-questions-hard, which were tuned on; they are checked`,
    'in the Targets table above and are not part of this table.',
    '',
    `Questions where the project's first result is not an expected passage (counts only: the texts of sets never`,
    `tuned on are not printed, so nobody reads why they fail): ${misses.join('; ')}.`,
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
        ['load (corpus + glossary + index)', ms(e.loadMs), 'loadAnswerEngine and its index (prepare), including importing the engine\'s modules'],
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
      `One-shot \`node dist/src/cli.js ask "${s.question}"\` against bare \`node -e ''\`, ${s.runs} runs each, alternating; medians. An unmeasured first run saved the reading's analysis in a fresh DATA_DIR, as the first question of any \`cli ask\` does.`,
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
    'Loading the saved analyses of the readings (as the bot keeps them in `DATA_DIR/indexes`: binary file →',
    '`unpackAnalysis`, checksum checked → the scope\'s index and typo structures, read included) against',
    'rebuilding (`createAnswerEngine`: analysis, then the same index). Each build starts after a full GC,',
    'with no earlier engine alive:',
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

function courseSection(results: BenchResults): string {
  if (!results.course.ok) return `Not measured in this run: ${results.course.error}`;
  const { query, firstAnswerColdMs, firstAnswerWarmMs, startRuns } = results.course.value;
  if (!query.ok) return `Not measured in this run: ${query.error}`;
  const q = query.value;
  const rounds = (p99s: readonly number[]): string => p99s.map(ms).join(', ');
  return [
    `${q.readings} synthetic readings of 40–400 passages (${q.passages.toLocaleString('en-US')} passages in all), written as reading files.`,
    `A server on one reading (the largest, ${q.oneReadingPassages} passages) and \`reading:all\`; each scope is one index,`,
    `made on its first use. Query p99 is the median of ${q.rounds} rounds' p99s (each round's p99 is listed).`,
    '',
    table(
      ['Scope', 'Index build', 'Queries', 'p50', 'p99 (median of rounds)', 'Each round\'s p99'],
      [
        [`one reading (${q.oneReadingPassages} passages)`, ms(q.one.buildMs), String(q.one.queries), ms(q.one.p50Ms), ms(q.one.p99Ms), rounds(q.one.p99sMs)],
        [`reading:all (${q.passages.toLocaleString('en-US')} passages)`, ms(q.all.buildMs), String(q.all.queries), ms(q.all.p50Ms), ms(q.all.p99Ms), rounds(q.all.p99sMs)],
      ],
    ),
    '',
    table(
      ['Measure', 'Value', 'Notes'],
      [
        ['start → first answer, first start', firstAnswerColdMs === undefined ? 'n/a' : ms(firstAnswerColdMs), `process start to the first answer on one reading (parse all ${q.readings} readings, analyse that one, save it); median of ${startRuns}`],
        ['start → first answer, restart', firstAnswerWarmMs === undefined ? 'n/a' : ms(firstAnswerWarmMs), `the same with the reading's saved analysis in DATA_DIR/indexes; median of ${startRuns}`],
        ['memory per 1,000 passages', `${(q.heapPerThousandBytes / 1e6).toFixed(1)} MB`, 'heap retained by the parsed course and both scopes\' indexes (after GC), per 1,000 passages'],
      ],
    ),
  ].join('\n');
}

const SECTION_BODIES: Readonly<Record<SectionKey, (results: BenchResults) => string>> = {
  quality: qualitySection,
  essay: essaySection,
  scale: scaleSection,
  burst: burstSection,
  course: courseSection,
};

function sectionBlock(key: SectionKey, results: BenchResults): string[] {
  return [`## ${SECTION_TITLES[key]}`, '', SECTION_BODIES[key](results), ''];
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
    'and MiniSearch, and of a course of 50 readings, measured in one run on one machine. Rerun with',
    '`npm run bench` (a few minutes); `npm run bench -- --only course` (or scale, essay, ...) runs one section.',
    '',
    machineSection(results),
    '',
    '## Targets',
    '',
    table(['Target', 'Measured', ''], checks.map((c) => [c.target, c.measured, verdict(c.met)])),
    '',
    ...SECTION_KEYS.flatMap((key) => sectionBlock(key, results)),
    '## Closing note',
    '',
    ...closing,
    '',
  ].join('\n');
}

/** Some sections alone (`npm run bench -- --only ...`): those sections and the targets they measured. */
export function renderSections(results: BenchResults, keys: readonly SectionKey[]): string {
  const measured = checkTargets(results).filter((c) => c.met !== undefined);
  return [
    `# Benchmarks: ${keys.join(', ')} only`,
    '',
    `Run ${results.startedAt}, ${results.wallSeconds.toFixed(0)} s wall time, on ${results.machine.cpuModel} (${results.machine.cores} cores), Node ${results.machine.node}.`,
    '',
    ...(measured.length === 0 ? [] : [table(['Target', 'Measured', ''], measured.map((c) => [c.target, c.measured, verdict(c.met)])), '']),
    ...keys.flatMap((key) => sectionBlock(key, results)),
  ].join('\n');
}
