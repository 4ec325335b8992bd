// The one shape every library under test takes in the bench: build an index over passages, then
// answer a query with ranked passage ids. Adapters keep each library's documented defaults and
// change only what the issue names (its English analysis), so the comparison is what a user gets.
import type { Passage } from '../passages.js';

export interface SearchAdapter {
  /** Human name used in the report, e.g. "Lunr (English pipeline)". */
  readonly name: string;
  /** Version read from node_modules/<pkg>/package.json (or the project's package.json). */
  readonly version: string;
  /** Builds the index; called once per adapter instance. */
  build(passages: readonly Passage[]): void;
  /** Up to k passage ids, best first. */
  search(query: string, k: number): readonly string[];
}

/** A ranked passage with the library's own score for it (higher is better). */
export interface ScoredHit {
  readonly id: string;
  readonly score: number;
}

/**
 * A peer library: as a SearchAdapter, plus its scores, so the quality section can give it a refusal
 * rule (refuse when the top score is below a threshold chosen on the dev sets). `search` stays
 * separate and unchanged, so the scale section times exactly what it timed before.
 */
export interface PeerAdapter extends SearchAdapter {
  /** What `score` is, for the report, e.g. "Lunr `result.score`". */
  readonly scoreSource: string;
  /** Up to k passages, best first, each with the library's score. */
  searchScored(query: string, k: number): readonly ScoredHit[];
}

/** Creates a fresh, unbuilt adapter (a build is only timed once per instance). */
export type AdapterFactory = () => SearchAdapter;

/** Creates a fresh, unbuilt peer adapter. */
export type PeerFactory = () => PeerAdapter;
