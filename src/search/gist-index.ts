// The guide's plain-words side as a small index of its own: each paragraph's gist, and each
// question the essay poses (standing for the paragraphs that answer it). Searched with the same
// analysis and BM25 as the passages; its ranking is fused with theirs at a low weight (see
// SEARCH_OPTIONS.fusion), so a vague question can reach a paragraph through its gist. Kept apart
// from the passage index: short gists beside long paragraphs would skew its length normalisation.
import type { Corpus, Paragraph, Reading } from '../corpus/types.js';
import type { GlossaryRule } from './glossary.js';
import type { Guide } from './guide.js';
import { buildPassageIndex } from './passage-index.js';
import type { PassageIndex } from './passage-index.js';
import { analyzeQuestion } from './query.js';
import { rankPassages, SentenceCache } from './rank.js';
import type { RankedPassage } from './rank.js';
import { SEARCH_OPTIONS } from './search-options.js';

export interface GistRanking {
  /** Keys (`reading/paragraph/n`) of the paragraphs reached through the guide, best first. */
  readonly keys: readonly string[];
  /** True when the best gist covers the question well enough to answer it on its own. */
  readonly answered: boolean;
  /**
   * When the question is one the essay poses itself (the best match is a posed question, covered
   * well): the paragraphs where the author answers it, best first. Empty otherwise.
   */
  readonly answeredIn: readonly string[];
}

export const EMPTY_GIST_RANKING: GistRanking = Object.freeze({ keys: [], answered: false, answeredIn: [] });

export class GistIndex {
  private readonly index: PassageIndex;
  private readonly sentences: SentenceCache;
  /** Per gist document (by its index id), the paragraph keys it stands for. */
  private readonly targets: (readonly string[])[] = [];
  /** Per gist document, true for a posed question (false for a paragraph's gist). */
  private readonly posed: boolean[] = [];

  constructor(
    corpus: Corpus,
    guides: ReadonlyMap<string, Guide>,
    private readonly rules: ReadonlyMap<string, readonly GlossaryRule[]>,
    private readonly isAnswered: (best: RankedPassage) => boolean,
  ) {
    const readings: Reading[] = [];
    for (const reading of corpus.readings) {
      const guide = guides.get(reading.id);
      if (guide === undefined) continue;
      const documents: { text: string; keys: string[]; posed: boolean }[] = [
        ...[...guide.gists].sort((a, b) => a[0] - b[0]).map(([number, gist]) => ({ text: gist.text, keys: [`${reading.id}/paragraph/${number}`], posed: false })),
        ...guide.questions.map((question) => ({ text: question.text, keys: question.answeredIn.map((n) => `${reading.id}/paragraph/${n}`), posed: true })),
      ];
      const paragraphs = documents.map(
        (document, i): Paragraph => ({ reading: reading.id, number: i + 1, text: document.text, footnotes: [], line: 0 }),
      );
      for (const document of documents) {
        this.targets.push(document.keys);
        this.posed.push(document.posed);
      }
      readings.push({ ...reading, paragraphs, footnotes: [], warnings: [] });
    }
    // buildPassageIndex numbers documents in this same order (readings, then their paragraphs).
    this.index = buildPassageIndex({ readings });
    this.sentences = new SentenceCache(this.index);
  }

  /**
   * The paragraphs whose gists (or posed questions) best match the question, given with its slips
   * already read against the reading (AnalyzedQuestion.respelt): the gists' own few words are no
   * measure of what a slip meant.
   */
  rank(question: string): GistRanking {
    if (this.index.documentCount === 0) return EMPTY_GIST_RANKING;
    const { concepts } = analyzeQuestion(question, this.index, this.rules, undefined, { readSlips: false });
    // A gist is a sentence or two: no same-sentence re-ranking to do.
    const ranked = rankPassages(this.index, concepts, this.sentences, 0);
    const best = ranked[0];
    if (best === undefined) return EMPTY_GIST_RANKING;
    const keys: string[] = [];
    for (const hit of ranked) {
      if (hit.score < best.score * SEARCH_OPTIONS.fusion.gistMinRelativeScore) break;
      for (const key of this.targets[hit.id] ?? []) if (!keys.includes(key)) keys.push(key);
      if (keys.length >= SEARCH_OPTIONS.fusion.gistDepth) break;
    }
    const answered = this.isAnswered(best);
    const answeredIn = answered && this.posed[best.id] === true ? (this.targets[best.id] ?? []) : [];
    return { keys: keys.slice(0, SEARCH_OPTIONS.fusion.gistDepth), answered, answeredIn };
  }
}
