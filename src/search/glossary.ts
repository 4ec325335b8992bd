// The glossary: a teacher-editable text file per reading that maps the words students use to the
// words the essay uses ("Kremlin" -> Russia, "let down" -> disappointment). Parsed here into
// phrase rules that expand a question's terms; the index itself never changes.
import { existsSync, readFileSync } from 'node:fs';
import { ReadingError } from '../errors.js';
import { QUESTION_FRAME_WORDS, tokenize } from './analyze.js';
import { mapPacked } from './packed.js';
import { teacherFileLines } from './teacher-file.js';

/** One line of a glossary file: `essay words = what students may say instead`. */
export interface GlossaryEntry {
  readonly file: string;
  readonly line: number;
  /** Words or phrases as the essay says them (left of `=`). */
  readonly essayWords: readonly string[];
  /** Words or phrases students use instead (right of `=` or `~`). */
  readonly studentWords: readonly string[];
  /**
   * True for a `~` line: the student's words name something the essay does not name itself (a
   * company under "energy", one island of the "Northern Territories"); the essay's words are
   * searched, and the answer says the essay does not mention the name.
   */
  readonly related: boolean;
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
}

/**
 * A compiled rule: when the question's terms contain `phrase`, also search `targets`, each an
 * essay word or phrase given as its index terms (["great", "power"]).
 */
export interface GlossaryRule {
  readonly phrase: readonly string[];
  readonly targets: readonly (readonly string[])[];
  /** Only `~` lines give this phrase: the essay does not name what it names. */
  readonly related: boolean;
  /**
   * True when the phrase is one word with small words ("turn to", "pay off") and the
   * reading uses that word, but never in this phrase ("in turn", "paid"): the word as
   * typed means something else there, so only the phrase's essay words stand for it.
   */
  readonly otherSenseInText: boolean;
  /**
   * The same name in its other form, as the reading itself defines it ("Shanghai Cooperation
   * Organization (SCO)"): searched at full weight, not as a stand-in.
   */
  readonly sameName?: readonly (readonly string[])[];
  /**
   * For a `~` phrase of several words the reading uses, but never together ("Power of
   * Siberia"): the name is still one the reading does not mention.
   */
  readonly unwrittenName?: boolean;
}

export const EMPTY_GLOSSARY: Glossary = Object.freeze({ entries: Object.freeze([]) });

function splitList(side: string): string[] {
  return side
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Parses a glossary file. Blank lines and lines starting with `#` are ignored; every other line is
 * `essay word, essay phrase = student word, student phrase, ...`, or the same with `~` for names
 * the essay does not use itself. Throws ReadingError(file, line).
 */
export function parseGlossary(source: string, file: string): Glossary {
  const entries: GlossaryEntry[] = [];
  for (const { line, text } of teacherFileLines(source)) {
    const parts = text.split(/[=~]/);
    if (parts.length !== 2) {
      throw new ReadingError(file, line, `a glossary line needs exactly one "=" (essay words = student words) or "~" (essay words ~ names the essay does not use), got: ${text.slice(0, 80)}`);
    }
    const related = text.includes('~');
    const essayWords = splitList(parts[0] ?? '');
    const studentWords = splitList(parts[1] ?? '');
    if (essayWords.length === 0) throw new ReadingError(file, line, `nothing left of "${related ? '~' : '='}": write the essay's word(s) there`);
    if (studentWords.length === 0) throw new ReadingError(file, line, `nothing right of "${related ? '~' : '='}": write the words students use instead`);
    for (const words of [...essayWords, ...studentWords]) {
      if (!/[\p{L}\p{N}]/u.test(words)) throw new ReadingError(file, line, `"${words}" has no letters or digits`);
    }
    if (essayWords.every((words) => tokenize(words).every((token) => token.stop))) {
      throw new ReadingError(file, line, 'the essay side holds only common words (like "the", "of"), which are never searched');
    }
    entries.push(Object.freeze({ file, line, essayWords: Object.freeze(essayWords), studentWords: Object.freeze(studentWords), related }));
  }
  return Object.freeze({ entries: Object.freeze(entries) });
}

/** Reads and parses a glossary file; a missing file is an empty glossary (readings need none). */
export function loadGlossaryFile(file: string): Glossary {
  if (!existsSync(file)) return EMPTY_GLOSSARY;
  return parseGlossary(readFileSync(file, 'utf8'), file);
}

export function mergeGlossaries(glossaries: readonly Glossary[]): Glossary {
  return Object.freeze({ entries: Object.freeze(glossaries.flatMap((glossary) => glossary.entries)) });
}

function uniquePhrases(phrases: readonly (readonly string[])[]): (readonly string[])[] {
  const seen = new Map<string, readonly string[]>();
  for (const phrase of phrases) if (phrase.length > 0 && !seen.has(phrase.join(' '))) seen.set(phrase.join(' '), phrase);
  return [...seen.values()];
}

/**
 * Compiles entries into rules keyed by the first term of the student phrase. Phrases are matched
 * on index terms including stop words ("let down", "group of seven"), so "letting down" matches too.
 */
// The one-word student words of each compiled glossary as written ("beijing", whose term is
// "beij"), each with its term: a slip is one letter from the word a student meant, not from its stem.
const studentWordsOf = new WeakMap<ReadonlyMap<string, readonly GlossaryRule[]>, ReadonlyMap<string, string>>();
const NO_WORDS: ReadonlyMap<string, string> = new Map();

/** The one-word student words of compiled glossary rules, as written, each with its term. */
export function glossaryStudentWords(rules: ReadonlyMap<string, readonly GlossaryRule[]>): ReadonlyMap<string, string> {
  return studentWordsOf.get(rules) ?? NO_WORDS;
}

export function compileGlossary(glossary: Glossary, readingTexts: Iterable<string> = []): ReadonlyMap<string, readonly GlossaryRule[]> {
  const texts = [...readingTexts];
  // The texts' terms, made once and only if a step below needs them.
  let termsCache: string[][] | undefined;
  const textTerms = (): string[][] => (termsCache ??= texts.map((text) => tokenize(text).map((token) => token.term)));
  const rules = new Map<string, GlossaryRule[]>();
  const studentWords = new Map<string, string>();
  // Per student phrase of one word with small words, that word.
  const idiomWords = new Map<string, string>();
  for (const entry of glossary.entries) {
    // Terms as packed arrays (see packed.ts): every question's analysis reads them.
    const targets = uniquePhrases(
      entry.essayWords.map((words) => mapPacked(tokenize(words).filter((token) => !token.stop), (token) => token.term)),
    );
    for (const words of entry.studentWords) {
      const tokens = tokenize(words);
      const phrase = mapPacked(tokens, (token) => token.term);
      if (phrase.length === 0) continue;
      const [only] = tokens;
      if (tokens.length === 1 && only !== undefined && /^[a-z]{4,}$/.test(only.word)) studentWords.set(only.word, only.term);
      const key = phrase.join(' ');
      // One word with small words ("turn to", "pay off", "not just Europe") or a question's frame
      // word ("feel Asian"): the phrase means more than its one word, which alone may mean
      // something else.
      const content = tokens.filter((token) => !token.stop && !QUESTION_FRAME_WORDS.has(token.word));
      if (tokens.length > 1 && content.length === 1 && content[0] !== undefined) idiomWords.set(key, content[0].term);
      const list = rules.get(phrase[0] ?? '') ?? [];
      const at = list.findIndex((rule) => rule.phrase.join(' ') === key);
      // The same student words on several lines: one rule with every line's essay words.
      // A phrase is "related" only if every line giving it says so.
      const seen = at < 0 ? undefined : list[at];
      if (seen === undefined) list.push({ phrase, targets, related: entry.related, otherSenseInText: false });
      else list[at] = { phrase, targets: uniquePhrases([...seen.targets, ...targets]), related: seen.related && entry.related, otherSenseInText: false };
      rules.set(phrase[0] ?? '', list);
    }
  }
  markOtherSenses(rules, idiomWords, textTerms);
  markUnwrittenNames(rules, textTerms);
  addAbbreviations(rules, texts);
  // Longest phrase first, so "north korea" wins over "north".
  for (const list of rules.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  studentWordsOf.set(rules, studentWords);
  return rules;
}

// A name spelt out with its abbreviation after it in brackets: "Shanghai Cooperation Organization
// (SCO)", "Partnership and Cooperation Agreement (PCA)". The capitalised words before the bracket,
// small words between them allowed; which of them make the name is settled by the initials.
const DEFINED_ABBREVIATION = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|on|in|the)\s+)?){2,8})\((\p{Lu}{2,8})\)/gu;

/**
 * The names a text spells out once with their abbreviation ("Shanghai Cooperation Organization
 * (SCO)"), each as [full name, abbreviation]: only where the abbreviation's letters are the
 * initials of the name's capitalised words, so a bracketed aside is no definition.
 */
export function abbreviationsDefined(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of text.matchAll(DEFINED_ABBREVIATION)) {
    const words = (match[1] ?? '').trim().split(/\s+/);
    const abbreviation = match[2] ?? '';
    // Back from the bracket, one capitalised word per letter of the abbreviation.
    let letters = abbreviation.length;
    let start = words.length;
    while (letters > 0 && start > 0) {
      start -= 1;
      const word = words[start] ?? '';
      if (!/^\p{Lu}/u.test(word)) continue;
      if (word[0] !== abbreviation[letters - 1]) break;
      letters -= 1;
    }
    if (letters === 0) found.push([words.slice(start).join(' '), abbreviation]);
  }
  return found;
}

/**
 * Adds, for each name the texts define with its abbreviation, a rule each way: the name typed
 * in full also searches the abbreviation, and the abbreviation the full name, both at full
 * weight. The reading says they are one name, so the paragraphs that use only "SCO" answer
 * "the Shanghai Cooperation Organisation" as well as the one that spells it out.
 */
function addAbbreviations(rules: Map<string, GlossaryRule[]>, texts: readonly string[]): void {
  const add = (phrase: readonly string[], same: readonly string[]): void => {
    const first = phrase[0];
    if (first === undefined || same.length === 0) return;
    const list = rules.get(first) ?? [];
    const key = phrase.join(' ');
    const at = list.findIndex((rule) => rule.phrase.join(' ') === key);
    const seen = at < 0 ? undefined : list[at];
    const rule: GlossaryRule =
      seen === undefined
        ? { phrase, targets: [], related: false, otherSenseInText: false, sameName: [same] }
        : { ...seen, sameName: uniquePhrases([...(seen.sameName ?? []), same]) };
    if (at < 0) list.push(rule);
    else list[at] = rule;
    rules.set(first, list);
  };
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const [name, abbreviation] of abbreviationsDefined(text)) {
      const nameTokens = tokenize(name);
      const abbreviationTerms = mapPacked(tokenize(abbreviation), (token) => token.term);
      add(
        mapPacked(nameTokens, (token) => token.term),
        abbreviationTerms,
      );
      add(
        abbreviationTerms,
        mapPacked(nameTokens.filter((token) => !token.stop), (token) => token.term),
      );
    }
  }
}

/** Sets `unwrittenName` on the `~` rules of several words that the texts (`textTerms`) never write together. */
function markUnwrittenNames(rules: Map<string, GlossaryRule[]>, textTerms: () => readonly (readonly string[])[]): void {
  const names = [...rules.values()].flat().filter((rule) => rule.related && rule.phrase.length > 1);
  if (names.length === 0) return;
  const written = new Set<string>();
  for (const terms of textTerms()) {
    const line = ` ${terms.join(' ')} `;
    for (const rule of names) if (line.includes(` ${rule.phrase.join(' ')} `)) written.add(rule.phrase.join(' '));
  }
  for (const [first, list] of rules) {
    rules.set(
      first,
      list.map((rule) => (rule.related && rule.phrase.length > 1 && !written.has(rule.phrase.join(' ')) ? { ...rule, unwrittenName: true } : rule)),
    );
  }
}

/**
 * Sets `otherSenseInText` on the rules whose phrase is one word with small words (`idiomWords`:
 * phrase -> that word) where the readings' passages (`textTerms`) use the word but never the phrase.
 */
function markOtherSenses(rules: Map<string, GlossaryRule[]>, idiomWords: ReadonlyMap<string, string>, textTerms: () => readonly (readonly string[])[]): void {
  // Each such phrase, with whether the texts write it.
  const idioms = new Map<string, { word: string; written: boolean }>();
  for (const [key, word] of idiomWords) idioms.set(key, { word, written: false });
  if (idioms.size === 0) return;
  const byFirst = new Map<string, string[][]>();
  for (const key of idioms.keys()) {
    const phrase = key.split(' ');
    const list = byFirst.get(phrase[0] ?? '') ?? [];
    list.push(phrase);
    byFirst.set(phrase[0] ?? '', list);
  }
  const used = new Set<string>();
  for (const terms of textTerms()) {
    terms.forEach((term, i) => {
      used.add(term);
      for (const phrase of byFirst.get(term) ?? []) {
        if (phrase.every((part, k) => terms[i + k] === part)) {
          const idiom = idioms.get(phrase.join(' '));
          if (idiom !== undefined) idiom.written = true;
        }
      }
    });
  }
  for (const [first, list] of rules) {
    rules.set(
      first,
      list.map((rule) => {
        const idiom = idioms.get(rule.phrase.join(' '));
        // "Get closer" -> closer: the glossary itself gives the word as the essay's for it.
        const ownSense = rule.targets.some((target) => target.length === 1 && target[0] === idiom?.word);
        return idiom !== undefined && !idiom.written && !ownSense && used.has(idiom.word) ? { ...rule, otherSenseInText: true } : rule;
      }),
    );
  }
}
