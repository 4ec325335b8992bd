// Question -> Answer: the best paragraphs and footnotes, each paragraph with the footnotes it
// cites and its best sentence, or an honest no-match with suggestions and the nearest paragraphs.
// Pure and synchronous once built; every front end (console, CLI, Discord) renders these answers.
import path from 'node:path';
import { findReading, loadCorpus } from '../corpus/load-corpus.js';
import { lookupError } from '../corpus/lookup.js';
import { superscript } from '../corpus/parse-reading.js';
import type { Corpus, Footnote, Paragraph, Reading } from '../corpus/types.js';
import { compileGlossary, EMPTY_GLOSSARY, loadGlossaryFile, mergeGlossaries } from '../search/glossary.js';
import { checkGuide, EMPTY_GUIDE, loadGuideFile } from '../search/guide.js';
import type { Guide } from '../search/guide.js';
import type { Glossary, GlossaryRule } from '../search/glossary.js';
import { EMPTY_GIST_RANKING, GistIndex } from '../search/gist-index.js';
import { indexTerms, putPlainly, spellOutChat, STOP_WORDS, termOf, withoutStudentTask } from '../search/analyze.js';
import { readSpokenForms } from '../search/spoken.js';
import { analyzeReading, buildScopeIndex, passageKey } from '../search/passage-index.js';
import type { PassageIndex, ReadingAnalysis } from '../search/passage-index.js';
import { analyzeQuestion, isIndexed, prepareTypoStructures, TypoLookups } from '../search/query.js';
import type { QueryConcept } from '../search/query.js';
import { mapPacked } from '../search/packed.js';
import { rankPassages, SentenceCache, SentenceMatcher } from '../search/rank.js';
import type { RankedPassage } from '../search/rank.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';
import { SoundAlikeNames } from '../search/sound-alike.js';
import { splitSentences } from '../search/sentences.js';
import { withoutDistractors } from './choices.js';
import { isAnswered, isAnsweredByGist } from './coverage.js';
import { kindsNotGiven } from './kinds-not-given.js';
import { missingKeyWords } from './missing-words.js';
import { latestYearNamed, namedTerms, yearsCited, yearsNamed } from './named-in-reading.js';
import { isAboutTheCourse, isHowToForTheAsker, isLanguageQuestion, isSmallTalk } from './not-about-the-reading.js';
import { passagesWithRarePhrase } from './rare-phrase.js';
import { listsOf, paragraphsForIntent, pointsIn, recognizeIntent, turnSides } from './intent.js';
import { holdsConcept } from './names-and-places.js';
import { placeQuoted } from './quoted-in-question.js';
import { readingFactAsked } from './reading-itself.js';
import { readingNamesOf, withReadingNamed } from './reading-named.js';
import type { ReadingNames } from './reading-named.js';
import type { Intent } from './intent.js';
import type { Answer, AnswerOptions, AnswerResult, FootnoteResult, ParagraphResult } from './types.js';

export interface AnswerEngine {
  readonly corpus: Corpus;
  /**
   * Pure, synchronous, deterministic; never throws for any question. `options.reading` picks the
   * scope: a reading id, or ALL_READINGS / nothing for every reading. An unknown reading id is a
   * UserFacingError naming the readings (callers normally resolve the id first).
   */
  answer(question: string, options?: AnswerOptions): Answer;
}

/** The scope of a search over every reading (`reading:all`). */
export const ALL_READINGS = 'all';

/** A result before rendering: which passage, its ranking, and for a brought-in paragraph the footnote it shows. */
type DisplayEntry =
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph; readonly hit: RankedPassage; readonly shownFootnote?: Footnote }
  | { readonly kind: 'footnote'; readonly footnote: Footnote; readonly hit: RankedPassage };

const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 100;
const NEAREST = 3;
// Words for the ties between countries: any of them names the others' subject.
const TIES: ReadonlySet<string> = new Set(
  'relations relationship relationships ties partnership partnerships friendship alliance rapprochement closeness'.split(' ').map(termOf),
);

/** `corpus/<reading-id>.glossary.txt`: the glossary file of a reading. */
export function glossaryFileFor(corpusDir: string, readingId: string): string {
  return path.join(corpusDir, `${readingId}.glossary.txt`);
}

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function clampInteger(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** The text of every passage of an index, in order. */
function* textsOf(index: PassageIndex): Generator<string> {
  for (const passage of index.passages) yield passage.item.text;
}

/** True when `hit` meets the same question words as `head`, as surely, and scores within `fusion.textTie` of it. */
function meetsAlike(head: RankedPassage, hit: RankedPassage): boolean {
  return (
    hit.matchedTerms.length === head.matchedTerms.length &&
    hit.matchedTerms.every((term) => head.matchedTerms.includes(term)) &&
    hit.certainCoverage >= head.certainCoverage &&
    hit.score >= head.score * (1 - SEARCH_OPTIONS.fusion.textTie)
  );
}

/** How clearly the text's best passage leads the second, 0 (tied) to 1 (a lead of `fusion.textLead` or more). */
function textLead(best: RankedPassage, second: RankedPassage | undefined): number {
  if (second === undefined || best.score <= 0) return 1;
  return Math.min(1, (1 - second.score / best.score) / SEARCH_OPTIONS.fusion.textLead);
}

/** The engine of one scope (one reading, or several): one index, one glossary, its readings' guides. */
// Intents naming one paragraph exactly ("his 5th point", "how many problems does he list", "where
// does the third section start"), weighed above those naming a region of the text ("the conclusion").
const NAMES_A_PARAGRAPH: ReadonlySet<Intent['kind']> = new Set(['point', 'enumeration', 'paragraph', 'footnote', 'turn', 'section', 'neighbour']);

class ScopeEngine implements AnswerEngine {
  private readonly rules: ReadonlyMap<string, readonly GlossaryRule[]>;
  private readonly sentences: SentenceCache;
  private readonly footnotes = new Map<string, Footnote>();
  private readonly paragraphs = new Map<string, Paragraph>();
  /** Main-index id of each passage, by passageKey. */
  private readonly passageIds = new Map<string, number>();
  private readonly guides: GistIndex | undefined;
  private readonly years: ReadonlySet<string>;
  /** How students name the readings ("the yokote reading", "week 7"): read as "the essay". */
  private readonly readingNames: ReadingNames;
  /** The years the footnotes name (named-in-reading.ts, `yearsCited`). */
  private readonly citedYears: ReadonlySet<string>;
  /** The terms the readings write as names (named-in-reading.ts, `namedTerms`), found on the first question needing them. */
  private namedCache: ReadonlySet<string> | undefined;
  /** The reading's names by their sound, made on the first question with a word the reading does not know. */
  private soundAlike: SoundAlikeNames | undefined;

  constructor(
    readonly corpus: Corpus,
    private readonly index: PassageIndex,
    glossary: Glossary,
    private readonly guideOf: ReadonlyMap<string, Guide>,
  ) {
    this.rules = compileGlossary(glossary, textsOf(index));
    this.sentences = new SentenceCache(index);
    // The typo structures are made now, with the scope, not by its first misspelt question.
    prepareTypoStructures(index, this.rules);
    index.passages.forEach((passage, id) => this.passageIds.set(passageKey(passage), id));
    this.years = yearsNamed(corpus);
    this.readingNames = readingNamesOf(corpus.readings);
    this.citedYears = yearsCited(corpus);
    this.guides = guideOf.size === 0 ? undefined : new GistIndex(corpus, guideOf, this.rules, isAnsweredByGist);
    for (const reading of corpus.readings) {
      for (const footnote of reading.footnotes) this.footnotes.set(`${reading.id}/${footnote.number}`, footnote);
      for (const paragraph of reading.paragraphs) this.paragraphs.set(`${reading.id}/${paragraph.number}`, paragraph);
    }
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    const text = typeof question === 'string' ? question : '';
    const limit = clampInteger(options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    const offset = clampInteger(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    // "What r the issues w ...", "um what did the s c o do": read as spelt out and as typed; the
    // answer still quotes the question as asked.
    // What the student needs the answer for ("for my conclusion") is no part of the question, not
    // even of its intent.
    const asked = this.respellSounds(putPlainly(withoutStudentTask(withReadingNamed(spellOutChat(readSpokenForms(text.slice(0, SEARCH_OPTIONS.maxQuestionChars))), this.readingNames))));
    // "Who wrote this?": the reading's title and author line answer it, not a passage.
    const { intent, rest } = recognizeIntent(asked);
    // "What does paragraph 40 say" of a reading of 31, or "footnote 9" of one with 6: how long the reading is answers it.
    const beyondTheEnd =
      (intent?.kind === 'paragraph' && intent.number !== 99 && this.corpus.readings.every((reading) => intent.number < 1 || intent.number > reading.paragraphs.length)) ||
      (intent?.kind === 'footnote' && this.corpus.readings.every((reading) => !reading.footnotes.some((footnote) => footnote.number === intent.number)));
    const fact = beyondTheEnd ? 'length' : readingFactAsked(asked);
    if (fact !== undefined) {
      const readings = this.corpus.readings.map((reading) => ({
        id: reading.id,
        title: reading.title,
        author: reading.author,
        latestYear: latestYearNamed(reading),
        paragraphs: reading.paragraphs.length,
        footnotes: reading.footnotes.length,
      }));
      return { kind: 'about-reading', coverage: 'answered', question: text, asked: fact, readings, suggestions: [] };
    }
    // "What's the conclusion?": the intent's words are the reader's, not the text's; search the rest.
    const typos = new TypoLookups(this.index);
    const { concepts, suggestions, respelt } = analyzeQuestion(rest, this.index, this.rules, typos);
    if (intent === undefined && isSmallTalk(asked)) {
      return { kind: 'no-match', coverage: 'none', smallTalk: true, question: text, suggestions: [], nearest: [] };
    }
    // "When is the essay due": the course's business, not the reading's; nor is "how do you say
    // thank you in Korean", nor "how do I write a thesis statement".
    if (isAboutTheCourse(asked) || isLanguageQuestion(asked) || (intent === undefined && isHowToForTheAsker(asked))) return { kind: 'no-match', coverage: 'none', smallTalk: false, question: text, suggestions: [], nearest: [] };
    // The best-sentence matcher is prepared once for the question, for ranking and display alike.
    const matcher = new SentenceMatcher(concepts, this.sentences);
    const ranked = rankPassages(this.index, concepts, this.sentences, SEARCH_OPTIONS.rerankDepth, matcher);
    const best = ranked[0];
    // Any of the first few may answer: a footnote covering "where does the data come from" can
    // rank below the paragraph that cites it.
    // So does one writing a rare phrase of the question as the reading writes it, however much
    // else the student says around it (rare-phrase.ts).
    const firstFew = ranked.slice(0, SEARCH_OPTIONS.answeredWithin);
    const writesRarePhrase = (): boolean => {
      const writing = passagesWithRarePhrase(rest, this.index);
      return writing.length > 0 && firstFew.some((hit) => writing.includes(this.index.passages.indexOf(hit.passage)));
    };
    const answeredByText = best !== undefined && (firstFew.some(isAnswered) || writesRarePhrase());
    const gists = this.guides === undefined ? EMPTY_GIST_RANKING : this.guides.rank(respelt);
    // "Main ideas of constructivism", "Huntington's thesis": a structure question about something
    // the reading never mentions (mostly, or a name) is not about this reading. One ordinary word
    // of the student's own among the reading's ("the first question, the one about Moscow's
    // coercive bargaining") does not make it so.
    const topical = concepts.filter((concept) => concept.words > 0);
    const inReading = topical.filter((concept) => concept.alternatives.some((alt) => isIndexed(this.index, alt)));
    // Found only where needed: most questions the text cannot answer end before it.
    let absentWords: string[] | undefined;
    const absent = (): string[] => (absentWords ??= withoutDistractors(rest, missingKeyWords(rest, concepts, this.index, this.years, typos, this.citedYears, respelt)));
    // A footnote named by its number is the subject whatever is asked of it ("what journal is
    // footnote 2 from": the journal's name is in its own language).
    const namedFootnote = intent?.kind === 'footnote' && this.corpus.readings.some((reading) => reading.footnotes.some((footnote) => footnote.number === intent.number));
    const structural = intent !== undefined && (namedFootnote || ((inReading.length * 2 > topical.length || topical.length === 0) && absent().length === 0)) ? intent : undefined;
    const turns = structural?.kind === 'turn' ? this.turnsAsked(rest, ranked, typos) : undefined;
    const intentKeys = structural === undefined ? [] : turns !== undefined ? turns.keys : this.intentParagraphs(structural, ranked, topical);
    if (!answeredByText && !gists.answered && intentKeys.length === 0 && gists.answeredIn.length === 0) {
      const nearest = ranked
        .flatMap((hit) => (hit.passage.kind === 'paragraph' ? [{ paragraph: hit.passage.item, hit }] : []))
        .slice(0, NEAREST)
        .map(({ paragraph, hit }) => this.paragraphResult(paragraph, hit, matcher));
      return { kind: 'no-match', coverage: 'none', smallTalk: false, question: text, suggestions, nearest };
    }
    let textHits: readonly RankedPassage[] = ranked.slice(0, NEAREST);
    if (answeredByText) {
      const minCoverage = Math.min(SEARCH_OPTIONS.minCoverage, best.coverage * SEARCH_OPTIONS.minRelativeCoverage, ...ranked.slice(0, SEARCH_OPTIONS.answeredWithin).map((hit) => hit.coverage));
      textHits = ranked.filter((hit) => hit.coverage >= minCoverage && hit.score >= best.score * SEARCH_OPTIONS.minRelativeScore);
    }
    // The gists matter where the question's words miss the text: a question the text covers
    // well is answered by the text; a vague one leans on the guide.
    // When only the guide answers (the text shares too few of the question's words), the roles
    // swap: the gists lead and the text's nearest passages follow at the gists' low weight.
    // The text is as sure as its best passage covers the question and leads the next: where
    // several passages cover it alike ("why do China and Russia get along": every paragraph on
    // their relations), the text cannot tell them apart and the gists may.
    const textCertainty = best === undefined ? 0 : Math.min(1, best.certainCoverage) * textLead(best, ranked[1]);
    const textWeight = answeredByText ? 1 : SEARCH_OPTIONS.fusion.gistWeight;
    const gistWeight = answeredByText ? SEARCH_OPTIONS.fusion.gistWeight * (1 - SEARCH_OPTIONS.fusion.gistYield * textCertainty) : 1;
    // "His 5th point" or "how many problems does he list" names one paragraph exactly; "the
    // conclusion" names a region of the text.
    const intentWeight = intent !== undefined && NAMES_A_PARAGRAPH.has(intent.kind) ? SEARCH_OPTIONS.fusion.pointIntentWeight : SEARCH_OPTIONS.fusion.intentWeight;
    const fused = this.fuse(textHits, gists.keys, intentKeys, { text: textWeight, gist: gistWeight, intent: intentWeight });
    // One of the essay's own questions, in other words: the author's answer comes right after the
    // best passage (often the paragraph posing the question), whatever words it shares.
    const answerToFirst = this.answerToPosingParagraph(fused[0], gists.keys);
    const answerToPosed = gists.answeredIn[0] ?? answerToFirst;
    // "Summary of why China isn't a reliable partner": the author's answer sums it up, not the
    // paragraph asking it.
    if (intent?.kind === 'summary' && answerToPosed !== undefined && answerToPosed === answerToFirst) this.place(fused, answerToPosed, 0);
    else this.place(fused, answerToPosed, 1);
    // "Where does he switch from the good side to the problems": the turn the question names leads,
    // as "where does the third section start" and "what comes after the Iraq war bit" put the one
    // paragraph they name first.
    if (turns?.named !== undefined) this.place(fused, turns.named, 0);
    else if ((structural?.kind === 'section' || structural?.kind === 'neighbour') && intentKeys[0] !== undefined) this.place(fused, intentKeys[0], 0);
    // "He says 'has to approach Russia as well as China', why": the passage quoted leads.
    const quoted = placeQuoted(this.corpus, text);
    if (quoted !== undefined) this.place(fused, `${quoted.reading}/${quoted.kind}/${quoted.first}`, 0);
    const entries = this.orderForDisplay(fused);
    const page = mapPacked(entries.slice(offset, offset + limit), (entry) => this.render(entry, matcher));
    const matched = new Set(page.flatMap((result) => result.matchedTerms));
    // A structure question is about the text itself, so nothing in it can be missing from the text.
    const missing = structural === undefined ? [...absent()] : [];
    // "How many troops ...", "when ...", "who was the president ...": a question asking for a
    // kind of answer is answered directly only by a passage that gives one.
    const first = fused[0];
    if (structural === undefined && first !== undefined) {
      const passage = {
        text: first.passage.item.text,
        isParagraph: first.passage.kind === 'paragraph',
        citedText: first.passage.kind === 'paragraph' ? this.citedText(first.passage.item) : '',
        bestSentence: () => first.bestSentence ?? matcher.best(first.id).text,
        sentences: () => ({ sentences: this.sentences.get(first.id), terms: this.sentences.terms(first.id) }),
      };
      missing.push(...kindsNotGiven(respelt, concepts, passage, () => (this.namedCache ??= namedTerms(this.corpus)), this.years, missing));
    }
    return {
      kind: 'answer',
      coverage: missing.length > 0 ? 'partial' : 'answered',
      missing,
      question: text,
      results: page,
      total: entries.length,
      matchedTerms: concepts.map((concept) => concept.source).filter((source) => matched.has(source)),
      suggestions,
    };
  }

  /**
   * "Who was prima cough": names typed as they sound, read as the reading's names
   * (sound-alike.ts). Looked for only when a word is unknown to the reading and its glossary.
   */
  private respellSounds(question: string): string {
    const known = (word: string): boolean => STOP_WORDS.has(word) || this.index.documentFrequency.has(termOf(word)) || this.rules.has(termOf(word));
    if ([...question.matchAll(/\p{L}+/gu)].every((match) => known(match[0].toLowerCase()))) return question;
    this.soundAlike ??= SoundAlikeNames.ofCorpus(this.corpus);
    return this.soundAlike.respell(question, known);
  }

  /** The text of the footnotes a paragraph cites, one after another. */
  private citedText(paragraph: Paragraph): string {
    return paragraph.footnotes.map((n) => this.footnotes.get(`${paragraph.reading}/${n}`)?.text ?? '').join('\n');
  }

  /**
   * Where the best passage is a paragraph posing the essay's questions ("Second, will China be a
   * reliable long-term Russian partner ...?"), the student asked what it asks: the paragraph
   * answering it, of those the guide gives for that paragraph's questions, the one the gists
   * rank highest.
   */
  private answerToPosingParagraph(first: RankedPassage | undefined, gistKeys: readonly string[]): string | undefined {
    if (first === undefined || first.passage.kind !== 'paragraph') return undefined;
    const { reading, number } = first.passage.item;
    const answers = (this.guideOf.get(reading) ?? EMPTY_GUIDE).questions.filter((q) => q.askedIn === number).flatMap((q) => q.answeredIn.map((n) => `${reading}/paragraph/${n}`));
    return gistKeys.find((key) => answers.includes(key));
  }

  /**
   * Puts the passage with `key` first (`position` 0) or second (1) in `ranked`, in place, from
   * wherever it ranks or from outside the ranking; a passage already first stays first.
   */
  private place(ranked: RankedPassage[], key: string | undefined, position: 0 | 1): void {
    if (key === undefined) return;
    const at = ranked.findIndex((hit) => passageKey(hit.passage) === key);
    if (at === 0) return;
    const id = this.passageIds.get(key);
    const passage = id === undefined ? undefined : this.index.passages[id];
    if (id === undefined || passage === undefined) return;
    const hit = at > 0 ? ranked.splice(at, 1)[0] : undefined;
    const score = ranked[position]?.score ?? ranked[0]?.score ?? 0;
    const placed = hit ?? { id, passage, score, coverage: 0, certainCoverage: 0, matchedTerms: [], matchedWords: 0, bestSentence: undefined };
    ranked.splice(Math.min(position, ranked.length), 0, { ...placed, score: Math.max(placed.score, score) });
  }

  /** The paragraphs answering a structure intent, in every reading, as passage keys. */
  private intentParagraphs(intent: Intent, ranked: readonly RankedPassage[], topical: readonly QueryConcept[]): string[] {
    if (intent.kind === 'enumeration') return this.listAnnouncers(ranked, intent.count, intent.ofQuestions === true, intent.listed === true ? topical : undefined);
    if (intent.kind === 'footnote') {
      // The footnote leads; the paragraph citing it follows it on display (orderForDisplay).
      return this.corpus.readings.flatMap((reading) => (reading.footnotes.some((footnote) => footnote.number === intent.number) ? [`${reading.id}/footnote/${intent.number}`] : []));
    }
    const rankOf = new Map(ranked.map((hit, i) => [passageKey(hit.passage), i + 1]));
    return this.corpus.readings.flatMap((reading) =>
      paragraphsForIntent(intent, reading, this.guideOf.get(reading.id) ?? EMPTY_GUIDE, (n) => rankOf.get(`${reading.id}/paragraph/${n}`) ?? Number.POSITIVE_INFINITY).map(
        (number) => `${reading.id}/paragraph/${number}`,
      ),
    );
  }

  /**
   * "Where does he switch from the good side to the problems": the guide's turns, the one whose
   * words meet the question's best first. A word of the question's "to" side counts double in
   * what the turn turns to; one of its "from" side, in what it leaves; a word on no side, in
   * either. Where no turn meets a word ("the turning point in the argument"), the turns the
   * text ranks highest. `named`: the one turn the question's words meet best, if one does.
   */
  private turnsAsked(rest: string, ranked: readonly RankedPassage[], typos: TypoLookups): { readonly keys: string[]; readonly named: string | undefined } {
    const rankOf = new Map(ranked.map((hit, i) => [passageKey(hit.passage), i + 1]));
    const sides = turnSides(rest);
    const conceptsOf = (text: string): QueryConcept[] => (text.trim() === '' ? [] : analyzeQuestion(text, this.index, this.rules, typos).concepts.filter((concept) => concept.words > 0));
    const [from, to, either] = [conceptsOf(sides.from), conceptsOf(sides.to), conceptsOf(sides.either)];
    const met = (concepts: readonly QueryConcept[], terms: ReadonlySet<string>): number => concepts.filter((concept) => holdsConcept(terms, concept, true)).length;
    // Words of one side the turn has only on its other side.
    const unmet = (concepts: readonly QueryConcept[], other: ReadonlySet<string>, own: ReadonlySet<string>): number =>
      concepts.filter((concept) => holdsConcept(other, concept, true) && !holdsConcept(own, concept, true)).length;
    const scored = this.corpus.readings.flatMap((reading) =>
      (this.guideOf.get(reading.id) ?? EMPTY_GUIDE).turns.map((turn) => {
        const key = `${reading.id}/paragraph/${turn.at}`;
        const [leaves, turnsTo] = [new Set(indexTerms(turn.from)), new Set(indexTerms(turn.to))];
        // (A word of one side met on the turn's other side counts against it: "from the US to
        // China" is not the turn from Japan and Russia to China and the US.)
        const score = 2 * met(to, turnsTo) + met(from, leaves) + Math.max(met(either, turnsTo), met(either, leaves)) - unmet(from, turnsTo, leaves) - unmet(to, leaves, turnsTo);
        return { key, score, rank: rankOf.get(key) ?? Number.POSITIVE_INFINITY };
      }),
    );
    scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
    const [best, next] = scored;
    return { keys: scored.map((turn) => turn.key), named: best !== undefined && best.score > 0 && best.score > (next?.score ?? 0) ? best.key : undefined };
  }

  /**
   * "How many problems does he list with the partnership": the paragraphs announcing the
   * reading's lists, the list whose paragraphs the question's other words rank highest first.
   * "What are the five problems": a list of that many points first. "The problems he lists": a
   * list making points before one asking questions ("First, are these ...?"), and the reverse for
   * "his three questions".
   */
  private listAnnouncers(ranked: readonly RankedPassage[], count: number | undefined, ofQuestions: boolean, announcedWith?: readonly QueryConcept[]): string[] {
    const rankOf = new Map(ranked.map((hit, i) => [passageKey(hit.passage), i + 1]));
    // "The problems he lists with Sino-Russian relations": a list announced with the question's
    // topic ("several issues casting a shadow over the future of Sino-Russian relations"). "The
    // problems he lists for the pipeline" are no list's: the text answers.
    // ("The problems of the partnership": the essay's "Sino-Russian relations" are the partnership.)
    const announces = (reading: Reading, announcer: number | undefined): boolean => {
      if (announcedWith === undefined) return true;
      const terms = new Set(indexTerms(reading.paragraphs[(announcer ?? 0) - 1]?.text ?? ''));
      const namesTies = [...terms].some((term) => TIES.has(term));
      return announcedWith.every((concept) => holdsConcept(terms, concept, true) || (namesTies && TIES.has(termOf(concept.source))));
    };
    const lists = this.corpus.readings.flatMap((reading) =>
      listsOf(reading).filter((numbers) => announces(reading, numbers[0])).map((numbers) => ({
        keys: numbers.map((n) => `${reading.id}/paragraph/${n}`),
        counted: pointsIn(reading, numbers) === count,
        asks: numbers.slice(1).every((n) => reading.paragraphs[n - 1]?.text.includes('?') === true),
      })),
    );
    const bestRank = (keys: readonly string[]): number => Math.min(...keys.map((key) => rankOf.get(key) ?? Number.POSITIVE_INFINITY));
    // Where the question's other words do not tell the lists apart, the kind asked for does (a
    // student may still call the questions "issues": the words come first).
    return lists
      .map(({ keys, counted, asks }, order) => ({ keys, order, counted, kind: asks === ofQuestions, rank: bestRank(keys) }))
      .sort((a, b) => Number(b.counted) - Number(a.counted) || a.rank - b.rank || Number(b.kind) - Number(a.kind) || a.order - b.order)
      .flatMap(({ keys }) => keys.slice(0, 1));
  }

  /**
   * Reciprocal-rank fusion of the text ranking with the guide's gist ranking and the intent's
   * paragraphs: each list gives 1/(k + rank) times its weight. The text decides; a gist lifts a
   * paragraph whose plain-words summary matches a vague question; an intent brings the
   * paragraphs that sum up or pose questions. Scores of the text list are kept for display ties.
   */
  private fuse(
    textHits: readonly RankedPassage[],
    gistKeys: readonly string[],
    intentKeys: readonly string[],
    weights: { readonly text: number; readonly gist: number; readonly intent: number },
  ): RankedPassage[] {
    const { k } = SEARCH_OPTIONS.fusion;
    const fused = new Map<string, { hit: RankedPassage; score: number; first: number }>();
    const add = (key: string, weight: number, rank: number, hit: RankedPassage | undefined): void => {
      const entry = fused.get(key);
      if (entry !== undefined) {
        entry.score += weight / (k + rank);
        return;
      }
      const id = this.passageIds.get(key);
      const passage = id === undefined ? undefined : this.index.passages[id];
      if (id === undefined || passage === undefined) return;
      const own = hit ?? { id, passage, score: 0, coverage: 0, certainCoverage: 0, matchedTerms: [], matchedWords: 0, bestSentence: undefined };
      fused.set(key, { hit: own, score: weight / (k + rank), first: fused.size });
    };
    // Equal text scores share a rank (1 + how many score higher), so fusion keeps their tie. So
    // do near-equal ones meeting the same words as surely: "why do China and Russia get along"
    // meets its words in seven paragraphs alike, and which scores a little higher says only how
    // long each is; the gists tell them apart.
    let rank = 0;
    let head: RankedPassage | undefined;
    textHits.forEach((hit, i) => {
      const tied = head !== undefined && (hit.score >= (textHits[i - 1]?.score ?? hit.score) || meetsAlike(head, hit));
      if (!tied) {
        rank = i + 1;
        head = hit;
      }
      add(passageKey(hit.passage), weights.text, rank, hit);
    });
    gistKeys.forEach((key, i) => add(key, weights.gist, i + 1, undefined));
    intentKeys.forEach((key, i) => add(key, weights.intent, i + 1, undefined));
    return [...fused.values()]
      .sort((a, b) => b.score - a.score || a.first - b.first)
      .map(({ hit, score }) => ({ ...hit, score: score * 100 }));
  }

  /**
   * Orders ranked hits for display. A footnote is followed by the paragraph(s) citing it (the
   * paragraph shows the footnote); a citing paragraph answering nearly as well on its own comes
   * before it. Nothing is listed twice. Entries are light: only the requested page is rendered.
   */
  private orderForDisplay(hits: readonly RankedPassage[]): DisplayEntry[] {
    const entries: DisplayEntry[] = [];
    const listed = new Set<string>();
    const paragraphHits = new Map<Paragraph, RankedPassage>();
    for (const hit of hits) if (hit.passage.kind === 'paragraph') paragraphHits.set(hit.passage.item, hit);
    const add = (entry: DisplayEntry): void => {
      const item = entry.kind === 'paragraph' ? entry.paragraph : entry.footnote;
      const key = `${item.reading}/${entry.kind}/${item.number}`;
      if (listed.has(key)) return;
      listed.add(key);
      entries.push(entry);
    };
    for (const hit of hits) {
      if (hit.passage.kind === 'paragraph') {
        add({ kind: 'paragraph', paragraph: hit.passage.item, hit });
        continue;
      }
      const footnote = hit.passage.item;
      const citing = footnote.citedBy.flatMap((number) => {
        const paragraph = this.paragraphs.get(`${footnote.reading}/${number}`);
        return paragraph === undefined ? [] : [{ paragraph, own: paragraphHits.get(paragraph) }];
      });
      for (const { paragraph, own } of citing) {
        if (own !== undefined && own.score >= hit.score * SEARCH_OPTIONS.citingParagraphFirst) add({ kind: 'paragraph', paragraph, hit: own });
      }
      const leads = entries.length === 0;
      add({ kind: 'footnote', footnote, hit });
      // A footnote's words (a publisher, a city of publication) say nothing about the paragraph
      // citing it: that paragraph comes right after the footnote only when the question is about
      // the footnote (it leads); otherwise at its own rank, if it has one.
      if (!leads) continue;
      for (const { paragraph, own } of citing) {
        add(own !== undefined ? { kind: 'paragraph', paragraph, hit: own } : { kind: 'paragraph', paragraph, hit, shownFootnote: footnote });
      }
    }
    return entries;
  }

  private render(entry: DisplayEntry, matcher: SentenceMatcher): AnswerResult {
    return entry.kind === 'footnote'
      ? this.footnoteResult(entry.footnote, entry.hit)
      : this.paragraphResult(entry.paragraph, entry.hit, matcher, entry.shownFootnote);
  }

  private paragraphResult(paragraph: Paragraph, hit: RankedPassage, matcher: SentenceMatcher, shownFootnote?: Footnote): ParagraphResult {
    let highlight: string;
    if (shownFootnote !== undefined) {
      // Brought in by its footnote: the sentence carrying the marker is the one to read.
      const list = splitSentences(paragraph.text);
      const marker = superscript(shownFootnote.number);
      highlight = list.find((sentence) => sentence.text.includes(marker))?.text ?? list[0]?.text ?? paragraph.text;
    } else {
      highlight = hit.bestSentence ?? matcher.best(hit.id).text;
    }
    if (!paragraph.text.includes(highlight)) highlight = paragraph.text;
    return {
      kind: 'paragraph',
      reading: paragraph.reading,
      number: paragraph.number,
      text: paragraph.text,
      highlight,
      footnotes: paragraph.footnotes.flatMap((n) => this.footnotes.get(`${paragraph.reading}/${n}`) ?? []),
      score: roundScore(hit.score),
      matchedTerms: hit.matchedTerms,
    };
  }

  private footnoteResult(footnote: Footnote, hit: RankedPassage): FootnoteResult {
    return {
      kind: 'footnote',
      reading: footnote.reading,
      number: footnote.number,
      text: footnote.text,
      citedBy: footnote.citedBy,
      score: roundScore(hit.score),
      matchedTerms: hit.matchedTerms,
    };
  }
}

/** Reading id -> its guide (readings without one are left out). */
export type Guides = ReadonlyMap<string, Guide>;

export interface EngineSources {
  /** Per reading id, its glossary (readings without one are left out); a scope merges its readings'. */
  readonly glossaries?: ReadonlyMap<string, Glossary>;
  /** One glossary for every scope instead (tests and benchmarks). */
  readonly glossary?: Glossary;
  readonly guides?: Guides;
  /**
   * The analysis of a reading when there is one already (a snapshot), else undefined; and where
   * to hand each fresh analysis (to save it). See reading-snapshots.ts.
   */
  readonly savedAnalysis?: (reading: Reading) => ReadingAnalysis | undefined;
  readonly onAnalysed?: (reading: Reading, analysis: ReadingAnalysis) => void;
}

/**
 * Every reading of a course: each analysed on its own (once, or loaded from its snapshot), and one
 * engine per scope (a reading, or all of them) made on first use and kept. A scope's index is one
 * MiniSearch over its readings (buildScopeIndex), so BM25 statistics are the scope's own.
 */
class CourseEngine implements CourseAnswerEngine {
  private readonly scopes = new Map<string, ScopeEngine>();

  constructor(
    readonly corpus: Corpus,
    private readonly sources: EngineSources,
  ) {}

  answer(question: string, options: AnswerOptions = {}): Answer {
    return this.scope(options.reading).answer(question, options);
  }

  prepare(reading?: string): void {
    this.scope(reading);
  }

  /** The engine of a scope, made on first use: a reading id, or ALL_READINGS / undefined for every reading. */
  scope(reading: string | undefined): ScopeEngine {
    if (reading !== undefined && reading !== ALL_READINGS && findReading(this.corpus, reading) === undefined) this.noSuchReading(reading);
    // With one reading, the reading and "all" are the same scope: one index.
    const key = reading === undefined || reading === ALL_READINGS || this.corpus.readings.length === 1 ? ALL_READINGS : reading;
    let engine = this.scopes.get(key);
    if (engine !== undefined) return engine;
    const readings = key === ALL_READINGS ? this.corpus.readings : [findReading(this.corpus, key) ?? this.noSuchReading(key)];
    const ids = new Set(readings.map((r) => r.id));
    const glossary = this.sources.glossary ?? mergeGlossaries(readings.flatMap((r) => this.sources.glossaries?.get(r.id) ?? []));
    const guides = new Map([...(this.sources.guides ?? new Map<string, Guide>())].filter(([id]) => ids.has(id)));
    const scopeCorpus: Corpus = key === ALL_READINGS ? this.corpus : { readings };
    engine = new ScopeEngine(scopeCorpus, buildScopeIndex(readings, readings.map((r) => this.analysis(r))), glossary, guides);
    this.scopes.set(key, engine);
    return engine;
  }

  /**
   * A reading's analysis: its snapshot when there is one, else made now (and handed on to be saved).
   * Not kept once the scope is built: the scope's index holds what it needs, and a course of many
   * readings would otherwise hold every analysis twice.
   */
  private analysis(reading: Reading): ReadingAnalysis {
    const saved = this.sources.savedAnalysis?.(reading);
    if (saved !== undefined) return saved;
    const analysis = analyzeReading(reading);
    this.sources.onAnalysed?.(reading, analysis);
    return analysis;
  }

  private noSuchReading(id: string): never {
    throw lookupError({ kind: 'no-such-reading', id, readings: this.corpus.readings.map((r) => r.id) });
  }
}

/** An engine whose scopes can be made ahead of the first question (at start-up). */
export interface CourseAnswerEngine extends AnswerEngine {
  /** Makes the scope's index now (a reading id, or ALL_READINGS / nothing for every reading). */
  prepare(reading?: string): void;
}

/** Builds an engine over a parsed corpus, with per-reading glossaries (or one for all), guides and snapshots; scopes are made on first use. */
export function createCourseEngine(corpus: Corpus, sources: EngineSources = {}): CourseAnswerEngine {
  return new CourseEngine(corpus, sources);
}

/** Builds an engine over a parsed corpus, with an optional glossary (for every scope) and reading guides; the every-reading scope is made now. */
export function createAnswerEngine(corpus: Corpus, glossary: Glossary = EMPTY_GLOSSARY, guides: Guides = new Map()): CourseAnswerEngine {
  const engine = new CourseEngine(corpus, { glossary, guides });
  engine.prepare();
  return engine;
}

/** `corpus/<reading-id>.guide.txt`: the guide file of a reading. */
export function guideFileFor(corpusDir: string, readingId: string): string {
  return path.join(corpusDir, `${readingId}.guide.txt`);
}

/** Loads every reading's guide file that exists, checked against its reading. */
export function loadCorpusGuides(corpusDir: string, corpus: Corpus): Guides {
  const guides = new Map<string, Guide>();
  for (const reading of corpus.readings) {
    const guide = loadGuideFile(guideFileFor(corpusDir, reading.id));
    if (guide === EMPTY_GUIDE) continue;
    checkGuide(guide, reading);
    guides.set(reading.id, guide);
  }
  return guides;
}

/** Each reading's glossary file (`<reading-id>.glossary.txt`) that exists, by reading id. */
export function loadReadingGlossaries(corpusDir: string, corpus: Corpus): Map<string, Glossary> {
  const glossaries = new Map<string, Glossary>();
  for (const reading of corpus.readings) {
    const glossary = loadGlossaryFile(glossaryFileFor(corpusDir, reading.id));
    if (glossary !== EMPTY_GLOSSARY) glossaries.set(reading.id, glossary);
  }
  return glossaries;
}

/** Loads every glossary file of a corpus's readings (`<reading-id>.glossary.txt`), merged. */
export function loadCorpusGlossary(corpusDir: string, corpus: Corpus): Glossary {
  return mergeGlossaries([...loadReadingGlossaries(corpusDir, corpus).values()]);
}

export interface LoadOptions {
  /** Use the readings' guide files (default true; false measures what they add). */
  readonly guides?: boolean;
  /** Saved analyses and where to save fresh ones (see reading-snapshots.ts). */
  readonly savedAnalysis?: EngineSources['savedAnalysis'];
  readonly onAnalysed?: EngineSources['onAnalysed'];
}

/** loadCorpus(dir) plus every reading's glossary and guide file in dir. */
export function loadAnswerEngine(corpusDir: string, options: LoadOptions = {}): CourseAnswerEngine {
  return engineForCorpus(corpusDir, loadCorpus(corpusDir), options);
}

/** An engine over an already loaded corpus, with its readings' glossary and guide files from corpusDir. */
export function engineForCorpus(corpusDir: string, corpus: Corpus, options: LoadOptions = {}): CourseAnswerEngine {
  const guides = options.guides === false ? new Map<string, Guide>() : loadCorpusGuides(corpusDir, corpus);
  return new CourseEngine(corpus, {
    glossaries: loadReadingGlossaries(corpusDir, corpus),
    guides,
    ...(options.savedAnalysis !== undefined ? { savedAnalysis: options.savedAnalysis } : {}),
    ...(options.onAnalysed !== undefined ? { onAnalysed: options.onAnalysed } : {}),
  });
}
