// The MiniSearch index over every paragraph and footnote of a corpus, plus the vocabulary the
// query side needs (document frequencies for rarity, surface words for typos and suggestions).
// Passages are analysed once here; MiniSearch receives their terms already made.
import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Footnote, Paragraph } from '../corpus/types.js';
import { superscript } from '../corpus/parse-reading.js';
import { indexTerms, termOf, tokenize } from './analyze.js';
import { splitSentences } from './sentences.js';
import { SEARCH_OPTIONS } from './search-options.js';
import { comparePassages } from './passage-order.js';

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
  /** Index terms with their document frequency, as a radix tree for prefix expansion. */
  readonly terms: SearchableMap<number>;
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

interface Vocabulary {
  documentFrequency: Map<string, number>;
  words: Map<string, [string, number]>;
}

function toDocument(corpus: Corpus, passage: Passage, id: number, vocabulary: Vocabulary): IndexDocument {
  const tokens = tokenize(passage.item.text, true);
  const textTerms: string[] = [];
  for (const token of tokens) {
    if (token.stop) continue;
    textTerms.push(token.term);
    // Surface words (for typo neighbours and suggestions): whole words of letters only.
    if (token.joined || token.word.length < 3 || !(ASCII_LETTERS.test(token.word) || LETTERS.test(token.word))) continue;
    const entry = vocabulary.words.get(token.word);
    if (entry === undefined) vocabulary.words.set(token.word, [token.term, 1]);
    else entry[1] += 1;
  }
  const contextTerms = passage.kind === 'footnote' ? indexTerms(citingContext(corpus, passage.item)) : [];
  const label = passage.kind === 'footnote' ? FOOTNOTE_LABEL : '';
  const distinct = new Set(textTerms);
  for (const term of contextTerms) distinct.add(term);
  if (label !== '') distinct.add(label);
  for (const term of distinct) {
    vocabulary.documentFrequency.set(term, (vocabulary.documentFrequency.get(term) ?? 0) + 1);
  }
  return { id, text: textTerms.join(' '), context: contextTerms.join(' '), label };
}

const ASCII_LETTERS = /^[a-z]+$/;
const LETTERS = /^\p{L}+$/u;

function assemble(
  miniSearch: MiniSearch<IndexDocument>,
  passages: readonly Passage[],
  documentFrequency: ReadonlyMap<string, number>,
  wordList: readonly (readonly [string, readonly [string, number]])[],
): PassageIndex {
  // The radix trees serve only words the essay does not use (typos, prefixes, suggestions), so
  // they are built on first need: loading a saved index stays a parse and a MiniSearch load.
  let terms: SearchableMap<number> | undefined;
  let wordMap: SearchableMap<readonly [string, number]> | undefined;
  const sorted = passages.map((passage, id) => ({ passage, id })).sort((a, b) => comparePassages({ score: 0, passage: a.passage }, { score: 0, passage: b.passage }));
  const order = new Int32Array(passages.length);
  sorted.forEach((entry, place) => {
    order[entry.id] = place;
  });
  return {
    miniSearch,
    passages,
    order,
    documentCount: passages.length,
    documentFrequency,
    wordList,
    get terms(): SearchableMap<number> {
      if (terms === undefined) {
        terms = new SearchableMap<number>();
        for (const [term, count] of documentFrequency) terms.set(term, count);
      }
      return terms;
    },
    get words(): SearchableMap<readonly [string, number]> {
      if (wordMap === undefined) {
        wordMap = new SearchableMap<readonly [string, number]>();
        for (const [word, entry] of wordList) wordMap.set(word, entry);
      }
      return wordMap;
    },
  };
}

/** Builds the index for a corpus (analysis + MiniSearch). */
export function buildPassageIndex(corpus: Corpus): PassageIndex {
  const passages = listPassages(corpus);
  const vocabulary: Vocabulary = { documentFrequency: new Map(), words: new Map() };
  const documents = passages.map((passage, id) => toDocument(corpus, passage, id, vocabulary));
  const miniSearch = new MiniSearch<IndexDocument>(miniSearchOptions());
  miniSearch.addAll(documents);
  return assemble(miniSearch, passages, vocabulary.documentFrequency, [...vocabulary.words]);
}

// A saved index: MiniSearch's own JSON plus our vocabulary, the vocabulary packed as a few long
// strings and number arrays (parsing 100,000 small arrays would cost more than MiniSearch's load).
interface Snapshot {
  readonly format: 'essay-circle-index';
  readonly indexVersion: number;
  /** Number of passages and a checksum of their keys: the snapshot belongs to this corpus. */
  readonly passageCount: number;
  readonly passageChecksum: string;
  /** Index terms joined by "\n" (terms never hold one), with their document frequencies. */
  readonly terms: string;
  readonly frequencies: readonly number[];
  /** Surface words joined by "\n", each with its term (a position in `terms`) and count. */
  readonly words: string;
  readonly wordTerms: readonly number[];
  readonly wordCounts: readonly number[];
  readonly miniSearch: unknown;
}

/** FNV-1a over the passage keys: cheap, stable, enough to tell another corpus from this one. */
function passageChecksum(passages: readonly Passage[]): string {
  let hash = 0x811c9dc5;
  for (const passage of passages) {
    const key = `${passageKey(passage)}\n`;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16);
}

/** Serialises the index (MiniSearch's own JSON plus our vocabulary) to a JSON string. */
export function serializePassageIndex(index: PassageIndex): string {
  const terms = [...index.documentFrequency.keys()];
  const position = new Map(terms.map((term, i) => [term, i]));
  const snapshot: Snapshot = {
    format: 'essay-circle-index',
    indexVersion: SEARCH_OPTIONS.indexVersion,
    passageCount: index.passages.length,
    passageChecksum: passageChecksum(index.passages),
    terms: terms.join('\n'),
    frequencies: [...index.documentFrequency.values()],
    words: index.wordList.map(([word]) => word).join('\n'),
    wordTerms: index.wordList.map(([, [term]]) => position.get(term) ?? -1),
    wordCounts: index.wordList.map(([, [, count]]) => count),
    miniSearch: index.miniSearch.toJSON(),
  };
  return JSON.stringify(snapshot);
}

function split(packed: string | undefined): string[] {
  return packed === undefined || packed === '' ? [] : packed.split('\n');
}

/**
 * Loads an index saved by serializePassageIndex for the same corpus (MiniSearch.loadJS with the
 * same options). Throws if the snapshot is of another format, version or corpus.
 */
export function loadPassageIndex(corpus: Corpus, json: string): PassageIndex {
  const snapshot = JSON.parse(json) as Partial<Snapshot>;
  if (snapshot.format !== 'essay-circle-index' || snapshot.indexVersion !== SEARCH_OPTIONS.indexVersion) {
    throw new Error(`search: saved index is not an essay-circle index of version ${SEARCH_OPTIONS.indexVersion}; rebuild it`);
  }
  const passages = listPassages(corpus);
  if (snapshot.passageCount !== passages.length || snapshot.passageChecksum !== passageChecksum(passages)) {
    throw new Error(`search: saved index holds ${snapshot.passageCount ?? 0} passages that do not match the corpus (${passages.length}); rebuild it`);
  }
  const miniSearch = MiniSearch.loadJS<IndexDocument>(snapshot.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
  const terms = split(snapshot.terms);
  const frequencies = snapshot.frequencies ?? [];
  const documentFrequency = new Map<string, number>();
  terms.forEach((term, i) => documentFrequency.set(term, frequencies[i] ?? 0));
  const wordTerms = snapshot.wordTerms ?? [];
  const wordCounts = snapshot.wordCounts ?? [];
  const words = split(snapshot.words).map(
    (word, i) => [word, [terms[wordTerms[i] ?? -1] ?? termOf(word), wordCounts[i] ?? 0] as const] as const,
  );
  // Vocabulary kept as given; radix trees come on first use (see assemble).
  return assemble(miniSearch, passages, documentFrequency, words);
}
