// Child process for one contender at one corpus size: generates the synthetic corpus, builds the
// index (timed, heap measured around the first build), then times every query over several rounds.
// Prints one JSON line (ScaleMeasurement). Usage: scale-worker.js <key> <size> <queries> <rounds> <builds>
import { createContender, isContenderKey } from './contenders.js';
import { heapUsedBytes, median, nowMs, percentile, timed } from './stats.js';
import { generateSyntheticCorpus } from './synthetic-corpus.js';

export interface ScaleMeasurement {
  readonly key: string;
  readonly name: string;
  readonly version: string;
  readonly size: number;
  /** Median over `builds` fresh builds. */
  readonly buildMs: number;
  readonly builds: number;
  /** Heap retained by the first index (after GC), bytes. */
  readonly heapBytes: number;
  readonly queries: number;
  readonly rounds: number;
  /** Medians over rounds of each round's p50 / p99, milliseconds of wall time. */
  readonly queryP50Ms: number;
  readonly queryP99Ms: number;
  /** The same for the process's CPU time per query: what the query costs, whatever else runs. */
  readonly queryCpuP50Ms: number;
  readonly queryCpuP99Ms: number;
  /** Share of queries whose source passage is in the top 10 (a sanity check, not a target). */
  readonly sourceInTop10: number;
}

const WARM_UP_QUERIES = 20;

function main(): void {
  const [key = '', sizeArg = '', queryArg = '', roundArg = '', buildArg = ''] = process.argv.slice(2);
  if (!isContenderKey(key)) throw new Error(`scale-worker: unknown contender "${key}"`);
  const size = Number(sizeArg);
  const rounds = Number(roundArg);
  const builds = Number(buildArg);
  const { passages, queries } = generateSyntheticCorpus(size, Number(queryArg));

  const heapBefore = heapUsedBytes();
  const adapter = createContender(key);
  const buildTimes = [timed(() => adapter.build(passages)).ms];
  const heapBytes = heapUsedBytes() - heapBefore;
  for (let b = 1; b < builds; b++) {
    const extra = createContender(key);
    buildTimes.push(timed(() => extra.build(passages)).ms);
  }
  heapUsedBytes();

  for (const query of queries.slice(0, WARM_UP_QUERIES)) adapter.search(query.text, 10);
  const p50s: number[] = [];
  const p99s: number[] = [];
  const cpuP50s: number[] = [];
  const cpuP99s: number[] = [];
  let found = 0;
  for (let round = 0; round < rounds; round++) {
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (const query of queries) {
      const cpuStart = process.cpuUsage();
      const start = nowMs();
      const ids = adapter.search(query.text, 10);
      samples.push(nowMs() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
      if (round === 0 && ids.includes(query.source)) found += 1;
    }
    p50s.push(percentile(samples, 50));
    p99s.push(percentile(samples, 99));
    cpuP50s.push(percentile(cpuSamples, 50));
    cpuP99s.push(percentile(cpuSamples, 99));
  }
  const result: ScaleMeasurement = {
    key,
    name: adapter.name,
    version: adapter.version,
    size,
    buildMs: median(buildTimes),
    builds,
    heapBytes,
    queries: queries.length,
    rounds,
    queryP50Ms: median(p50s),
    queryP99Ms: median(p99s),
    queryCpuP50Ms: median(cpuP50s),
    queryCpuP99Ms: median(cpuP99s),
    sourceInTop10: queries.length === 0 ? 0 : found / queries.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
