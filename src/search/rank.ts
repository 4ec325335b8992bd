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

/**
 * BM25 score per passage for one index term (MiniSearch search of that exact term). With `only`,
 * passages outside it are skipped inside MiniSearch (boostDocument 0), so a common term costs a
 * walk over its postings but no result objects.
 */
function termScores(index: PassageIndex, term: string, only?: ReadonlySet<number>): Map<number, number> {
  const scores = new Map<number, number>();
  const results = index.miniSearch.search(term, {
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

/** The sentence of a passage holding the most question weight (its first sentence if none). */
export function bestSentenceOf(concepts: readonly QueryConcept[], sentences: SentenceCache, id: number): { text: string; weight: number; count: number } {
  const list = sentences.get(id);
  const termsOfSentences = sentences.terms(id);
  let best = { text: list[0]?.text ?? '', weight: 0, count: 0 };
  list.forEach((sentence, i) => {
    const present = termsOfSentences[i] ?? new Set<string>();
    let weight = 0;
    let count = 0;
    for (const concept of concepts) {
      // Each concept counts at its best alternative found here: rare words meeting in a sentence
      // say more than common ones ("Iraq" and "Putin" over "US" and "Russia").
      let value = 0;
      for (const alt of concept.alternatives) {
        if (alt.value > value && alt.terms.every((term) => present.has(term))) value = alt.value;
      }
      if (value > 0) {
        weight += value;
        count += 1;
      }
    }
    if (weight > best.weight) best = { text: sentence.text, weight, count };
  });
  return best;
}

/** Term-frequency parts of BM25 by passage id (undefined: the term is not in that passage). */
interface TermFrequencies {
  get(id: number): number | undefined;
}

/** A common term's scores over the whole corpus, dense, with its best passages first. */
interface CommonTerm extends TermFrequencies {
  readonly best: Int32Array;
}

// Per index, the scores of its common terms (in more than candidateLimit passages), most recently
// used last. Walking such a term's postings in MiniSearch is most of a query's cost on a large
// corpus, and the same common words come back in question after question; bounded to
// `commonTermCacheSize` terms (each a Float64Array of the corpus size).
const commonTerms = new WeakMap<PassageIndex, Map<string, CommonTerm>>();

function commonTerm(index: PassageIndex, term: string): CommonTerm {
  let cache = commonTerms.get(index);
  if (cache === undefined) {
    cache = new Map();
    commonTerms.set(index, cache);
  }
  const hit = cache.get(term);
  if (hit !== undefined) {
    cache.delete(term);
    cache.set(term, hit);
    return hit;
  }
  const scores = termScores(index, term);
  const idf = inverseDocumentFrequency(index, index.documentFrequency.get(term) ?? 0);
  const tf = new Float64Array(index.documentCount);
  const best = new Int32Array(Math.min(scores.size, SEARCH_OPTIONS.candidateLimit));
  let i = 0;
  for (const [id, score] of scores) {
    // BM25+ scores are positive, so 0 can mean "absent".
    tf[id] = score / idf;
    if (i < best.length) best[i++] = id;
  }
  const entry: CommonTerm = { best, get: (id) => (tf[id] === 0 ? undefined : tf[id]) };
  if (cache.size >= SEARCH_OPTIONS.commonTermCacheSize) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(term, entry);
  return entry;
}

/** Ranks the passages matching at least one concept (the best `maxRanked`). Deterministic. */
export function rankPassages(
  index: PassageIndex,
  concepts: readonly QueryConcept[],
  sentences: SentenceCache,
  rerankDepth: number = SEARCH_OPTIONS.rerankDepth,
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
    const scores = termScores(index, term, retrieve ? undefined : pool);
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
  candidates.sort(byScore);

  // Proximity: the question's words meeting in one sentence.
  const top = candidates.slice(0, rerankDepth);
  for (const candidate of top) {
    const best = bestSentenceOf(concepts, sentences, candidate.id);
    candidate.bestSentence = best.text;
    if (best.count >= 2) candidate.score *= 1 + (SEARCH_OPTIONS.sentenceBonus * best.weight) / totalWeight;
  }
  top.sort(byScore);

  const kept = [...top, ...candidates.slice(rerankDepth, SEARCH_OPTIONS.maxRanked)];
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
