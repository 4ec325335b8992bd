// Is a word ordinary English? The answer engine asks when a question word is not in the reading:
// an ordinary word ("buddy", "perks") is the student's own way of saying something, but a name the
// dictionary lacks ("Vladivostok", "Sakhalin") is a thing the reading never mentions, so the
// essay cannot answer the question directly. The list is SCOWL's (the `word-list` package: about
// 275,000 English words, lower case, no proper nouns), loaded once, on the first such question.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | undefined;

function dictionary(): ReadonlySet<string> {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
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
  return dictionary().has(word);
}

/** True for an English word, or a one-letter slip of one ("militry", "drils"). */
export function isEnglishWord(word: string): boolean {
  const list = dictionary();
  if (list.has(word)) return true;
  if (!/^[a-z]+$/.test(word) || word.length < 4) return false;
  return oneEditAway(word).some((candidate) => list.has(candidate));
}
