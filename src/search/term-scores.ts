// BM25 scores of one index term, read straight from MiniSearch's postings: the numbers and the
// order `miniSearch.search(term)` gives (exact term, no prefix or fuzzy, our boosts and bm25), to
// the last bit, without its per-posting result objects, document-boost callbacks and copies. On a
// 20,000-passage scope a term in 1,500 passages cost ~2 ms through search(), most of it garbage;
// the slowest questions are those with such terms, so this is most of their time.
import type MiniSearch from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';

/**
 * The fields of a MiniSearch 7.2 instance its search reads (see executeQuerySpec, termResults and
 * calcBM25Score in its source). package.json pins minisearch ~7.2.0; should they change shape, the
 * check below falls back to search(), so a change costs speed, never answers.
 */
interface MiniSearchScoringState {
  _index: SearchableMap<Map<number, Map<number, number>>>;
  _documentIds: Map<number, number>;
  _documentCount: number;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _options: {
    fields: string[];
    searchOptions: { boost?: Record<string, number>; bm25: { k: number; b: number; d: number } };
  };
}

/** What scoring needs from one MiniSearch instance, resolved once (its index is built, then only read). */
interface Scorer {
  readonly state: MiniSearchScoringState;
  /** The document count the tables below were made for: another count makes them again. */
  readonly documentCount: number;
  /** Per searched field, in MiniSearch's order: its id, boost, and per short id its length part. */
  readonly fields: readonly { readonly id: number; readonly boost: number; readonly lengthPart: Float64Array }[];
  /** Document id per short id; -1 for a short id with no document. */
  readonly documentIds: Int32Array;
  /** Scores being summed, by short id (0: none yet; BM25+ scores are positive); zeroed after use. */
  readonly sums: Float64Array;
}

const scorers = new WeakMap<MiniSearch<never>, Scorer | null>();

/** The short ids and document ids as small non-negative integers (as our indexes number them), else null. */
function denseIds(documentIds: Map<number, number>): Int32Array | null {
  let size = 0;
  for (const [shortId, id] of documentIds) {
    if (!Number.isInteger(shortId) || shortId < 0 || !Number.isInteger(id) || id < 0 || id > 0x7fffffff) return null;
    size = Math.max(size, shortId + 1);
  }
  if (size > 4 * documentIds.size + 1024) return null;
  const ids = new Int32Array(size).fill(-1);
  for (const [shortId, id] of documentIds) ids[shortId] = id;
  return ids;
}

function makeScorer(miniSearch: MiniSearch<never>): Scorer | null {
  const state = miniSearch as unknown as Partial<MiniSearchScoringState>;
  const options = state._options;
  const usable =
    state._index !== undefined &&
    typeof state._index.get === 'function' &&
    state._documentIds instanceof Map &&
    typeof state._documentCount === 'number' &&
    typeof state._fieldIds === 'object' &&
    state._fieldLength instanceof Map &&
    Array.isArray(state._avgFieldLength) &&
    Array.isArray(options?.fields) &&
    typeof options.searchOptions?.bm25?.k === 'number' &&
    options.fields.every((field) => typeof state._fieldIds?.[field] === 'number');
  if (!usable) return null;
  const documentIds = denseIds(state._documentIds as Map<number, number>);
  if (documentIds === null) return null;
  const { k, b } = options.searchOptions.bm25;
  const fieldLengths = state._fieldLength as Map<number, number[]>;
  return {
    state: state as MiniSearchScoringState,
    documentCount: state._documentCount as number,
    documentIds,
    sums: new Float64Array(documentIds.length),
    // As executeQuerySpec: every field, its boost or 1 (an own property only).
    fields: options.fields.map((field) => {
      const id = state._fieldIds?.[field] ?? 0;
      const boosts = options.searchOptions.boost;
      const boost = boosts !== undefined && Object.prototype.hasOwnProperty.call(boosts, field) ? boosts[field] : undefined;
      const averageLength = state._avgFieldLength?.[id] ?? 0;
      // calcBM25Score's k * (1 - b + b * fieldLength / avgFieldLength): the document's part, the
      // same operations in the same order, so the same bits.
      const lengthPart = new Float64Array(documentIds.length);
      for (const [shortId, lengths] of fieldLengths) lengthPart[shortId] = k * (1 - b + (b * (lengths[id] ?? 0)) / averageLength);
      return { id, boost: boost || 1, lengthPart };
    }),
  };
}

function scorerOf(miniSearch: MiniSearch<never>): Scorer | null {
  let scorer = scorers.get(miniSearch);
  if (scorer === undefined || (scorer !== null && scorer.documentCount !== scorer.state._documentCount)) {
    scorer = makeScorer(miniSearch);
    scorers.set(miniSearch, scorer);
  }
  return scorer;
}

/** The same through search(): what scoring falls back to. */
function scoresViaSearch<T>(miniSearch: MiniSearch<T>, term: string, only: ReadonlySet<number> | undefined): Map<number, number> {
  const scores = new Map<number, number>();
  const results = miniSearch.search(term, {
    prefix: false,
    fuzzy: false,
    combineWith: 'OR',
    tokenize: (text: string) => [text],
    processTerm: (text: string) => text,
    ...(only === undefined ? {} : { boostDocument: (id: number) => (only.has(id) ? 1 : 0) }),
  });
  for (const result of results) scores.set(result.id as number, result.score);
  return scores;
}

/**
 * Sums one term's BM25 scores per short id into `scorer.sums`, exactly as search() does; returns
 * the short ids met in order of first posting (field by field, as search() meets them), or null
 * (sums left at 0) when search() must be asked instead.
 */
function sumPostings(scorer: Scorer, term: string, only: ReadonlySet<number> | undefined): number[] | null {
  const { state, fields, documentIds, sums } = scorer;
  const postings = state._index.get(term);
  const met: number[] = [];
  if (postings === undefined) return met;
  const { k, d } = state._options.searchOptions.bm25;
  const total = state._documentCount;
  for (const field of fields) {
    const frequencies = postings.get(field.id);
    if (frequencies === undefined) continue;
    const matching = frequencies.size;
    // calcBM25Score's idf, the same for every posting of the field.
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    const { boost, lengthPart } = field;
    for (const [shortId, frequency] of frequencies) {
      const id = shortId < documentIds.length ? (documentIds[shortId] ?? -1) : -1;
      // A discarded document: search() would prune it and change the counts; let it.
      if (id < 0) {
        for (const s of met) sums[s] = 0;
        return null;
      }
      if (only !== undefined && !only.has(id)) continue;
      const raw = idf * (d + (frequency * (k + 1)) / (frequency + (lengthPart[shortId] ?? 0)));
      // search() weighs by term weight, term boost and document boost, all 1 here.
      const weighted = boost * raw;
      if (sums[shortId] === 0) met.push(shortId);
      sums[shortId] = (sums[shortId] ?? 0) + weighted;
    }
  }
  return met;
}

/**
 * BM25 score per document id for one index term, best first (ties in posting order), exactly as
 * `miniSearch.search(term)` scores and orders them with the index's own options. With `only`,
 * documents outside it are left out (as a document boost of 0 does in search()).
 */
export function termScores<T>(miniSearch: MiniSearch<T>, term: string, only?: ReadonlySet<number>): Map<number, number> {
  const scorer = scorerOf(miniSearch as unknown as MiniSearch<never>);
  const met = scorer === null ? null : sumPostings(scorer, term, only);
  if (scorer === null || met === null) return scoresViaSearch(miniSearch, term, only);
  const { documentIds, sums } = scorer;
  // Best first; Array sort is stable, so ties keep posting order, as search()'s sort does. No
  // pairs made: on a large scope what a question allocates decides how often the collector stops it.
  met.sort((x, y) => (sums[y] ?? 0) - (sums[x] ?? 0));
  const scores = new Map<number, number>();
  for (const shortId of met) {
    scores.set(documentIds[shortId] ?? shortId, sums[shortId] ?? 0);
    sums[shortId] = 0;
  }
  return scores;
}

/**
 * The same scores, each divided by `divisor`, written by document id into `into` (a document
 * without the term keeps 0: BM25+ scores are positive), in no particular order: for a ranking
 * that takes every posting of the term, without termScores' Map and sort. `into` holds one slot
 * per document id.
 */
export function writeTermScores<T>(miniSearch: MiniSearch<T>, term: string, divisor: number, into: Float64Array): void {
  const scorer = scorerOf(miniSearch as unknown as MiniSearch<never>);
  const met = scorer === null ? null : sumPostings(scorer, term, undefined);
  if (scorer === null || met === null) {
    for (const [id, score] of scoresViaSearch(miniSearch, term, undefined)) into[id] = score / divisor;
    return;
  }
  const { documentIds, sums } = scorer;
  for (const shortId of met) {
    into[documentIds[shortId] ?? shortId] = (sums[shortId] ?? 0) / divisor;
    sums[shortId] = 0;
  }
}
