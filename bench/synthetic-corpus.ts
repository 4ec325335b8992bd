// Deterministic synthetic corpora for the scale section: passages of about 150 words drawn from a
// Zipf-Mandelbrot vocabulary (English function words at the head, real English word families with
// their inflections through the middle, generated pseudo-words in the long tail), and queries drawn
// from the passages, some with another inflection or a typo so that stemming and fuzziness matter.
import type { Corpus, Paragraph, Reading } from '../src/corpus/types.js';
import { mulberry32 } from '../tests/support/seeded-random.js';
import { paragraphId, type Passage } from './passages.js';

export { mulberry32 };

export const SYNTHETIC_READING_ID = 'synthetic';
export const DEFAULT_SEED = 20260529;

const FUNCTION_WORDS = [
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'by', 'on',
  'be', 'this', 'are', 'from', 'at', 'or', 'an', 'which', 'not', 'but', 'have', 'its', 'were', 'has',
  'their', 'they', 'between', 'also', 'more', 'would', 'been', 'other', 'into', 'after', 'these',
];

// Real word families: the first form is the base; queries may swap a form for a sibling.
const WORD_FAMILIES: readonly (readonly string[])[] = [
  ['negotiate', 'negotiates', 'negotiated', 'negotiating', 'negotiation', 'negotiations'],
  ['relation', 'relations', 'relationship', 'relationships', 'related'],
  ['policy', 'policies'],
  ['economy', 'economic', 'economics', 'economies'],
  ['develop', 'developed', 'developing', 'development', 'developments'],
  ['agree', 'agreed', 'agreement', 'agreements'],
  ['cooperate', 'cooperated', 'cooperation', 'cooperative'],
  ['trade', 'trades', 'traded', 'trading', 'trader'],
  ['secure', 'security', 'securities', 'secured'],
  ['govern', 'government', 'governments', 'governed', 'governing'],
  ['strategy', 'strategic', 'strategies', 'strategically'],
  ['partner', 'partners', 'partnership', 'partnerships'],
  ['invest', 'investment', 'investments', 'invested', 'investing'],
  ['border', 'borders', 'bordered', 'bordering'],
  ['military', 'militaries', 'militarily'],
  ['energy', 'energies', 'energetic'],
  ['export', 'exports', 'exported', 'exporting'],
  ['import', 'imports', 'imported', 'importing'],
  ['region', 'regions', 'regional', 'regionally'],
  ['nation', 'nations', 'national', 'nationalism', 'nationalist'],
  ['influence', 'influenced', 'influential', 'influences'],
  ['power', 'powers', 'powerful', 'empowered'],
  ['decide', 'decided', 'decision', 'decisions'],
  ['expand', 'expanded', 'expanding', 'expansion'],
  ['threat', 'threats', 'threaten', 'threatened', 'threatening'],
  ['disappoint', 'disappointed', 'disappointment', 'disappointing'],
  ['settle', 'settled', 'settlement', 'settlements'],
  ['dispute', 'disputes', 'disputed'],
  ['island', 'islands'],
  ['treaty', 'treaties'],
  ['summit', 'summits'],
  ['leader', 'leaders', 'leadership'],
  ['president', 'presidents', 'presidential', 'presidency'],
  ['minister', 'ministers', 'ministry', 'ministerial'],
  ['pipeline', 'pipelines'],
  ['resource', 'resources'],
  ['population', 'populations', 'populated'],
  ['migrate', 'migration', 'migrants', 'migrated'],
  ['sanction', 'sanctions', 'sanctioned'],
  ['alliance', 'alliances', 'allied', 'allies'],
  ['balance', 'balanced', 'balancing'],
  ['interest', 'interests', 'interested'],
  ['perceive', 'perceived', 'perception', 'perceptions'],
  ['recover', 'recovered', 'recovery'],
  ['collapse', 'collapsed', 'collapsing'],
  ['emerge', 'emerged', 'emerging', 'emergence'],
  ['compete', 'competition', 'competitive', 'competitor', 'competitors'],
  ['integrate', 'integrated', 'integration'],
  ['stable', 'stability', 'stabilize', 'instability'],
  ['tension', 'tensions', 'tense'],
  ['weapon', 'weapons'],
  ['nuclear'],
  ['maneuver', 'maneuvers', 'maneuvering'],
  ['exercise', 'exercises', 'exercised'],
  ['community', 'communities'],
  ['culture', 'cultural', 'cultures'],
  ['history', 'historical', 'historian', 'historians'],
  ['organize', 'organization', 'organizations', 'organized'],
  ['represent', 'represented', 'representative', 'representatives'],
  ['withdraw', 'withdrew', 'withdrawal', 'withdrawn'],
  ['oppose', 'opposed', 'opposition', 'opposing'],
  ['support', 'supported', 'supporting', 'supporters'],
  ['announce', 'announced', 'announcement'],
  ['protest', 'protests', 'protested'],
  ['reform', 'reforms', 'reformed', 'reformist'],
  ['market', 'markets', 'marketing'],
  ['industry', 'industries', 'industrial'],
  ['oil'], ['gas'], ['coast', 'coastal'], ['ocean', 'oceans'], ['harbor', 'harbors'],
  ['railway', 'railways'], ['route', 'routes'], ['transport', 'transportation', 'transported'],
  ['observe', 'observer', 'observers', 'observed'], ['argue', 'argued', 'argument', 'arguments'],
];

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'dr', 'gr', 'kr', 'pl', 'sh', 'st', 'tr', 'th'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', '', '', 'n', 'r', 's', 't', 'l', 'm', 'k', 'nd', 'st'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pseudoWord(random: () => number): string {
  const roll = random();
  const syllables = roll < 0.1 ? 1 : roll < 0.6 ? 2 : 3;
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
  return word;
}

export interface Vocabulary {
  /** Words by rank, most frequent first. */
  readonly words: readonly string[];
  /** Cumulative Zipf-Mandelbrot probabilities, same order. */
  readonly cumulative: Float64Array;
  /** word -> its family (for inflection swaps); only real words have one. */
  readonly families: ReadonlyMap<string, readonly string[]>;
  readonly functionWords: ReadonlySet<string>;
}

// Large enough that a 3M-word corpus has a real long tail (tens of thousands of rare words).
export const VOCABULARY_SIZE = 150_000;
// Zipf-Mandelbrot: p(rank) ∝ 1 / (rank + q)^s, the usual fit for English text.
const ZIPF_S = 1.07;
const ZIPF_Q = 2.7;

export function buildVocabulary(random: () => number, size = VOCABULARY_SIZE): Vocabulary {
  const words: string[] = [...FUNCTION_WORDS];
  const seen = new Set(words);
  const families = new Map<string, readonly string[]>();
  const realForms = WORD_FAMILIES.flat();
  for (const family of WORD_FAMILIES) for (const form of family) families.set(form, family);
  // Real forms take every other slot after the function words, so they sit in the frequent middle
  // of the distribution (like an essay's key terms); pseudo-words fill the rest and the long tail.
  let real = 0;
  while (words.length < size) {
    const nextReal = realForms[real];
    if (nextReal !== undefined && words.length % 2 === 0 && !seen.has(nextReal)) {
      words.push(nextReal);
      seen.add(nextReal);
      real += 1;
      continue;
    }
    const word = pseudoWord(random);
    if (seen.has(word)) continue;
    words.push(word);
    seen.add(word);
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / Math.pow(rank + 1 + ZIPF_Q, ZIPF_S);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < words.length; rank++) cumulative[rank] = (cumulative[rank] as number) / total;
  return { words, cumulative, families, functionWords: new Set(FUNCTION_WORDS) };
}

function sampleWord(vocabulary: Vocabulary, random: () => number): string {
  const target = random();
  let lo = 0;
  let hi = vocabulary.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary.cumulative[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary.words[lo] as string;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One passage of 120-180 words in sentences of 8-22 words. */
function generatePassageText(vocabulary: Vocabulary, random: () => number): string {
  const length = 120 + Math.floor(random() * 61);
  const sentences: string[] = [];
  let written = 0;
  while (written < length) {
    const sentenceLength = Math.min(length - written, 8 + Math.floor(random() * 15));
    const words: string[] = [];
    for (let i = 0; i < sentenceLength; i++) {
      let word = sampleWord(vocabulary, random);
      if (i === 0) word = capitalise(word);
      if (i > 2 && i < sentenceLength - 2 && random() < 0.06) word += ',';
      words.push(word);
    }
    sentences.push(`${words.join(' ')}.`);
    written += sentenceLength;
  }
  return sentences.join(' ');
}

export interface SyntheticQuery {
  readonly text: string;
  /** The passage the query was drawn from. */
  readonly source: string;
  readonly typo: boolean;
  readonly inflected: boolean;
}

export interface SyntheticCorpus {
  readonly passages: readonly Passage[];
  readonly queries: readonly SyntheticQuery[];
}

/** One typo in a word of 5+ letters: swap, drop, replace or double a letter (never the first). */
export function addTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  const letter = String.fromCharCode(97 + Math.floor(random() * 26));
  if (kind === 0) return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + (letter === word[at] ? 'x' : letter) + word.slice(at + 1);
  return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
}

function tokensOf(text: string): string[] {
  return text.toLowerCase().replace(/[.,]/g, '').split(' ').filter(Boolean);
}

function generateQuery(vocabulary: Vocabulary, passage: Passage, random: () => number): SyntheticQuery {
  const tokens = tokensOf(passage.text);
  const content = [...new Set(tokens.filter((t) => !vocabulary.functionWords.has(t)))];
  const wanted = 2 + Math.floor(random() * 5);
  let words: string[];
  if (random() < 0.5) {
    // Phrase-like: a contiguous run of the passage, function words included.
    const start = Math.floor(random() * Math.max(1, tokens.length - wanted));
    words = tokens.slice(start, start + wanted);
  } else {
    // Keywords: distinct content words from anywhere in the passage.
    words = [];
    const pool = [...content];
    while (words.length < wanted && pool.length > 0) words.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as string);
  }
  let inflected = false;
  if (random() < 0.25) {
    const i = words.findIndex((w) => (vocabulary.families.get(w)?.length ?? 0) > 1);
    const family = i >= 0 ? vocabulary.families.get(words[i] as string) : undefined;
    if (family) {
      const other = family.filter((form) => form !== words[i]);
      words[i] = pick(random, other);
      inflected = true;
    }
  }
  let typo = false;
  if (random() < 0.2) {
    const candidates = words.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
    if (candidates.length > 0) {
      const i = pick(random, candidates);
      words[i] = addTypo(words[i] as string, random);
      typo = true;
    }
  }
  return { text: words.join(' '), source: passage.id, typo, inflected };
}

/**
 * `size` passages and `queryCount` queries. Passages come from one stream, so the first 2,000 of
 * the 20,000-passage corpus are the 2,000-passage corpus; queries have their own stream.
 */
export function generateSyntheticCorpus(size: number, queryCount: number, seed = DEFAULT_SEED): SyntheticCorpus {
  const random = mulberry32(seed);
  const vocabulary = buildVocabulary(random);
  const passages: Passage[] = [];
  for (let i = 0; i < size; i++) {
    passages.push({ id: paragraphId(SYNTHETIC_READING_ID, i + 1), text: generatePassageText(vocabulary, random) });
  }
  const queryRandom = mulberry32(seed ^ 0x9e3779b9);
  const queries: SyntheticQuery[] = [];
  for (let i = 0; i < queryCount && passages.length > 0; i++) {
    const passage = passages[Math.floor(queryRandom() * passages.length)] as Passage;
    queries.push(generateQuery(vocabulary, passage, queryRandom));
  }
  return { passages, queries };
}

export interface CorpusShape {
  readonly words: number;
  readonly distinctWords: number;
  /** Words occurring once in the whole corpus: the long tail that fuzzy and prefix search expand over. */
  readonly hapaxes: number;
}

/** Word counts of passages, lower-cased, punctuation dropped, for the report. */
export function describeCorpusShape(passages: readonly Passage[]): CorpusShape {
  const counts = new Map<string, number>();
  let words = 0;
  for (const passage of passages) {
    for (const word of tokensOf(passage.text)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      words += 1;
    }
  }
  let hapaxes = 0;
  for (const count of counts.values()) if (count === 1) hapaxes += 1;
  return { words, distinctWords: counts.size, hapaxes };
}

/** The synthetic passages as a one-reading Corpus, so the project's engine can index them. */
export function syntheticCorpusAsReading(passages: readonly Passage[]): Corpus {
  const paragraphs: Paragraph[] = passages.map((passage, i) => ({
    reading: SYNTHETIC_READING_ID,
    number: i + 1,
    text: passage.text,
    footnotes: [],
    line: i + 1,
  }));
  const reading: Reading = {
    id: SYNTHETIC_READING_ID,
    file: `${SYNTHETIC_READING_ID}.md`,
    title: 'Synthetic corpus',
    author: 'bench/synthetic-corpus.ts',
    paragraphs,
    footnotes: [],
    warnings: [],
  };
  return { readings: [reading] };
}
