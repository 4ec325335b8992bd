// Questions asked by voice: phone dictation writes what was said, so a question arrives with its
// hesitations ("um so what did ..."), its restarts ("why did russia no wait why did japan ..."),
// abbreviations spoken letter by letter ("the s c o", "u s"), years in words ("two thousand
// five") and groups named by a letter and a number ("the g eight"). Each is put back in the form
// the question would have had if typed, before anything else reads it.

// Hesitations dictation keeps: never a word of any question's topic.
const HESITATION = /(?<=^|\s)(?:u+m+|u+h+m*|e+r+m+|e+h+m+|h+m+|m{2,})[,.]?(?=\s|$)/giu;

// A speaker correcting themselves: what follows the last correction is the question.
const RESTART = /(?<=^|[\s,.])(?:no wait|wait no|sorry i mean|no i mean|i mean no|scratch that|actually no|no sorry)(?=[\s,.]|$)[,.]?/giu;

// Letters dictated one by one, three or more ("s c o", "n a t o") or two after "the" ("the u s",
// "the e u"). Two letters alone stay as typed: "r u", "u n" are chat for "are you", "you and".
const SPELT_LETTERS = /(?<=^|\s)(?:(?<article>the\s+)(?<pair>\p{L}(?:\s\p{L})+)|(?<run>\p{L}(?:\s\p{L}){2,}))(?=[\s?!,.]|$)/giu;

// One-letter words of a class chat ("y r u", "u r", "n" for "and"; analyze.ts spells them out).
const CHAT_LETTERS: ReadonlySet<string> = new Set(['y', 'r', 'u', 'n', 'w']);

/** The question with its letters run together: "s c o" is the SCO. "a" and "i" opening a run are words. */
function joinSpeltLetters(question: string): string {
  return question.replace(SPELT_LETTERS, (whole: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as { article?: string; pair?: string; run?: string };
    if (groups.pair !== undefined) return `${groups.article ?? ''}${groups.pair.replace(/\s/g, '').toUpperCase()}`;
    const letters = (groups.run ?? '').split(/\s/);
    const opensWithWord = /^[ai]$/i.test(letters[0] ?? '');
    const spelt = opensWithWord ? letters.slice(1) : letters;
    // "a b c" are options of a multiple-choice item, not an abbreviation.
    const inAlphabetOrder = spelt.every((letter, at) => at === 0 || letter.toLowerCase().charCodeAt(0) === (spelt[at - 1] ?? '').toLowerCase().charCodeAt(0) + 1);
    // "y r u", "r u n": chat's one-letter words, not an abbreviation.
    const chatLetters = spelt.every((letter) => CHAT_LETTERS.has(letter.toLowerCase()));
    if (spelt.length < 2 || inAlphabetOrder || chatLetters) return whole;
    return `${opensWithWord ? `${letters[0] ?? ''} ` : ''}${spelt.join('').toUpperCase()}`;
  });
}

const UNITS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, at) => [word, at + 1]),
);
const TEENS: ReadonlyMap<string, number> = new Map(
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, at) => [word, at + 10]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, at) => [word, (at + 2) * 10]),
);

const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const DECADES_WORD = `(?:${DECADES.join('|')})`;
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// 1 to 99 in words: "five", "eleven", "ninety six", "ninety-six".
const UP_TO_99 = `(?:${TENS_WORD}(?:[\\s-]${UNIT_WORD})?|${TEEN_WORD}|${UNIT_WORD})`;

// Years as they are said: "two thousand (and) five", "nineteen ninety six", "nineteen oh five",
// "twenty oh five", "twenty ten". "Twenty five" alone is a count, not a year.
const SPOKEN_YEAR = new RegExp(
  `(?<=^|\\s)(?:two thousand(?:\\s+and)?\\s+(?<sinceTwoThousand>${UP_TO_99})|two thousand(?=[\\s?!,.]|$)|` +
    `(?<century>nineteen|twenty)\\s+(?:(?:oh|o)\\s+(?<ohUnit>${UNIT_WORD})|(?<decade>${TENS_WORD}(?:[\\s-]${UNIT_WORD})?|${TEEN_WORD})))(?=[\\s?!,.]|$)`,
  'giu',
);

/** 1 to 99 from its words ("ninety six", "eleven"). */
function valueOfWords(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((sum, word) => sum + (UNITS.get(word) ?? TEENS.get(word) ?? TENS.get(word) ?? 0), 0);
}

function spokenYears(question: string): string {
  return question
    .replace(SPOKEN_YEAR, (...args: unknown[]) => {
      const groups = args.at(-1) as { sinceTwoThousand?: string; century?: string; ohUnit?: string; decade?: string };
      if (groups.century === undefined) return String(2000 + (groups.sinceTwoThousand === undefined ? 0 : valueOfWords(groups.sinceTwoThousand)));
      const hundreds = groups.century.toLowerCase() === 'nineteen' ? 1900 : 2000;
      return String(hundreds + valueOfWords(groups.ohUnit ?? groups.decade ?? ''));
    })
    // Decades and centuries: "the nineteen nineties", "the eighteen hundreds", "the two thousands".
    .replace(/(?<=^|\s)(eighteen|nineteen)\s+hundreds(?=[\s?!,.']|$)/giu, (_whole, century: string) => (century.toLowerCase() === 'eighteen' ? '1800s' : '1900s'))
    .replace(new RegExp(`(?<=^|\\s)nineteen\\s+(${DECADES_WORD})(?=[\\s?!,.']|$)`, 'giu'), (_whole, decade: string) => `19${DECADES.indexOf(decade.toLowerCase()) + 2}0s`)
    .replace(/(?<=^|\s)two thousands(?=[\s?!,.']|$)/giu, '2000s')
    .replace(/(?<=^|\s)nine[\s-]eleven(?=[\s?!,.']|$)/giu, '9/11')
    // "The g eight", "g seven club", "the p five": a group named by a letter and its number of members.
    .replace(new RegExp(`(?<=^|\\s)([gp])\\s+(${UP_TO_99})(?=[\\s?!,.']|$)`, 'giu'), (_whole, letter: string, count: string) => `${letter.toUpperCase()}${valueOfWords(count)}`);
}

/** The question as it would have been typed: see the comments above each form. */
export function readSpokenForms(question: string): string {
  const restarts = [...question.matchAll(RESTART)];
  const last = restarts.at(-1);
  let said = question;
  if (last?.index !== undefined) {
    const after = question.slice(last.index + last[0].length).trim();
    // "no wait" with too little after it is not a restart of the question.
    if (after.split(/\s+/).length >= 3) said = after;
  }
  const plain = said.replace(HESITATION, ' ').replace(/\s{2,}/g, ' ').trim();
  return spokenYears(joinSpeltLetters(plain === '' ? said : plain));
}
