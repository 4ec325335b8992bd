// Ranks passages for analysed question concepts. MiniSearch scores each index term by BM25; a
// concept counts once per passage (its best alternative), the sum is scaled by how much of the
// question the passage covers, then the best candidates get a same-sentence (proximity) bonus.
import { indexTerms } from './analyze.js';
import { FOOTNOTE_LABEL } from './passage-index.js';
import type { Passage, PassageIndex } from './passage-index.js';
import { inverseDocumentFrequency } from './query.js';
import type { QueryConcept } from './query.js';
import { SEARCH_OPTIONS } from './search-options.js';
export { comparePassages } from './passage-order.js';
import { splitSentences } from './sentences.js';
import { termScores } from './term-scores.js';
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
    entry.terms ??= entry.sentences.map((sentence) => new Set(indexTerms(sentence.text)));
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
  private readonly concepts: readonly (readonly { readonly value: number; readonly terms: readonly string[] }[])[];
  private readonly found = new Map<number, BestSentence>();

  constructor(
    concepts: readonly QueryConcept[],
    private readonly sentences: SentenceCache,
  ) {
    // Stable sort: among equal values the first alternative wins, as a scan for the maximum would.
    this.concepts = concepts.map((concept) => concept.alternatives.filter((alt) => alt.value > 0).sort((a, b) => b.value - a.value));
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
          if (alt.terms.every((term) => present.has(term))) {
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

/** The sentence of a passage holding the most question weight (its first sentence if none). */
export function bestSentenceOf(concepts: readonly QueryConcept[], sentences: SentenceCache, id: number): BestSentence {
  return new SentenceMatcher(concepts, sentences).best(id);
}

/** Term-frequency parts of BM25 by passage id (undefined: the term is not in that passage). */
interface TermFrequencies {
  get(id: number): number | undefined;
}

/** A common term's scores over the whole corpus, dense, with its best passages first. */
interface CommonTerm extends TermFrequencies {
  readonly best: Int32Array;
}

// The scores of common terms (in more than candidateLimit passages) of large scopes, shared by
// every index and bounded by the postings they hold (each a dense array of its scope's size), least
// recently used first out. Walking such a term's postings in MiniSearch is most of a query's cost
// on a large scope, and the same common words come back in question after question.
const commonTerms = new Map<string, CommonTerm & { readonly postings: number }>();
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
    // BM25+ scores are positive, so 0 can mean "absent".
    tf[id] = score / idf;
    if (i < best.length) best[i++] = id;
  }
  const entry = { best, postings: tf.length + best.length, get: (id: number) => (tf[id] === 0 ? undefined : tf[id]) };
  for (const [oldest, old] of commonTerms) {
    if (commonTermPostings + entry.postings <= SEARCH_OPTIONS.commonTermPostings) break;
    commonTerms.delete(oldest);
    commonTermPostings -= old.postings;
  }
  commonTerms.set(key, entry);
  commonTermPostings += entry.postings;
  return entry;
}

/** The best `k` candidates in order, selected before sorting (a bounded heap), not by sorting them all. */
function selectBest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= k) return [...items].sort(compare);
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

/** Ranks the passages matching at least one concept (the best `maxRanked`). Deterministic. */
export function rankPassages(
  index: PassageIndex,
  concepts: readonly QueryConcept[],
  sentences: SentenceCache,
  rerankDepth: number = SEARCH_OPTIONS.rerankDepth,
  matcher: SentenceMatcher = new SentenceMatcher(concepts, sentences),
): RankedPassage[] {
  const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  // The relevance threshold weighs only concepts that stand for words (not a modal like "should").
  const evidenceWeight = concepts.reduce((sum, concept) => sum + (concept.words > 0 ? concept.weight : 0), 0);
  if (concepts.length === 0 || totalWeight <= 0) return [];
  const limit = SEARCH_OPTIONS.candidateLimit;
  // On a large corpus a term in most passages says almost nothing (idf near 0) yet costs a walk
  // over most postings: it is left out. A single essay never reaches this.
  const large = index.documentCount > limit;
  const ubiquitous = SEARCH_OPTIONS.ubiquitousShare * index.documentCount;
  const frequency = (term: string): number => index.documentFrequency.get(term) ?? 0;
  const allTerms = [...new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)))]
    .filter((term) => index.documentFrequency.has(term) && !(large && frequency(term) > ubiquitous))
    .sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1));

  // Candidates come from the rarest terms first (their best `limit` passages at most), until the
  // pool holds `limit`; commoner terms then only score the pool. On the essay every term retrieves.
  // Kept per term: the term-frequency part of BM25 (MiniSearch's score over the term's idf), so a
  // concept is weighed by its own rarity whichever of its alternatives a passage uses.
  const tfByTerm = new Map<string, TermFrequencies>();
  const pool = new Set<number>();
  let retrieving = true;
  for (const term of allTerms) {
    const retrieve: boolean = retrieving && (pool.size === 0 || pool.size + frequency(term) <= limit);
    retrieving = retrieve;
    if (large && frequency(term) > limit) {
      // A common term of a large corpus: its scores come from the bounded cache (see commonTerm).
      const common = commonTerm(index, term);
      for (let i = 0; retrieve && i < common.best.length && pool.size < limit; i++) pool.add(common.best[i] ?? 0);
      tfByTerm.set(term, common);
      continue;
    }
    const scores = termScores(index.miniSearch, term, retrieve ? undefined : pool);
    const idf = inverseDocumentFrequency(index, frequency(term));
    for (const [id, score] of scores) {
      scores.set(id, score / idf);
      // MiniSearch returns best first, so the pool keeps a common rarest term's best passages.
      if (retrieve && pool.size < limit) pool.add(id);
    }
    tfByTerm.set(term, scores);
  }

  // Per concept and alternative, the term maps (undefined when a term is not searched).
  const parts = concepts.map((concept) =>
    concept.alternatives.map((alt) => {
      const maps = alt.terms.map((term) => tfByTerm.get(term));
      return maps.every((map) => map !== undefined) ? (maps as TermFrequencies[]) : undefined;
    }),
  );
  // "Who wrote ...", "which source ...": the question asks for a footnote, so footnotes are not
  // held back (see footnoteBoost).
  const asksForSource = concepts.some((concept) => concept.alternatives.some((alt) => alt.terms.length === 1 && alt.terms[0] === FOOTNOTE_LABEL));
  const candidates: Candidate[] = [];
  for (const id of pool) {
    let sum = 0;
    let matchedWeight = 0;
    let sure = 0;
    let matched: number[] | undefined;
    for (let c = 0; c < concepts.length; c++) {
      const concept = concepts[c];
      const alternatives = parts[c];
      if (concept === undefined || alternatives === undefined) continue;
      let best = -1;
      let certainty = 0;
      for (let a = 0; a < alternatives.length; a++) {
        const maps = alternatives[a];
        const alt = concept.alternatives[a];
        if (maps === undefined || alt === undefined) continue;
        let tfSum = 0;
        let all = true;
        for (const map of maps) {
          const tf = map.get(id);
          // An essay phrase ("great power") counts only where all its words are.
          if (tf === undefined) {
            all = false;
            break;
          }
          tfSum += tf;
        }
        if (!all) continue;
        best = Math.max(best, (alt.value * tfSum) / maps.length);
        // Certain coverage counts a concept by how surely it was met: its own word fully, a
        // glossary stand-in or a typo guess at that alternative's weight (for the threshold).
        certainty = Math.max(certainty, alt.weight);
      }
      if (best < 0) continue;
      sum += best;
      matchedWeight += concept.weight;
      if (concept.words > 0) sure += concept.weight * certainty;
      (matched ??= []).push(c);
    }
    if (matched === undefined) continue;
    const coverage = matchedWeight / totalWeight;
    const boost = index.passages[id]?.kind === 'footnote' && !asksForSource ? SEARCH_OPTIONS.footnoteBoost : 1;
    const certainCoverage = evidenceWeight > 0 ? sure / evidenceWeight : 0;
    // Sureness: the share of the matched evidence met by the student's own words rather than by
    // glossary stand-ins or typo guesses. "Tokyo" in the text beats "Japan" standing in for it.
    const matchedEvidence = evidenceWeight * coverage;
    const sureness = matchedEvidence > 0 ? Math.min(1, sure / matchedEvidence) : 1;
    candidates.push({
      id,
      matched,
      score: sum * boost * coverage ** SEARCH_OPTIONS.coverageExponent * sureness ** SEARCH_OPTIONS.surenessExponent,
      coverage,
      certainCoverage,
      bestSentence: undefined,
    });
  }
  // Score descending, then the passage's place in (reading id, kind, number) order.
  const byScore = (a: Candidate, b: Candidate): number =>
    b.score - a.score || (index.order[a.id] ?? 0) - (index.order[b.id] ?? 0);
  // Only the best maxRanked are kept: selected first, then sorted (a large scope has thousands).
  const ordered = selectBest(candidates, Math.max(SEARCH_OPTIONS.maxRanked, rerankDepth), byScore);

  // Proximity: the question's words meeting in one sentence.
  const top = ordered.slice(0, rerankDepth);
  for (const candidate of top) {
    const best = matcher.best(candidate.id);
    candidate.bestSentence = best.text;
    if (best.count >= 2) candidate.score *= 1 + (SEARCH_OPTIONS.sentenceBonus * best.weight) / totalWeight;
  }
  top.sort(byScore);

  const kept = [...top, ...ordered.slice(rerankDepth, SEARCH_OPTIONS.maxRanked)];
  return kept.flatMap((candidate) => {
    const passage = index.passages[candidate.id];
    if (passage === undefined) return [];
    const matched = candidate.matched.map((c) => concepts[c]).filter((concept) => concept !== undefined);
    return [
      {
        id: candidate.id,
        passage,
        score: candidate.score,
        coverage: candidate.coverage,
        certainCoverage: candidate.certainCoverage,
        matchedTerms: matched.map((concept) => concept.source),
        matchedWords: matched.reduce((sum, concept) => sum + concept.words, 0),
        bestSentence: candidate.bestSentence,
      },
    ];
  });
}
