// Names a student wrote as they sound: voice typing on a phone turns "Primakov" into "prima
// cough", "Yeltsin" into "yell tsin" and "Taishet" into "tie shed", which no spelling slip
// explains (the words are far apart letter by letter, or split in two). Such a span is read as
// the reading's name when both sound alike (Double Metaphone, the `double-metaphone` package)
// and are still close in letters. Only names of six letters or more are looked for: shorter ones
// sound like everyday words too often ("put in" is "Putin").
import { doubleMetaphone } from 'double-metaphone';
import type { Corpus } from '../corpus/types.js';
import { STOP_WORDS } from './analyze.js';
import { editDistance } from './edit-distance.js';
import { isDictionaryWord } from './english-words.js';

const MIN_NAME_LENGTH = 6;
/** At most this many words of the question make one name ("hey long jiang"). */
const MAX_SPAN = 3;
/** How far apart in letters a span and the name it sounds like may be, as a share of the name's length. */
const MAX_LETTER_DISTANCE = 0.5;

// A capitalised word: a name, or a sentence's first word (which the dictionary knows). The parts
// of a compound ("Sino-Russian") are words of their own.
const CAPITALISED = /\p{Lu}[\p{L}'’]*/gu;

interface QuestionWord {
  /** As typed, lower case. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

export class SoundAlikeNames {
  /** Each sound code (primary and alternate) -> the names having it, lower case. */
  private readonly byCode = new Map<string, string[]>();
  private readonly names: ReadonlySet<string>;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
    for (const name of this.names) {
      for (const code of new Set(doubleMetaphone(name))) {
        const list = this.byCode.get(code) ?? [];
        if (!list.includes(name)) list.push(name);
        this.byCode.set(code, list);
      }
    }
  }

  /**
   * The names of a corpus worth listening for: capitalised words of its paragraphs, six letters or
   * more, that the dictionary does not know. (Footnotes are left out: their titles' transliterated
   * words, "Rossii", "Gazeta", sound like too much.)
   */
  static ofCorpus(corpus: Corpus): SoundAlikeNames {
    const names = new Set<string>();
    for (const reading of corpus.readings) {
      for (const paragraph of reading.paragraphs) {
        for (const [word] of paragraph.text.matchAll(CAPITALISED)) {
          const folded = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
          if (folded.length >= MIN_NAME_LENGTH && /^\p{L}+$/u.test(folded) && !isDictionaryWord(folded)) names.add(folded);
        }
      }
    }
    return new SoundAlikeNames(names);
  }

  /**
   * The question with each span that sounds like one of the names written as the name. A span is
   * two or three words typed one after another, none a stop word, at least one unknown to the
   * reading (`known`). (One word alone is a spelling slip, which the typo look-ups read better:
   * "Rusia" is Russia, not the footnotes' "Rossii".)
   */
  respell(question: string, known: (word: string) => boolean): string {
    if (this.byCode.size === 0) return question;
    const words: QuestionWord[] = [...question.matchAll(/\p{L}+/gu)].map((match) => ({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
    const replacements: { start: number; end: number; name: string }[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let length = Math.min(MAX_SPAN, words.length - i); length >= 2; length--) {
        const span = words.slice(i, i + length);
        const name = this.nameFor(span, known, question);
        if (name === undefined) continue;
        replacements.push({ start: span[0]?.start ?? 0, end: span.at(-1)?.end ?? 0, name });
        i += length - 1;
        break;
      }
    }
    let respelt = question;
    for (const { start, end, name } of replacements.reverse()) respelt = respelt.slice(0, start) + name + respelt.slice(end);
    return respelt;
  }

  private nameFor(span: readonly QuestionWord[], known: (word: string) => boolean, question: string): string | undefined {
    // A single letter is chat ("w russia" is "with Russia"), and a word the reading names is itself.
    if (span.some((w) => STOP_WORDS.has(w.word) || w.word.length < 2 || this.names.has(w.word))) return undefined;
    // The words of a span follow one another, separated by spaces only ("yell tsin", not "yell, tsin").
    for (let k = 1; k < span.length; k++) if (!/^\s+$/.test(question.slice(span[k - 1]?.end, span[k]?.start))) return undefined;
    if (!span.some((w) => !known(w.word))) return undefined;
    const joined = span.map((w) => w.word).join('');
    for (const code of new Set(doubleMetaphone(joined))) {
      for (const name of this.byCode.get(code) ?? []) {
        if (editDistance(joined, name) <= Math.ceil(name.length * MAX_LETTER_DISTANCE)) return name;
      }
    }
    return undefined;
  }
}
