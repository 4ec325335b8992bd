// The result of section 4 (the bot under a burst), shared by the burst runner and the report.

/** One burst against a freshly started bot. */
export interface BurstMeasurement {
  readonly students: number;
  readonly questionsEach: number;
  readonly interactions: number;
  /** Interactions whose first callback (defer or reply) reached the fake Discord. */
  readonly acknowledged: number;
  readonly lost: number;
  readonly over3s: number;
  /** Dispatch -> first callback, milliseconds. */
  readonly firstCallbackP50Ms: number;
  readonly firstCallbackP99Ms: number;
  readonly firstCallbackMaxMs: number;
  /** Dispatch of the first interaction -> last first-callback. */
  readonly wallMs: number;
}

export interface BurstSummary {
  /** Every burst, in the order run. */
  readonly runs: readonly BurstMeasurement[];
  /** The run with the median p99 (what the report and the targets use). */
  readonly median: BurstMeasurement;
  /** Lost and late interactions summed over every run: any one is a miss. */
  readonly lost: number;
  readonly over3s: number;
  /** The same burst against a client that only defers and edits (floor-client.ts), median p99 run. */
  readonly floor: BurstMeasurement | undefined;
  readonly floorRuns: readonly BurstMeasurement[];
}

export type BurstResult =
  | { readonly kind: 'measured'; readonly value: BurstSummary }
  | { readonly kind: 'not-measured'; readonly reason: string };
