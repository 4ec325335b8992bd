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
const FOOTNOTE_LABEL = termOf('footnote');

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
  return {
    miniSearch,
    passages,
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

interface Snapshot {
  readonly format: 'essay-circle-index';
  readonly indexVersion: number;
  readonly passages: readonly string[];
  readonly documentFrequency: readonly (readonly [string, number])[];
  readonly words: readonly (readonly [string, string, number])[];
  readonly miniSearch: unknown;
}

/** Serialises the index (MiniSearch's own JSON plus our vocabulary) to a JSON string. */
export function serializePassageIndex(index: PassageIndex): string {
  const words: [string, string, number][] = [];
  for (const [word, [term, count]] of index.wordList) words.push([word, term, count]);
  const snapshot: Snapshot = {
    format: 'essay-circle-index',
    indexVersion: SEARCH_OPTIONS.indexVersion,
    passages: index.passages.map(passageKey),
    documentFrequency: [...index.documentFrequency],
    words,
    miniSearch: index.miniSearch.toJSON(),
  };
  return JSON.stringify(snapshot);
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
  const keys = snapshot.passages ?? [];
  if (keys.length !== passages.length || passages.some((passage, i) => passageKey(passage) !== keys[i])) {
    throw new Error(`search: saved index holds ${keys.length} passages that do not match the corpus (${passages.length}); rebuild it`);
  }
  const miniSearch = MiniSearch.loadJS<IndexDocument>(snapshot.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
  const words = (snapshot.words ?? []).map(([word, term, count]) => [word, [term, count]] as const);
  // Vocabulary kept as given; radix trees come on first use (see assemble).
  return assemble(miniSearch, passages, new Map(snapshot.documentFrequency ?? []), words);
}
