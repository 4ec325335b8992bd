// The MiniSearch index over every paragraph and footnote of a corpus, plus the vocabulary the
// query side needs (document frequencies for rarity, surface words for typos and suggestions).
// Passages are analysed once here; MiniSearch receives their terms already made.
import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Footnote, Paragraph, Reading } from '../corpus/types.js';
import { superscript } from '../corpus/parse-reading.js';
import { indexTerms, termOf, tokenize } from './analyze.js';
import { splitSentences } from './sentences.js';
import { SEARCH_OPTIONS } from './search-options.js';
import { comparePassages } from './passage-order.js';
import { insertionOrderedMapOf, searchableMapOf, sortedOrder } from './radix-tree.js';

export type Passage =
  | { readonly kind: 'paragraph'; readonly item: Paragraph }
  | { readonly kind: 'footnote'; readonly item: Footnote };

interface IndexDocument {
  readonly id: number;
  readonly text: string;
  readonly context: string;
  readonly label: string;
}

export interface PassageIndex {
  readonly miniSearch: MiniSearch<IndexDocument>;
  /** Passages by MiniSearch id (their position in corpus order). */
  readonly passages: readonly Passage[];
  /** Per id, the passage's place in (reading id, kind, number) order: the tie-break of equal scores. */
  readonly order: Int32Array;
  readonly documentCount: number;
  /** Number of passages holding each index term. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /**
   * Index terms starting with `prefix`, with their document frequency, for prefix expansion. Read
   * from MiniSearch's own radix tree of the terms (the same keys, put in the same order as a tree
   * of our own would be, so the same order of iteration), rather than a second tree built alike.
   */
  termsWithPrefix(prefix: string): Iterable<readonly [string, number]>;
  /** Folded surface words of the passages -> [index term, occurrences], for typos and suggestions. */
  readonly words: SearchableMap<readonly [string, number]>;
  /** The same vocabulary as a plain list (what a saved index stores). */
  readonly wordList: readonly (readonly [string, readonly [string, number]])[];
}

/** MiniSearch options: built from SEARCH_OPTIONS; terms arrive pre-analysed, space-separated. */
export function miniSearchOptions(): Options<IndexDocument> {
  return {
    idField: 'id',
    fields: [...SEARCH_OPTIONS.fields],
    storeFields: [],
    tokenize: (text: string) => (text === '' ? [] : text.split(' ')),
    processTerm: (term: string) => term,
    searchOptions: {
      boost: { ...SEARCH_OPTIONS.boost },
      bm25: { ...SEARCH_OPTIONS.bm25 },
      prefix: false,
      fuzzy: false,
    },
  };
}

export function passageKey(passage: Passage): string {
  return `${passage.item.reading}/${passage.kind}/${passage.item.number}`;
}

/** Every paragraph then every footnote of each reading, readings in corpus order. */
export function listPassages(corpus: Corpus): Passage[] {
  return corpus.readings.flatMap((reading) => [
    ...reading.paragraphs.map((item): Passage => ({ kind: 'paragraph', item })),
    ...reading.footnotes.map((item): Passage => ({ kind: 'footnote', item })),
  ]);
}

/** The sentences of the paragraphs citing a footnote that carry its marker. */
function citingContext(corpus: Corpus, footnote: Footnote): string {
  const reading = corpus.readings.find((candidate) => candidate.id === footnote.reading);
  if (reading === undefined) return '';
  return footnote.citedBy
    .flatMap((number) => {
      const paragraph = reading.paragraphs[number - 1];
      if (paragraph === undefined) return [];
      const sentences = splitSentences(paragraph.text);
      // The sentence holding the marker, and the one before it: markers close a sentence or clause.
      const at = sentences.findIndex((sentence) => sentence.text.includes(superscript(footnote.number)));
      if (at < 0) return [];
      return sentences.slice(Math.max(0, at - 1), at + 1).map((sentence) => sentence.text);
    })
    .join(' ');
}

// Every footnote is indexed under the word "footnote" (field `label`), see SEARCH_OPTIONS.fields.
export const FOOTNOTE_LABEL = termOf('footnote');

/**
 * A passage's terms per MiniSearch field, in text order (what `addAll` would tokenize): the text's
 * terms, a footnote's citing context, a footnote's label. Collects the surface words on the way.
 */
export function passageFieldTerms(corpus: Corpus, passage: Passage, words?: Map<string, [string, number]>): [string[], string[], string[]] {
  const textTerms: string[] = [];
  for (const token of tokenize(passage.item.text, true)) {
    if (token.stop) continue;
    textTerms.push(token.term);
    // Surface words (for typo neighbours and suggestions): whole words of letters only.
    if (words === undefined || token.joined || token.word.length < 3 || !(ASCII_LETTERS.test(token.word) || LETTERS.test(token.word))) continue;
    const entry = words.get(token.word);
    if (entry === undefined) words.set(token.word, [token.term, 1]);
    else entry[1] += 1;
  }
  const contextTerms = passage.kind === 'footnote' ? indexTerms(citingContext(corpus, passage.item)) : [];
  return [textTerms, contextTerms, passage.kind === 'footnote' ? [FOOTNOTE_LABEL] : []];
}

/**
 * One reading analysed on its own, once: what its index needs (each passage's term counts) and
 * what the query side needs (document frequencies, surface words for typos). A scope's index is
 * assembled from the analyses of its readings, so a reading is never re-tokenized for a scope,
 * and the analysis is what a saved index holds (see reading-snapshots.ts). Term counts are flat
 * integer arrays, not a tuple per term: a snapshot stores them as they are, and the index is
 * built from them without making millions of small objects first.
 */
export interface ReadingAnalysis {
  readonly reading: string;
  /** Number of passages (listPassages order: paragraphs, then footnotes). */
  readonly passages: number;
  /** The reading's index terms, in order of first occurrence (passage, field, text order). */
  readonly terms: readonly string[];
  /** The terms' positions sorted by term (UTF-16 order): a saved analysis keeps it, so a load does not sort them again to make the index's tree. */
  readonly termOrder: Int32Array;
  /** Per term (same position), the number of the reading's passages holding it. */
  readonly documentFrequency: Int32Array;
  /**
   * Per passage, per MiniSearch field (SEARCH_OPTIONS.fields order): the number of distinct terms,
   * then that many (term position, count) pairs, in order of first occurrence (the order
   * MiniSearch's own `add` meets them).
   */
  readonly termCounts: Int32Array;
  /** Folded surface words -> [index term, occurrences], sorted by word. */
  readonly words: readonly (readonly [string, readonly [string, number]])[];
}

/** Analyses one reading (tokenize, fold, stem): the costly step, done once per reading. */
export function analyzeReading(reading: Reading): ReadingAnalysis {
  const corpus: Corpus = { readings: [reading] };
  const position = new Map<string, number>();
  const documentFrequency: number[] = [];
  const termCounts: number[] = [];
  const words = new Map<string, [string, number]>();
  const passages = listPassages(corpus);
  for (const passage of passages) {
    const distinct = new Set<number>();
    for (const terms of passageFieldTerms(corpus, passage, words)) {
      const counts = new Map<number, number>();
      for (const term of terms) {
        let at = position.get(term);
        if (at === undefined) position.set(term, (at = position.size));
        counts.set(at, (counts.get(at) ?? 0) + 1);
        distinct.add(at);
      }
      termCounts.push(counts.size);
      for (const [at, count] of counts) termCounts.push(at, count);
    }
    for (const at of distinct) documentFrequency[at] = (documentFrequency[at] ?? 0) + 1;
  }
  const terms = [...position.keys()];
  return {
    reading: reading.id,
    passages: passages.length,
    terms,
    termOrder: sortedOrder(terms),
    documentFrequency: Int32Array.from(documentFrequency),
    termCounts: Int32Array.from(termCounts),
    words: sortedByKey([...words]),
  };
}

/** Entries sorted by key (UTF-16 order): how the typo vocabulary is kept, so its radix tree is made in one pass (radix-tree.ts). */
function sortedByKey<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const ASCII_LETTERS = /^[a-z]+$/;
const LETTERS = /^\p{L}+$/u;

function assemble(
  miniSearch: MiniSearch<IndexDocument>,
  passages: readonly Passage[],
  documentFrequency: ReadonlyMap<string, number>,
  wordList: readonly (readonly [string, readonly [string, number]])[],
): PassageIndex {
  // The tree of words serves only words the essay does not use (typos, suggestions), so it is
  // built on first need (prepareTypoStructures asks for it at start-up).
  let wordMap: SearchableMap<readonly [string, number]> | undefined;
  const sorted = passages.map((passage, id) => ({ passage, id })).sort((a, b) => comparePassages({ score: 0, passage: a.passage }, { score: 0, passage: b.passage }));
  const order = new Int32Array(passages.length);
  sorted.forEach((entry, place) => {
    order[entry.id] = place;
  });
  const termTree = (miniSearch as unknown as MiniSearchInternals)._index;
  return {
    miniSearch,
    passages,
    order,
    documentCount: passages.length,
    documentFrequency,
    wordList,
    *termsWithPrefix(prefix: string): Generator<readonly [string, number]> {
      for (const [term] of termTree.atPrefix(prefix)) yield [term, documentFrequency.get(term) ?? 0];
    },
    get words(): SearchableMap<readonly [string, number]> {
      wordMap ??= searchableMapOf(wordList);
      return wordMap;
    },
  };
}

/** MiniSearch's serialized shape (serializationVersion 2), which MiniSearch.loadJS takes. */
type MiniSearchJs = Parameters<typeof MiniSearch.loadJS>[0];

/**
 * The fields of a MiniSearch 7.2 instance that `loadJS` fills from the serialized shape (see its
 * source): term -> field id -> document id -> count, and the per-document maps. Filled here
 * directly, because building 20,000 passages' worth of numeric-keyed objects only for loadJS to
 * turn them back into these Maps cost more than the analysis itself (bench: 4.5 s of 11 s).
 */
interface MiniSearchInternals {
  _index: SearchableMap<Map<number, Map<number, number>>>;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldLength: Map<number, number[]>;
}

/** A reading's analysis as part of a scope: its passages' ids start at `firstId`, its term positions map to the scope's. */
interface ScopePart {
  readonly analysis: ReadingAnalysis;
  readonly firstId: number;
  /** Reading term position -> scope term position. */
  readonly scopeTerm: Int32Array;
}

/**
 * MiniSearch over analysed passages, made from the term counts instead of `addAll`
 * re-tokenizing: the same structure, field lengths and running averages as `addAll` would make
 * (tests/search/passage-index.test.ts compares their toJSON()), in a fraction of the time.
 *
 * The postings are first sorted by term (a counting sort over flat arrays), then each term's
 * Maps are made in one go: filling every term's Maps passage by passage instead (as `add` does)
 * touches 100,000+ growing Maps at once and was four times slower at 20,000 passages.
 */
// Relies on MiniSearch 7.2.x's internals (the fields above, serializationVersion 2): package.json pins ~7.2.0.
function miniSearchFrom(terms: readonly string[], termOrder: Int32Array, parts: readonly ScopePart[], documentCount: number): MiniSearch<IndexDocument> {
  const fieldCount = SEARCH_OPTIONS.fields.length;
  const documentIds = new Map<number, number>();
  const fieldLength = new Map<number, number[]>();
  const averageFieldLength: number[] = new Array<number>(fieldCount).fill(0);
  // Pass 1: field lengths, and how many postings each term has (its slot in the sorted arrays).
  const termStart = new Int32Array(terms.length + 1);
  for (const { analysis, firstId, scopeTerm } of parts) {
    const counts = analysis.termCounts;
    let at = 0;
    for (let id = firstId; id < firstId + analysis.passages; id++) {
      documentIds.set(id, id);
      const lengths: number[] = [];
      for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
        const size = counts[at++]!;
        lengths.push(size);
        // MiniSearch keeps a running mean (addFieldLength); computed the same way, to the last bit.
        averageFieldLength[fieldId] = (averageFieldLength[fieldId]! * id + size) / (id + 1);
        for (let end = at + 2 * size; at < end; at += 2) termStart[scopeTerm[counts[at]!]! + 1]! += 1;
      }
      fieldLength.set(id, lengths);
    }
  }
  for (let t = 0; t < terms.length; t++) termStart[t + 1]! += termStart[t]!;
  // Pass 2: the postings by term, each term's in (passage, field) order: the order `add` makes them in.
  const postings = termStart[terms.length]!;
  const postingId = new Int32Array(postings);
  const postingField = new Uint8Array(postings);
  const postingCount = new Int32Array(postings);
  const next = termStart.slice(0, terms.length);
  for (const { analysis, firstId, scopeTerm } of parts) {
    const counts = analysis.termCounts;
    let at = 0;
    for (let id = firstId; id < firstId + analysis.passages; id++) {
      for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
        const size = counts[at++]!;
        for (let end = at + 2 * size; at < end; at += 2) {
          const slot = next[scopeTerm[counts[at]!]!]!++;
          postingId[slot] = id;
          postingField[slot] = fieldId;
          postingCount[slot] = counts[at + 1]!;
        }
      }
    }
  }
  // The postings' Maps, then the radix tree of the terms made in one pass, yet as `add` (one `set`
  // per term, in order of first occurrence) makes it: the same tree, the same toJSON(), the same
  // order of iteration. Inserting term by term walked and split the tree 100,000+ times.
  const values = new Array<Map<number, Map<number, number>>>(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const byField = new Map<number, Map<number, number>>();
    for (let slot = termStart[t]!; slot < termStart[t + 1]!; slot++) {
      let byDocument = byField.get(postingField[slot]!);
      if (byDocument === undefined) byField.set(postingField[slot]!, (byDocument = new Map()));
      byDocument.set(postingId[slot]!, postingCount[slot]!);
    }
    values[t] = byField;
  }
  const index = insertionOrderedMapOf(terms, values, termOrder);
  const empty = {
    documentCount,
    nextId: documentCount,
    documentIds: {},
    fieldIds: Object.fromEntries(SEARCH_OPTIONS.fields.map((field, i) => [field, i])),
    fieldLength: {},
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  } as unknown as MiniSearchJs;
  const miniSearch = MiniSearch.loadJS<IndexDocument>(empty, miniSearchOptions());
  const internals = miniSearch as unknown as MiniSearchInternals;
  internals._index = index;
  internals._documentIds = documentIds;
  internals._idToShortId = new Map(documentIds);
  internals._fieldLength = fieldLength;
  return miniSearch;
}

/**
 * The index of a scope: the readings given (in corpus order) with their analyses, numbered in
 * listPassages order. One MiniSearch over the scope, so BM25 statistics are the scope's own.
 */
export function buildScopeIndex(readings: readonly Reading[], analyses: readonly ReadingAnalysis[]): PassageIndex {
  const passages = listPassages({ readings });
  const documentCount = analyses.reduce((sum, analysis) => sum + analysis.passages, 0);
  if (documentCount !== passages.length) throw new Error(`search: the analyses hold ${documentCount} passages but the readings ${passages.length}`);
  // The scope's terms in order of first occurrence, with their summed document frequencies.
  const documentFrequency = new Map<string, number>();
  const scopePosition = new Map<string, number>();
  const parts: ScopePart[] = [];
  const single = analyses.length === 1 ? analyses[0] : undefined;
  if (single !== undefined) {
    // One reading: the scope's terms are the reading's, in its order; no second map of positions.
    const scopeTerm = new Int32Array(single.terms.length);
    single.terms.forEach((term, t) => {
      scopeTerm[t] = t;
      documentFrequency.set(term, single.documentFrequency[t]!);
    });
    parts.push({ analysis: single, firstId: 0, scopeTerm });
  } else {
    let firstId = 0;
    for (const analysis of analyses) {
      const scopeTerm = new Int32Array(analysis.terms.length);
      analysis.terms.forEach((term, t) => {
        let at = scopePosition.get(term);
        if (at === undefined) scopePosition.set(term, (at = scopePosition.size));
        scopeTerm[t] = at;
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + analysis.documentFrequency[t]!);
      });
      parts.push({ analysis, firstId, scopeTerm });
      firstId += analysis.passages;
    }
  }
  let words: (readonly [string, readonly [string, number]])[];
  const terms = single?.terms ?? [...scopePosition.keys()];
  // A reading's sorted order of terms serves its own scope; a scope of several sorts the union.
  const termOrder = single?.termOrder ?? sortedOrder(terms);
  if (single !== undefined) {
    words = [...single.words];
  } else {
    const merged = new Map<string, [string, number]>();
    for (const analysis of analyses) {
      for (const [word, [term, count]] of analysis.words) {
        const entry = merged.get(word);
        if (entry === undefined) merged.set(word, [term, count]);
        else entry[1] += count;
      }
    }
    words = sortedByKey([...merged]);
  }
  return assemble(miniSearchFrom(terms, termOrder, parts, documentCount), passages, documentFrequency, words);
}

/** Builds the index for a corpus (analysis of each reading, then one MiniSearch). */
export function buildPassageIndex(corpus: Corpus): PassageIndex {
  return buildScopeIndex(corpus.readings, corpus.readings.map(analyzeReading));
}
