// Ranks passages for analysed question concepts. MiniSearch scores each index term by BM25; a
// concept counts once per passage (its best alternative), the sum is scaled by how much of the
// question the passage covers, then the best candidates get a same-sentence (proximity) bonus.
import { termsPresent } from './analyze.js';
import type { Passage, PassageIndex } from './passage-index.js';
import { inverseDocumentFrequency, isIndexed } from './query.js';
import type { QueryConcept } from './query.js';
import { SEARCH_OPTIONS } from './search-options.js';
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
  id: number;
  conceptScores: Map<number, number>;
  /** Per concept, the weight (0..1) of the surest alternative met. */
  conceptCertainty: Map<number, number>;
  score: number;
  coverage: number;
  certainCoverage: number;
  bestSentence: string | undefined;
}

const KIND_ORDER = { paragraph: 0, footnote: 1 } as const;

/** Score descending, then reading id, kind (paragraph first), number: a total, stable order. */
export function comparePassages(a: { score: number; passage: Passage }, b: { score: number; passage: Passage }): number {
  if (b.score !== a.score) return b.score - a.score;
  const ra = a.passage.item.reading;
  const rb = b.passage.item.reading;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.passage.kind !== b.passage.kind) return KIND_ORDER[a.passage.kind] - KIND_ORDER[b.passage.kind];
  return a.passage.item.number - b.passage.item.number;
}

/** The sentences of each passage, split once on first need (bounded cache). */
export class SentenceCache {
  private readonly cache = new Map<number, Sentence[]>();
  constructor(private readonly index: PassageIndex) {}

  get(id: number): Sentence[] {
    let entry = this.cache.get(id);
    if (entry === undefined) {
      entry = splitSentences(this.index.passages[id]?.item.text ?? '');
      // Bounded: a huge corpus must not keep every passage's sentences in memory.
      if (this.cache.size >= 5_000) this.cache.clear();
      this.cache.set(id, entry);
    }
    return entry;
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
  const wanted = new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)));
  let best = { text: list[0]?.text ?? '', weight: 0, count: 0 };
  for (const sentence of list) {
    const present = termsPresent(sentence.text, wanted);
    let weight = 0;
    let count = 0;
    for (const concept of concepts) {
      if (concept.alternatives.some((alt) => alt.terms.every((term) => present.has(term)))) {
        weight += concept.weight;
        count += 1;
      }
    }
    if (weight > best.weight) best = { text: sentence.text, weight, count };
  }
  return best;
}

/** Ranks every passage matching at least one concept. Deterministic. */
export function rankPassages(index: PassageIndex, concepts: readonly QueryConcept[], sentences: SentenceCache): RankedPassage[] {
  const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (concepts.length === 0 || totalWeight <= 0) return [];
  // Candidates come from the rarest terms first, until there are `candidateLimit` of them; the
  // commoner terms then only score those passages. On a small corpus every term retrieves.
  // On a large corpus a term in most passages says almost nothing (idf near 0) yet costs a walk
  // over most postings: it is left out. A single essay never reaches this.
  const large = index.documentCount > SEARCH_OPTIONS.candidateLimit;
  const ubiquitous = SEARCH_OPTIONS.ubiquitousShare * index.documentCount;
  const allTerms = [...new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)))]
    .filter((term) => index.documentFrequency.has(term) && !(large && (index.documentFrequency.get(term) ?? 0) > ubiquitous))
    .sort((a, b) => (index.documentFrequency.get(a) ?? 0) - (index.documentFrequency.get(b) ?? 0) || (a < b ? -1 : 1));
  const tfByTerm = new Map<string, Map<number, number>>();
  const addTerm = (term: string, only?: ReadonlySet<number>): void => {
    const idf = inverseDocumentFrequency(index, index.documentFrequency.get(term) ?? 0);
    const scores = termScores(index, term, only);
    for (const [id, score] of scores) scores.set(id, score / idf);
    tfByTerm.set(term, scores);
  };
  const pool = new Set<number>();
  let retrieving = true;
  for (const term of allTerms) {
    const frequency = index.documentFrequency.get(term) ?? 0;
    // Retrieve while the pool stays within the limit (the rarest term always retrieves).
    if (retrieving && (pool.size === 0 || pool.size + frequency <= SEARCH_OPTIONS.candidateLimit)) {
      addTerm(term);
      for (const id of tfByTerm.get(term)?.keys() ?? []) pool.add(id);
    } else {
      retrieving = false;
      addTerm(term, pool);
    }
  }
  // Term frequency part of BM25 per passage (MiniSearch's score over the term's idf), so a concept
  // is weighed by its own rarity whichever of its alternatives a passage uses.
  const tfOf = (term: string): Map<number, number> => tfByTerm.get(term) ?? new Map();
  const candidates = new Map<number, Candidate>();
  concepts.forEach((concept, c) => {
    for (const alt of concept.alternatives) {
      if (!alt.terms.every((term) => tfByTerm.has(term))) continue;
      const parts = alt.terms.map(tfOf);
      const ids = new Set<number>();
      for (const part of parts) for (const id of part.keys()) ids.add(id);
      for (const id of ids) {
        let sum = 0;
        let present = 0;
        for (const part of parts) {
          const tf = part.get(id);
          if (tf !== undefined) {
            sum += tf;
            present += 1;
          }
        }
        // An essay phrase ("great power") counts only where all its words are; each word adds its share.
        if (present < parts.length) continue;
        const score = (concept.weight * alt.weight * sum) / parts.length;
        let candidate = candidates.get(id);
        if (candidate === undefined) {
          candidate = { id, conceptScores: new Map(), conceptCertainty: new Map(), score: 0, coverage: 0, certainCoverage: 0, bestSentence: undefined };
          candidates.set(id, candidate);
        }
        if (score > (candidate.conceptScores.get(c) ?? 0)) candidate.conceptScores.set(c, score);
        // Certain coverage counts a concept by how surely it was met: its own word fully, a
        // glossary stand-in or a typo guess at that alternative's weight (for the threshold).
        if (alt.weight > (candidate.conceptCertainty.get(c) ?? 0)) candidate.conceptCertainty.set(c, alt.weight);
      }
    }
  });

  const scored = [...candidates.values()].map((candidate) => {
    let sum = 0;
    let matched = 0;
    let sure = 0;
    for (const [c, score] of candidate.conceptScores) {
      sum += score;
      matched += concepts[c]?.weight ?? 0;
      sure += (concepts[c]?.weight ?? 0) * (candidate.conceptCertainty.get(c) ?? 0);
    }
    candidate.coverage = matched / totalWeight;
    candidate.certainCoverage = sure / totalWeight;
    const passage = index.passages[candidate.id];
    const boost = passage?.kind === 'footnote' ? SEARCH_OPTIONS.footnoteBoost : 1;
    candidate.score = sum * boost * candidate.coverage ** SEARCH_OPTIONS.coverageExponent;
    return candidate;
  });
  const byScore = (a: Candidate, b: Candidate): number => {
    const pa = index.passages[a.id];
    const pb = index.passages[b.id];
    if (pa === undefined || pb === undefined) return a.id - b.id;
    return comparePassages({ score: a.score, passage: pa }, { score: b.score, passage: pb });
  };
  scored.sort(byScore);

  // Proximity: the question's words meeting in one sentence.
  const top = scored.slice(0, SEARCH_OPTIONS.rerankDepth);
  for (const candidate of top) {
    const best = bestSentenceOf(concepts, sentences, candidate.id);
    candidate.bestSentence = best.text;
    if (best.count >= 2) candidate.score *= 1 + (SEARCH_OPTIONS.sentenceBonus * best.weight) / totalWeight;
  }
  top.sort(byScore);

  return [...top, ...scored.slice(SEARCH_OPTIONS.rerankDepth)].flatMap((candidate) => {
    const passage = index.passages[candidate.id];
    if (passage === undefined) return [];
    const matched = concepts.filter((_concept, c) => candidate.conceptScores.has(c));
    const matchedTerms = matched.map((concept) => concept.source);
    const matchedWords = matched.reduce((sum, concept) => sum + concept.words, 0);
    return [{ id: candidate.id, passage, score: candidate.score, coverage: candidate.coverage, certainCoverage: candidate.certainCoverage, matchedTerms, matchedWords, bestSentence: candidate.bestSentence }];
  });
}
