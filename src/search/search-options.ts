// Every search and ranking setting in one place. The same constant builds the index, reloads a
// saved one (its `indexVersion` and fields are checked on load) and answers questions, so the three
// can never disagree. Change a value here, then run `npm run eval` to see what it does.

export const SEARCH_OPTIONS = Object.freeze({
  /** Bump when analysis or fields change: a saved index of another version is refused, not misread. */
  indexVersion: 7,

  /**
   * MiniSearch fields. `text`: the passage. `context`: for a footnote, the sentence(s) that cite it,
   * so a footnote is also found by what it annotates. `label`: the word "footnote" on footnotes,
   * so "source", "reference", "read more" (glossary) reach them. Fixed set; changing it needs a rebuild.
   */
  fields: ['text', 'context', 'label'] as const,

  /**
   * Field boosts (MiniSearch `boost`), > 0. Default 1. The citing context weighs far less than the
   * footnote's own words (0.25) because the citing paragraph is the better answer for those words;
   * the label is a weak hint (0.6) that the student wants a source.
   */
  boost: Object.freeze({ text: 1, context: 0.25, label: 0.6 }),

  /**
   * BM25 parameters (MiniSearch `bm25`). k: term-frequency saturation (1.2, usual 1.2-2);
   * b: length normalisation 0..1 (0.3: an essay's long paragraphs are not less about their words;
   * the usual 0.75 buried long, central paragraphs under short ones); d: BM25+ floor (0.5).
   */
  bm25: Object.freeze({ k: 1.2, b: 0.3, d: 0.5 }),

  /**
   * Question limits. Only the first `maxQuestionChars` characters are analysed (a pasted essay is
   * answered from its start, quickly); at most `maxQueryConcepts` distinct question words are
   * searched, the rarest ones kept when there are more (they carry the meaning). 1..64, default 16.
   */
  maxQuestionChars: 2000,
  maxQueryConcepts: 16,

  /**
   * Weight of a glossary expansion relative to the student's own word (0..1, 0.85): "Kremlin"
   * searches "russia" almost as strongly as "Russia" would, but an exact essay word still wins ties.
   */
  glossaryWeight: 0.85,
  /** The same when the student's word is itself in the essay ("closer" -> rapprochement): 0..1, 0.7. */
  glossaryWeightBesideEssayWord: 0.7,

  /**
   * Fuzzy matching for typos, done on the vocabulary side with caps so 20,000 passages stay fast.
   * Only for question words that are NOT in the index (known words are never "corrected") and at
   * least `minLength` letters (5): short words have too many neighbours. Edit distance 1, or 2 from
   * `longLength` (9) letters (distance 2 over a large vocabulary is the costly case). At most
   * `maxExpansions` (3) neighbours, nearest then most frequent. `weight` (0.7, divided by the
   * distance) scales a corrected word below an exact one. A slip that only one known word fits
   * is read as that word (query.ts, correctSlips), for words of at most `maxSlipLength` (20)
   * letters and at most `maxQueryConcepts` such words a question.
   */
  fuzzy: Object.freeze({ minLength: 5, longLength: 9, maxExpansions: 3, weight: 0.7, maxSlipLength: 20 }),

  /**
   * Prefix matching for cut-off words ("democra"), same rules: unknown words of at least
   * `minLength` (4) letters; at most `scanLimit` (256) vocabulary entries looked at and
   * `maxExpansions` (5) kept, most frequent first; weight 0.5 (a prefix is a weaker guess).
   */
  prefix: Object.freeze({ minLength: 4, scanLimit: 256, maxExpansions: 5, weight: 0.5 }),

  /**
   * Re-ranking of the best `rerankDepth` (10) candidates: a passage whose best sentence holds
   * several question words gains up to `sentenceBonus` (0.6 = +60%) in proportion to the share of
   * the question's weight met in that one sentence. This is the proximity rule: words meeting in
   * one sentence beat words scattered over a paragraph.
   */
  rerankDepth: 10,
  sentenceBonus: 0.6,

  /**
   * Candidate pool on large corpora: question terms retrieve passages rarest first until
   * `candidateLimit` (2,000) passages are pooled; commoner terms only score the pool. Bounds the
   * cost of OR over common words at 20,000 passages; never reached on a single essay.
   */
  candidateLimit: 2000,
  /**
   * Common terms (in more than candidateLimit passages) of a large scope keep their scored
   * postings in one LRU cache shared by every scope, bounded by the postings it holds: each term
   * holds a dense array of its scope's size (8 bytes a passage). 4,000,000 postings = 32 MB at
   * most, e.g. 200 common terms of a 20,000-passage scope; they recur in question after question.
   */
  commonTermPostings: 4_000_000,
  /**
   * On corpora above candidateLimit, terms in more than this share (0.25) of passages are not
   * scored (idf below ~1.1: the stop words of that corpus).
   */
  ubiquitousShare: 0.25,

  /**
   * Coordination: the BM25 sum is multiplied by coverage^`coverageExponent` (1.5), coverage being
   * the share of the question's weight (rarer words weigh more) the passage matches. Favours
   * passages that answer the whole question over ones repeating one word.
   */
  coverageExponent: 1.5,
  /**
   * A passage's score is also multiplied by sureness^`surenessExponent` (0..2, default 1): the
   * share of what it matched that was met by the question's own words rather than by glossary
   * stand-ins or typo guesses, so the paragraph saying "Tokyo" beats one saying "Japan" often.
   */
  surenessExponent: 1,

  /**
   * A question word weighs idf^`rarityExponent` (1..3, default 1): the rare words of a question (a person,
   * a place, a term the essay uses once) decide which paragraph answers it, far more than the
   * countries that appear in every paragraph. Plain idf (1) already spans 0.1 (Russia) to 3.2 (a
   * word of one paragraph) on the essay; 1.5 and 2 scored worse on the tuning questions.
   */
  rarityExponent: 1,

  /**
   * Relevance threshold. A question is answered only if the best passage surely covers at least
   * `minCoverage` (0.5) of its weight (a concept met through the glossary or a typo guess counts
   * at that alternative's weight); otherwise it is a no-match with suggestions and the nearest
   * paragraphs. Further results must also cover min(`minCoverage`, `minRelativeCoverage` of the best's) and score
   * at least `minRelativeScore` (0.15) of the best, so `total` counts only real answers.
   */
  minCoverage: 0.5,
  /** The question is answered if any of the first `answeredWithin` (3) passages passes the threshold. */
  answeredWithin: 3,
  /** A best passage meeting only one of several question words must cover this much (0..1, 0.65). */
  minCoverageOneWord: 0.65,
  /**
   * A question's name counts as its subject (kinds-not-given.ts, `subjectOf`) when its concept weighs at
   * least this (1): "Georgia" does, "Russia" and "China", named in nearly every paragraph, do not.
   */
  minSubjectWeight: 1,
  minRelativeScore: 0.15,
  /**
   * Further results must also cover this share (0..1, 0.5) of the best passage's coverage: with
   * rare words weighing most, a good second answer may meet a different half of the question.
   */
  minRelativeCoverage: 0.5,
  /**
   * Second way over the threshold: a best passage meeting at least two of the question's words
   * and `minCoverageWithTwoWords` (0.25) of its weight is accepted (students add words of their
   * own; an off-topic question meets one common essay word at best).
   */
  minCoverageWithTwoWords: 0.25,
  /** Weight of a question word the index lacks, as a share (0..1, 0.75) of the rarest word's. */
  unknownWordWeight: 0.75,

  /**
   * A footnote hit brings the paragraph citing it. If that paragraph scores at least this share
   * (0..1, 0.5) of the footnote's score on its own, it is listed before the footnote (it shows the
   * footnote in context); otherwise right after it.
   */
  citingParagraphFirst: 0.5,

  /**
   * At most `maxRanked` (100) passages are ranked into an answer, so `total` and paging stop
   * there: nobody pages through more, and a common word must not cost a result per passage.
   */
  maxRanked: 100,

  /**
   * Footnotes are short and dense, so BM25 over-rates them: their scores are multiplied by
   * `footnoteBoost` (0..1, 0.5), so a footnote leads only when the question is about it. Not
   * applied when the question asks for a source ("who wrote", "which book": the glossary's
   * `footnote` line), since a footnote is then what it wants.
   */
  footnoteBoost: 0.5,

  /**
   * Rank fusion with the reading guide (src/search/gist-index.ts) and structure intents
   * (src/answers/intent.ts): each ranked list adds weight/(k + rank). `k` (10) flattens the
   * difference between neighbouring ranks; the text's own ranking weighs 1, the gists
   * `gistWeight` (0.25: they only lift a paragraph the text ranks near the top or misses for want
   * of the student's words; this weight shrinks further, by `gistYield`, as surely as the text
   * covers the question and its best passage leads the second, fully from a lead of `textLead`
   * (0.25 = 25% more score; a lead from 0.2 to 0.33 measured the same on the tuning questions), and
   * the roles swap when only the guide answers). Text hits meeting the same question words as
   * surely as a better one and scoring within `textTie` (0.1) of it share its rank: BM25's small
   * differences among them say more about paragraph length than meaning, so the gists decide
   * (0.1 gained three tuning questions at rank 1 and lost none; 0.2–0.3 lost one). An intent's paragraphs `intentWeight` (1: "the conclusion" is a place
   * in the text, not words), or `pointIntentWeight` (2) for "the fifth point", which names one
   * paragraph exactly. At most `gistDepth` (5) paragraphs come from the gists, each scoring
   * at least `gistMinRelativeScore` (0.3) of the best gist. A question the text alone does not
   * answer is answered through the guide only if the best gist surely meets two of its words and
   * `gistMinCoverage` (0.6) of its weight.
   */
  fusion: Object.freeze({ k: 10, gistWeight: 0.25, gistYield: 1, textLead: 0.25, textTie: 0.1, intentWeight: 1, pointIntentWeight: 2, gistDepth: 5, gistMinRelativeScore: 0.3, gistMinCoverage: 0.6 }),

  /** Suggestions: at most `maxSuggestions` (5) close essay words for unknown question words. */
  maxSuggestions: 5,
});

export type SearchOptions = typeof SEARCH_OPTIONS;
