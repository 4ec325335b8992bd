// Ranks passages for analysed question concepts. MiniSearch scores each index term by BM25; a
// concept counts once per passage (its best alternative), the sum is scaled by how much of the
// question the passage covers, then the best candidates get a same-sentence (proximity) bonus.
import { indexTerms } from './analyze.js';
import { FOOTNOTE_LABEL } from './passage-index.js';
import type { Passage, PassageIndex } from './passage-index.js';
import { inverseDocumentFrequency } from './query.js';
import type { QueryAlternative, QueryConcept } from './query.js';
import { mapPacked } from './packed.js';
import { SEARCH_OPTIONS } from './search-options.js';
export { comparePassages } from './passage-order.js';
import { splitSentences } from './sentences.js';
import { termScores, writeTermScores } from './term-scores.js';
import type { Sentence } from './sentences.js';

export interface RankedPassage {
  readonly id: number;
  readonly passage: Passage;
  readonly score: number;
  /** Share (0..1) of the question's weight this passage matches. */
  readonly coverage: number;
  /** The same, each concept counted at the weight of the alternative that met it (own word 1, glossary 0.85, typo 0.7). */
  readonly certainCoverage: number;
  /** Sources of the concepts matched, in question order. */
  readonly matchedTerms: readonly string[];
  /** Content words of the question met (a matched phrase counts its words). */
  readonly matchedWords: number;
  /**
   * The sentence meeting most of the question, for the re-ranked top candidates; undefined below
   * them (computed on demand with bestSentenceOf, so deep pages stay cheap on large corpora).
   */
  readonly bestSentence: string | undefined;
}

interface Candidate {
  readonly id: number;
  /** Indexes of the concepts this passage meets, in question order. */
  readonly matched: readonly number[];
  score: number;
  readonly coverage: number;
  readonly certainCoverage: number;
  bestSentence: string | undefined;
}

/** The sentences of each passage and the index terms of each, made once on first need (bounded cache). */
export class SentenceCache {
  private readonly cache = new Map<number, { sentences: Sentence[]; terms: ReadonlySet<string>[] | undefined }>();
  constructor(private readonly index: PassageIndex) {}

  private entry(id: number): { sentences: Sentence[]; terms: ReadonlySet<string>[] | undefined } {
    let entry = this.cache.get(id);
    if (entry === undefined) {
      entry = { sentences: splitSentences(this.index.passages[id]?.item.text ?? ''), terms: undefined };
      // Bounded: a huge corpus must not keep every passage's sentences in memory.
      if (this.cache.size >= 5_000) this.cache.clear();
      this.cache.set(id, entry);
    }
    return entry;
  }

  get(id: number): Sentence[] {
    return this.entry(id).sentences;
  }

  /** Per sentence, its index terms (analysed as the index analyses text), for the best-sentence match. */
  terms(id: number): readonly ReadonlySet<string>[] {
    const entry = this.entry(id);
    entry.terms ??= mapPacked(entry.sentences, (sentence) => new Set(indexTerms(sentence.text)));
    return entry.terms;
  }
}

export interface BestSentence {
  readonly text: string;
  readonly weight: number;
  readonly count: number;
}

/**
 * The best-sentence matcher of one question, prepared once (not per passage): per concept, its
 * alternatives worth something, most valuable first, so a sentence's value for a concept is its
 * first alternative found there. Results are kept per passage for the question's lifetime.
 */
export class SentenceMatcher {
  private readonly concepts: readonly (readonly QueryAlternative[])[];
  private readonly found = new Map<number, BestSentence>();

  constructor(
    concepts: readonly QueryConcept[],
    private readonly sentences: SentenceCache,
  ) {
    // Stable sort: among equal values the first alternative wins, as a scan for the maximum would.
    this.concepts = mapPacked(concepts, (concept) => concept.alternatives.filter((alt) => alt.value > 0).sort((a, b) => b.value - a.value));
  }

  /** The sentence of a passage holding the most question weight (its first sentence if none). */
  best(id: number): BestSentence {
    const known = this.found.get(id);
    if (known !== undefined) return known;
    const list = this.sentences.get(id);
    const termsOfSentences = this.sentences.terms(id);
    let best: BestSentence = { text: list[0]?.text ?? '', weight: 0, count: 0 };
    for (let i = 0; i < list.length; i++) {
      const present = termsOfSentences[i];
      if (present === undefined) continue;
      let weight = 0;
      let count = 0;
      // Each concept counts at its best alternative found here: rare words meeting in a sentence
      // say more than common ones ("Iraq" and "Putin" over "US" and "Russia").
      for (const alternatives of this.concepts) {
        for (const alt of alternatives) {
          if (holdsAll(present, alt.terms)) {
            weight += alt.value;
            count += 1;
            break;
          }
        }
      }
      if (weight > best.weight) best = { text: list[i]?.text ?? '', weight, count };
    }
    this.found.set(id, best);
    return best;
  }
}

function holdsAll(present: ReadonlySet<string>, terms: readonly string[]): boolean {
  for (const term of terms) if (!present.has(term)) return false;
  return true;
}

/** The sentence of a passage holding the most question weight (its first sentence if none). */
export function bestSentenceOf(concepts: readonly QueryConcept[], sentences: SentenceCache, id: number): BestSentence {
  return new SentenceMatcher(concepts, sentences).best(id);
}

/**
 * The term-frequency part of BM25 of one term by passage id (undefined: not in that passage): from
 * the term's scored postings, or for a common term of a large scope from a dense array. One class
 * for both, so the per-passage loop's `get` meets one hidden class and one function.
 */
class TermFrequencies {
  constructor(
    private readonly sparse: ReadonlyMap<number, number> | null,
    private readonly dense: Float64Array | null,
  ) {}

  get(id: number): number | undefined {
    if (this.dense === null) return this.sparse?.get(id);
    // BM25+ scores are positive, so 0 means "absent".
    const tf = this.dense[id];
    return tf === 0 ? undefined : tf;
  }
}

/** A common term's scores over the whole corpus, dense, with its best passages first. */
interface CommonTerm {
  readonly frequencies: TermFrequencies;
  readonly best: Int32Array;
  /** What the entry holds, for the cache's bound. */
  readonly postings: number;
}

// The scores of common terms (in more than candidateLimit passages) of large scopes, shared by
// every index and bounded by the postings they hold (each a dense array of its scope's size), least
// recently used first out. Walking such a term's postings in MiniSearch is most of a query's cost
// on a large scope, and the same common words come back in question after question.
const commonTerms = new Map<string, CommonTerm>();
let commonTermPostings = 0;
const indexIds = new WeakMap<PassageIndex, number>();
let nextIndexId = 0;

function commonTerm(index: PassageIndex, term: string): CommonTerm {
  let indexId = indexIds.get(index);
  if (indexId === undefined) indexIds.set(index, (indexId = nextIndexId++));
  const key = `${indexId}\u0000${term}`;
  const hit = commonTerms.get(key);
  if (hit !== undefined) {
    commonTerms.delete(key);
    commonTerms.set(key, hit);
    return hit;
  }
  const scores = termScores(index.miniSearch, term);
  const idf = inverseDocumentFrequency(index, index.documentFrequency.get(term) ?? 0);
  const tf = new Float64Array(index.documentCount);
  const best = new Int32Array(Math.min(scores.size, SEARCH_OPTIONS.candidateLimit));
  let i = 0;
  for (const [id, score] of scores) {
    tf[id] = score / idf;
    if (i < best.length) best[i++] = id;
  }
  const entry: CommonTerm = { frequencies: new TermFrequencies(null, tf), best, postings: tf.length + best.length };
  for (const [oldest, old] of commonTerms) {
    if (commonTermPostings + entry.postings <= SEARCH_OPTIONS.commonTermPostings) break;
    commonTerms.delete(oldest);
    commonTermPostings -= old.postings;
  }
  commonTerms.set(key, entry);
  commonTermPostings += entry.postings;
  return entry;
}

/**
 * The best `k` candidates in order, selected before sorting (a bounded heap), not by sorting them
 * all. When there are no more than `k`, `items` itself is sorted and returned.
 */
function selectBest<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= k) return items.sort(compare);
  // A heap whose root is the worst kept item.
  const heap: T[] = [];
  const worse = (i: number, j: number): boolean => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number): void => {
    const t = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = t;
  };
  const down = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

// The ranking below runs for every question. Its steps are small functions (a deoptimised small
// function is recompiled in a few milliseconds, one large one took 70-140 ms), and the objects they
// pass on are each made by one literal with every property set, so each kind of object has one
// hidden class and V8 keeps the code reading them optimised.

/** One alternative of a concept as the per-passage loop reads it: its worth and its terms' frequencies. */
interface ScorableAlternative {
  readonly value: number;
  /** How surely a match means the concept (QueryAlternative.weight). */
  readonly weight: number;
  readonly frequencies: readonly TermFrequencies[];
}

/** A concept of the question with at least one alternative the index scores. */
interface ScorableConcept {
  /** Position among the question's concepts (what Candidate.matched holds). */
  readonly position: number;
  readonly weight: number;
  /** True when the concept stands for words (not a modal): it counts toward certain coverage. */
  readonly evidence: boolean;
  readonly alternatives: readonly ScorableAlternative[];
}

/** The weights every candidate's coverage is measured against. */
interface QuestionWeights {
  readonly total: number;
  /** The relevance threshold weighs only concepts that stand for words (not a modal like "should"). */
  readonly evidence: number;
}

function questionWeights(concepts: readonly QueryConcept[]): QuestionWeights {
  let total = 0;
  let evidence = 0;
  for (const concept of concepts) {
    total += concept.weight;
    evidence += concept.words > 0 ? concept.weight : 0;
  }
  return { total, evidence };
}

/**
 * The distinct terms of every alternative that the index holds, rarest first (ties by term). On a
 * large corpus a term in most passages says almost nothing (idf near 0) yet costs a walk over most
 * postings: it is left out. A single essay never reaches this.
 */
function searchedTerms(index: PassageIndex, concepts: readonly QueryConcept[], large: boolean): string[] {
  const distinct = new Set<string>();
  for (const concept of concepts) for (const alt of concept.alternatives) for (const term of alt.terms) distinct.add(term);
  const ubiquitous = SEARCH_OPTIONS.ubiquitousShare * index.documentCount;
  const terms: string[] = [];
  for (const term of distinct) {
    const frequency = index.documentFrequency.get(term);
    if (frequency !== undefined && !(large && frequency > ubiquitous)) terms.push(term);
  }
  const frequency = (term: string): number => index.documentFrequency.get(term) ?? 0;
  return terms.sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1));
}

// A term's frequencies are a dense array (one slot per passage) when that is no larger than a
// Map of them: an entry and its boxed number take about four slots, the Map itself and the sort
// of its scores about 32 before the first entry. So every term of a scope of a few dozen passages
// (an essay, its gists), and the terms in a quarter or more of a larger one's passages.
const DENSE_SLOTS_PER_ENTRY = 4;
const DENSE_SLOTS_PER_MAP = 32;

/** The candidate passages and, per searched term, its term frequencies. */
interface RetrievedTerms {
  readonly pool: ReadonlySet<number>;
  readonly frequencies: ReadonlyMap<string, TermFrequencies>;
}

/**
 * Candidates come from the rarest terms first (their best `limit` passages at most), until the
 * pool holds `limit`; commoner terms then only score the pool. On the essay every term retrieves.
 * Kept per term: the term-frequency part of BM25 (MiniSearch's score over the term's idf), so a
 * concept is weighed by its own rarity whichever of its alternatives a passage uses.
 */
function retrieve(index: PassageIndex, terms: readonly string[], large: boolean): RetrievedTerms {
  const limit = SEARCH_OPTIONS.candidateLimit;
  const frequencies = new Map<string, TermFrequencies>();
  const pool = new Set<number>();
  let retrieving = true;
  for (const term of terms) {
    const frequency = index.documentFrequency.get(term) ?? 0;
    const retrieves: boolean = retrieving && (pool.size === 0 || pool.size + frequency <= limit);
    retrieving = retrieves;
    if (large && frequency > limit) {
      // A common term of a large corpus: its scores come from the bounded cache (see commonTerm).
      const common = commonTerm(index, term);
      for (let i = 0; retrieves && i < common.best.length && pool.size < limit; i++) pool.add(common.best[i] ?? 0);
      frequencies.set(term, common.frequencies);
      continue;
    }
    const idf = inverseDocumentFrequency(index, frequency);
    if (retrieves && !large && index.documentCount <= DENSE_SLOTS_PER_ENTRY * frequency + DENSE_SLOTS_PER_MAP) {
      // Every posting of this term joins the pool, and in what order does not matter (candidates
      // are ordered by score and passage alone): a term in many of a small scope's passages gets
      // a dense array, smaller and quicker to read than a Map of its scores.
      const tf = new Float64Array(index.documentCount);
      writeTermScores(index.miniSearch, term, idf, tf);
      for (let id = 0; id < tf.length; id++) if (tf[id] !== 0) pool.add(id);
      frequencies.set(term, new TermFrequencies(null, tf));
      continue;
    }
    const scores = termScores(index.miniSearch, term, retrieves ? undefined : pool);
    for (const [id, score] of scores) {
      scores.set(id, score / idf);
      // MiniSearch returns best first, so the pool keeps a common rarest term's best passages.
      if (retrieves && pool.size < limit) pool.add(id);
    }
    frequencies.set(term, new TermFrequencies(scores, null));
  }
  return { pool, frequencies };
}

/** The frequencies of each of the terms, or undefined when one of them is not searched. */
function frequenciesOf(terms: readonly string[], searched: ReadonlyMap<string, TermFrequencies>): TermFrequencies[] | undefined {
  const found: TermFrequencies[] = [];
  for (const term of terms) {
    const frequencies = searched.get(term);
    if (frequencies === undefined) return undefined;
    found.push(frequencies);
  }
  return found;
}

/** The concepts with the alternatives whose every term is searched (the others can match nothing). */
function scorableConcepts(concepts: readonly QueryConcept[], searched: ReadonlyMap<string, TermFrequencies>): ScorableConcept[] {
  const scorable: ScorableConcept[] = [];
  for (let position = 0; position < concepts.length; position++) {
    const concept = concepts[position] as QueryConcept;
    const alternatives: ScorableAlternative[] = [];
    for (const alt of concept.alternatives) {
      const frequencies = frequenciesOf(alt.terms, searched);
      if (frequencies !== undefined) alternatives.push({ value: alt.value, weight: alt.weight, frequencies });
    }
    if (alternatives.length > 0) scorable.push({ position, weight: concept.weight, evidence: concept.words > 0, alternatives });
  }
  return scorable;
}

/** "Who wrote ...", "which source ...": the question asks for a footnote, so footnotes are not held back (see footnoteBoost). */
function asksForSource(concepts: readonly QueryConcept[]): boolean {
  for (const concept of concepts) {
    for (const alt of concept.alternatives) if (alt.terms.length === 1 && alt.terms[0] === FOOTNOTE_LABEL) return true;
  }
  return false;
}

/** The summed term frequency of an alternative in a passage, or -1 when one of its terms is missing there. */
function phraseFrequency(alt: ScorableAlternative, id: number): number {
  let sum = 0;
  for (const frequencies of alt.frequencies) {
    const tf = frequencies.get(id);
    // An essay phrase ("great power") counts only where all its words are.
    if (tf === undefined) return -1;
    sum += tf;
  }
  return sum;
}

/** A passage's score before the same-sentence bonus, or undefined when it meets no concept. */
function scorePassage(id: number, concepts: readonly ScorableConcept[], weights: QuestionWeights, boost: number): Candidate | undefined {
  let sum = 0;
  let matchedWeight = 0;
  let sure = 0;
  let matched: number[] | undefined;
  for (const concept of concepts) {
    // A concept counts once per passage, at its best alternative there.
    let best = -1;
    let certainty = 0;
    for (const alt of concept.alternatives) {
      const tfSum = phraseFrequency(alt, id);
      if (tfSum < 0) continue;
      best = Math.max(best, (alt.value * tfSum) / alt.frequencies.length);
      // Certain coverage counts a concept by how surely it was met: its own word fully, a
      // glossary stand-in or a typo guess at that alternative's weight (for the threshold).
      certainty = Math.max(certainty, alt.weight);
    }
    if (best < 0) continue;
    sum += best;
    matchedWeight += concept.weight;
    if (concept.evidence) sure += concept.weight * certainty;
    (matched ??= []).push(concept.position);
  }
  if (matched === undefined) return undefined;
  const coverage = matchedWeight / weights.total;
  const certainCoverage = weights.evidence > 0 ? sure / weights.evidence : 0;
  // Sureness: the share of the matched evidence met by the student's own words rather than by
  // glossary stand-ins or typo guesses. "Tokyo" in the text beats "Japan" standing in for it.
  const matchedEvidence = weights.evidence * coverage;
  const sureness = matchedEvidence > 0 ? Math.min(1, sure / matchedEvidence) : 1;
  const score = sum * boost * coverage ** SEARCH_OPTIONS.coverageExponent * sureness ** SEARCH_OPTIONS.surenessExponent;
  return { id, matched, score, coverage, certainCoverage, bestSentence: undefined };
}

/** Proximity: the question's words meeting in one sentence raise a candidate; then re-sorted. */
function rerankBySentence(top: Candidate[], matcher: SentenceMatcher, totalWeight: number, byScore: (a: Candidate, b: Candidate) => number): void {
  for (const candidate of top) {
    const best = matcher.best(candidate.id);
    candidate.bestSentence = best.text;
    if (best.count >= 2) candidate.score *= 1 + (SEARCH_OPTIONS.sentenceBonus * best.weight) / totalWeight;
  }
  top.sort(byScore);
}

function toRankedPassage(candidate: Candidate, passage: Passage, concepts: readonly QueryConcept[]): RankedPassage {
  const matchedTerms: string[] = [];
  let matchedWords = 0;
  for (const position of candidate.matched) {
    const concept = concepts[position];
    if (concept === undefined) continue;
    matchedTerms.push(concept.source);
    matchedWords += concept.words;
  }
  return {
    id: candidate.id,
    passage,
    score: candidate.score,
    coverage: candidate.coverage,
    certainCoverage: candidate.certainCoverage,
    matchedTerms,
    matchedWords,
    bestSentence: candidate.bestSentence,
  };
}

/**
 * Ranks the passages matching at least one concept (the best `maxRanked`). Deterministic. The
 * best-sentence matcher is made here when none is given and some candidate is re-ranked.
 */
export function rankPassages(
  index: PassageIndex,
  concepts: readonly QueryConcept[],
  sentences: SentenceCache,
  rerankDepth: number = SEARCH_OPTIONS.rerankDepth,
  matcher?: SentenceMatcher,
): RankedPassage[] {
  const weights = questionWeights(concepts);
  if (concepts.length === 0 || weights.total <= 0) return [];
  const large = index.documentCount > SEARCH_OPTIONS.candidateLimit;
  const { pool, frequencies } = retrieve(index, searchedTerms(index, concepts, large), large);
  const scorable = scorableConcepts(concepts, frequencies);
  const footnoteBoost = asksForSource(concepts) ? 1 : SEARCH_OPTIONS.footnoteBoost;
  const candidates: Candidate[] = [];
  for (const id of pool) {
    const candidate = scorePassage(id, scorable, weights, index.passages[id]?.kind === 'footnote' ? footnoteBoost : 1);
    if (candidate !== undefined) candidates.push(candidate);
  }
  // Score descending, then the passage's place in (reading id, kind, number) order.
  const byScore = (a: Candidate, b: Candidate): number =>
    b.score - a.score || (index.order[a.id] ?? 0) - (index.order[b.id] ?? 0);
  // Only the best maxRanked are kept: selected first, then sorted (a large scope has thousands).
  const ordered = selectBest(candidates, Math.max(SEARCH_OPTIONS.maxRanked, rerankDepth), byScore);
  const top = ordered.slice(0, rerankDepth);
  if (top.length > 0) rerankBySentence(top, matcher ?? new SentenceMatcher(concepts, sentences), weights.total, byScore);

  const ranked: RankedPassage[] = [];
  const keep = (candidate: Candidate): void => {
    const passage = index.passages[candidate.id];
    if (passage !== undefined) ranked.push(toRankedPassage(candidate, passage, concepts));
  };
  for (const candidate of top) keep(candidate);
  for (let i = rerankDepth; i < Math.min(ordered.length, SEARCH_OPTIONS.maxRanked); i++) keep(ordered[i] as Candidate);
  return ranked;
}
