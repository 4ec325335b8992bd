// Question -> Answer: the best paragraphs and footnotes, each paragraph with the footnotes it
// cites and its best sentence, or an honest no-match with suggestions and the nearest paragraphs.
// Pure and synchronous once built; every front end (console, CLI, Discord) renders these answers.
import path from 'node:path';
import { loadCorpus } from '../corpus/load-corpus.js';
import { superscript } from '../corpus/parse-reading.js';
import type { Corpus, Footnote, Paragraph } from '../corpus/types.js';
import { compileGlossary, EMPTY_GLOSSARY, loadGlossaryFile, mergeGlossaries } from '../search/glossary.js';
import type { Glossary, GlossaryRule } from '../search/glossary.js';
import { buildPassageIndex, loadPassageIndex, serializePassageIndex } from '../search/passage-index.js';
import type { PassageIndex } from '../search/passage-index.js';
import { analyzeQuestion } from '../search/query.js';
import type { QueryConcept } from '../search/query.js';
import { bestSentenceOf, rankPassages, SentenceCache } from '../search/rank.js';
import type { RankedPassage } from '../search/rank.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';
import { splitSentences } from '../search/sentences.js';
import type { Answer, AnswerOptions, AnswerResult, FootnoteResult, ParagraphResult } from './types.js';

export interface AnswerEngine {
  readonly corpus: Corpus;
  /** Pure, synchronous, deterministic; never throws for any string. */
  answer(question: string, options?: AnswerOptions): Answer;
}

/** A result before rendering: which passage, its ranking, and for a brought-in paragraph the footnote it shows. */
type DisplayEntry =
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph; readonly hit: RankedPassage; readonly shownFootnote?: Footnote }
  | { readonly kind: 'footnote'; readonly footnote: Footnote; readonly hit: RankedPassage };

const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 100;
const NEAREST = 3;

// The index behind each engine, for serializeIndex (kept out of the public interface so fakes of
// AnswerEngine stay two members long).
const indexes = new WeakMap<AnswerEngine, PassageIndex>();

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

/**
 * The relevance threshold: the best passage surely covers enough of the question's weight (a
 * word met through the glossary or a typo guess counts less than the word itself), or it meets
 * at least two of the question's words and a fair part of its weight (students add words of
 * their own; an off-topic question meets one common essay word at best).
 */
function isAnswered(best: RankedPassage): boolean {
  if (best.certainCoverage >= SEARCH_OPTIONS.minCoverage) return true;
  return best.matchedWords >= 2 && best.certainCoverage >= SEARCH_OPTIONS.minCoverageWithTwoWords;
}

class Engine implements AnswerEngine {
  private readonly rules: ReadonlyMap<string, readonly GlossaryRule[]>;
  private readonly sentences: SentenceCache;
  private readonly footnotes = new Map<string, Footnote>();
  private readonly paragraphs = new Map<string, Paragraph>();

  constructor(
    readonly corpus: Corpus,
    private readonly index: PassageIndex,
    glossary: Glossary,
  ) {
    this.rules = compileGlossary(glossary);
    this.sentences = new SentenceCache(index);
    for (const reading of corpus.readings) {
      for (const footnote of reading.footnotes) this.footnotes.set(`${reading.id}/${footnote.number}`, footnote);
      for (const paragraph of reading.paragraphs) this.paragraphs.set(`${reading.id}/${paragraph.number}`, paragraph);
    }
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    const text = typeof question === 'string' ? question : '';
    const limit = clampInteger(options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    const offset = clampInteger(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const { concepts, suggestions } = analyzeQuestion(text, this.index, this.rules);
    const ranked = rankPassages(this.index, concepts, this.sentences);
    const best = ranked[0];
    if (best === undefined || !isAnswered(best)) {
      const nearest = ranked
        .flatMap((hit) => (hit.passage.kind === 'paragraph' ? [{ paragraph: hit.passage.item, hit }] : []))
        .slice(0, NEAREST)
        .map(({ paragraph, hit }) => this.paragraphResult(paragraph, hit, concepts));
      return { kind: 'no-match', question: text, suggestions, nearest };
    }
    const minCoverage = Math.min(SEARCH_OPTIONS.minCoverage, best.coverage * SEARCH_OPTIONS.minRelativeCoverage);
    const relevant = ranked.filter((hit) => hit.coverage >= minCoverage && hit.score >= best.score * SEARCH_OPTIONS.minRelativeScore);
    const entries = this.orderForDisplay(relevant);
    const page = entries.slice(offset, offset + limit).map((entry) => this.render(entry, concepts));
    const matched = new Set(page.flatMap((result) => result.matchedTerms));
    return {
      kind: 'answer',
      question: text,
      results: page,
      total: entries.length,
      matchedTerms: concepts.map((concept) => concept.source).filter((source) => matched.has(source)),
      suggestions,
    };
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
      add({ kind: 'footnote', footnote, hit });
      for (const { paragraph, own } of citing) {
        add(own !== undefined ? { kind: 'paragraph', paragraph, hit: own } : { kind: 'paragraph', paragraph, hit, shownFootnote: footnote });
      }
    }
    return entries;
  }

  private render(entry: DisplayEntry, concepts: readonly QueryConcept[]): AnswerResult {
    return entry.kind === 'footnote'
      ? this.footnoteResult(entry.footnote, entry.hit)
      : this.paragraphResult(entry.paragraph, entry.hit, concepts, entry.shownFootnote);
  }

  private paragraphResult(paragraph: Paragraph, hit: RankedPassage, concepts: readonly QueryConcept[], shownFootnote?: Footnote): ParagraphResult {
    let highlight: string;
    if (shownFootnote !== undefined) {
      // Brought in by its footnote: the sentence carrying the marker is the one to read.
      const list = splitSentences(paragraph.text);
      const marker = superscript(shownFootnote.number);
      highlight = list.find((sentence) => sentence.text.includes(marker))?.text ?? list[0]?.text ?? paragraph.text;
    } else {
      highlight = hit.bestSentence ?? bestSentenceOf(concepts, this.sentences, hit.id).text;
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

function engineFor(corpus: Corpus, index: PassageIndex, glossary: Glossary): AnswerEngine {
  const engine = new Engine(corpus, index, glossary);
  indexes.set(engine, index);
  return engine;
}

/** Builds an engine over a parsed corpus, with an optional (merged) glossary. */
export function createAnswerEngine(corpus: Corpus, glossary: Glossary = EMPTY_GLOSSARY): AnswerEngine {
  return engineFor(corpus, buildPassageIndex(corpus), glossary);
}

/** Loads every glossary file of a corpus's readings (`<reading-id>.glossary.txt`), merged. */
export function loadCorpusGlossary(corpusDir: string, corpus: Corpus): Glossary {
  return mergeGlossaries(corpus.readings.map((reading) => loadGlossaryFile(glossaryFileFor(corpusDir, reading.id))));
}

/** loadCorpus(dir) plus every reading's glossary file in dir. */
export function loadAnswerEngine(corpusDir: string): AnswerEngine {
  const corpus = loadCorpus(corpusDir);
  return createAnswerEngine(corpus, loadCorpusGlossary(corpusDir, corpus));
}

/** The engine's index as a JSON string (MiniSearch's toJSON plus our vocabulary). */
export function serializeIndex(engine: AnswerEngine): string {
  const index = indexes.get(engine);
  if (index === undefined) throw new Error('answers: serializeIndex needs an engine made by createAnswerEngine or loadAnswerEngineFromSnapshot');
  return serializePassageIndex(index);
}

/** An engine over `corpus` from a saved index (no re-analysis); throws if it is not that corpus's. */
export function loadAnswerEngineFromSnapshot(corpus: Corpus, snapshotJson: string, glossary: Glossary = EMPTY_GLOSSARY): AnswerEngine {
  return engineFor(corpus, loadPassageIndex(corpus, snapshotJson), glossary);
}
