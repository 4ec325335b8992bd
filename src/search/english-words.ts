// Is a word ordinary English? The answer engine asks when a question word is not in the reading:
// an ordinary word ("buddy", "perks") is the student's own way of saying something, but a name the
// dictionary lacks ("Vladivostok", "Sakhalin") is a thing the reading never mentions, so the
// essay cannot answer the question directly. The list is SCOWL's (the `word-list` package: about
// 275,000 English words, lower case, no proper nouns), loaded once, on the first such question.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// The list as a hash table of 32-bit FNV-1a hashes (open addressing, 2^20 slots, a quarter full):
// built in one pass over the file, about ten times faster than a Set of 275,000 strings, which a
// one-shot `cli ask` would pay on every call. Two words share a hash about once in 100,000
// lookups: a rare wrong "yes, that is English" is harmless to this judgement.
const SLOTS = 1 << 20;
const MASK = SLOTS - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
let table: Uint32Array | undefined;

function slotOf(key: number, slots: Uint32Array): number {
  let slot = key & MASK;
  while (slots[slot] !== 0 && slots[slot] !== key) slot = (slot + 1) & MASK;
  return slot;
}

/** A hash as stored: never 0, which marks an empty slot. */
function keyOf(hash: number): number {
  return hash >>> 0 || 1;
}

function dictionary(): Uint32Array {
  if (table !== undefined) return table;
  // Bytes, not a string: the list is ASCII, and one tight loop over a Buffer is the fast path.
  const bytes = readFileSync(wordListPath);
  const slots = new Uint32Array(SLOTS);
  let hash = FNV_OFFSET;
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes[i] ?? 10;
    if (code === 10 || code === 13) {
      if (length > 0) {
        const key = keyOf(hash);
        slots[slotOf(key, slots)] = key;
      }
      hash = FNV_OFFSET;
      length = 0;
      continue;
    }
    hash = Math.imul(hash ^ code, FNV_PRIME);
    length += 1;
  }
  if (length > 0) slots[slotOf(keyOf(hash), slots)] = keyOf(hash);
  table = slots;
  return slots;
}

function contains(slots: Uint32Array, word: string): boolean {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return slots[slotOf(keyOf(hash), slots)] !== 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (delete, substitute, insert, swap) away from `word`, over a–z. */
function oneEditAway(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) found.push(head + tail.slice(1));
    if (tail.length > 1) found.push(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const letter of LETTERS) {
      found.push(head + letter + tail);
      if (tail.length > 0) found.push(head + letter + tail.slice(1));
    }
  }
  return found;
}

/** True for a word of the English dictionary, exactly as given (lower case). */
export function isDictionaryWord(word: string): boolean {
  return word !== '' && contains(dictionary(), word);
}

// Endings that make a new English word of an old one, which the list may lack: "bandwagoning",
// "securitization", "hedgers" are the students' words, made of "bandwagon", "securitize", "hedge".
const DERIVING_ENDINGS: readonly string[] = ['izations', 'isations', 'ization', 'isation', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 's', 'ism', 'isms', 'ist', 'ists', 'ness', 'ly'];

// Beginnings that make a new English word of an old one: "geoeconomic", "counterhegemonic", "neorealist".
const DERIVING_BEGINNINGS: readonly string[] = ['geo', 'anti', 'counter', 'neo', 'post', 'pre', 'pro', 'non', 'multi', 'inter', 'trans', 'sub', 'super', 'semi', 'pan', 'over', 'under', 'ultra', 'quasi', 'pseudo', 'hyper', 'self', 'mis', 'un', 're'];

/**
 * True when `word` is a dictionary word with one deriving ending added (a final "e" dropped, a
 * consonant doubled), or with a deriving beginning (then an ending too).
 */
function isDerivedWord(word: string, slots: Uint32Array): boolean {
  for (const beginning of DERIVING_BEGINNINGS) {
    const rest = word.startsWith(beginning) ? word.slice(beginning.length).replace(/^-/, '') : '';
    if (rest.length >= 4 && (contains(slots, rest) || hasDerivingEnding(rest, slots))) return true;
  }
  return hasDerivingEnding(word, slots);
}

/** True when `word` is a dictionary word with one deriving ending added. */
function hasDerivingEnding(word: string, slots: Uint32Array): boolean {
  for (const ending of DERIVING_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
    const base = word.slice(0, -ending.length);
    // "Securitization" is made of "securitize"; the other endings follow the word or its dropped "e".
    const bases = /^i[sz]ations?$/.test(ending) ? [`${base}ize`, `${base}ise`] : [base, `${base}e`];
    if (/(.)\1$/.test(base)) bases.push(base.slice(0, -1));
    if (bases.some((candidate) => contains(slots, candidate))) return true;
  }
  return false;
}

/** Every string one slip (a letter added, dropped or changed, or two neighbours swapped) away from `word`, over a–z. */
function oneSlipAway(word: string): string[] {
  return /^[a-z]+$/.test(word) ? [...new Set(oneEditAway(word))].filter((candidate) => candidate !== word) : [];
}

/** The dictionary words one slip away from `word` ("pllaying" -> playing). */
export function dictionaryWordsOneSlipAway(word: string): string[] {
  const slots = dictionary();
  return oneSlipAway(word).filter((candidate) => contains(slots, candidate));
}

/** `word` with one doubled letter made single, or one letter doubled ("dissapointed" -> disapointed, dissappointed). */
function doublingsOf(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (word[i] === word[i + 1]) found.push(word.slice(0, i) + word.slice(i + 1));
    else found.push(word.slice(0, i + 1) + (word[i] ?? '') + word.slice(i + 1));
  }
  return found;
}

// From this length a word two doubling slips from an English word is a misspelling of it, not a name.
const DOUBLED_SLIP_MIN_LENGTH = 7;

/**
 * True for an English word or a slip of one: a letter added, dropped, changed or swapped
 * ("militry", "drils"), and in longer words two letters doubled or undoubled, the commonest
 * English misspelling ("dissapointed", "embarasment"). Nothing looser: a name such as "Primakov"
 * is a few slips from some English word, and must stay a name.
 */
export function isEnglishWord(word: string): boolean {
  const slots = dictionary();
  if (word !== '' && contains(slots, word)) return true;
  if (!/^[a-z]+$/.test(word) || word.length < 4) return false;
  if (isDerivedWord(word, slots)) return true;
  if (oneEditAway(word).some((candidate) => contains(slots, candidate))) return true;
  if (word.length < DOUBLED_SLIP_MIN_LENGTH) return false;
  return doublingsOf(word).some((once) => doublingsOf(once).some((twice) => contains(slots, twice)));
}
