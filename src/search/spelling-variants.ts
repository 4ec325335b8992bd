// British and American spellings of one word ("organisation" / "organization", "colour" /
// "color", "defence" / "defense"): general English, so a question in one spelling meets a reading
// in the other. Both are real words, so neither is a slip for the typo readings to correct.

// Each rule: the ending or inner part in one spelling, and in the other; tried both ways.
const SPELLING_PAIRS: readonly (readonly [RegExp, string, RegExp, string])[] = [
  // organise, organisation, realised, criticising / organize ... (not "wise", "rise", "noise": a root of three letters or fewer)
  [/(?<=\p{L}{3})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u, 'iz$1', /(?<=\p{L}{3})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/u, 'is$1'],
  // analyse, paralysed / analyze
  [/ys(e|es|ed|ing)$/u, 'yz$1', /yz(e|es|ed|ing)$/u, 'ys$1'],
  // colour, favourable, neighbours / color ... (not "four", "hour", "tour": six letters at least)
  [/(?<=\p{L}{2,})our(?=\p{L}*$)/u, 'or', /(?<=\p{L}{2,}[^aeiou])or(?=(?:s|ed|ing|able|ably|ite|ites|ful|less)?$)/u, 'our'],
  // centre, theatres / center
  [/(t|b)re(s|d)?$/u, '$1er$2', /(t|b)er(s|ed)?$/u, '$1re$2'],
  // defence, offence, licence / defense
  [/(?<=f|c)ence$/u, 'ense', /(?<=f|c)ense$/u, 'ence'],
  // travelled, cancelling / traveled
  [/(?<=[aeiou])ll(ed|ing|er|ers)$/u, 'l$1', /(?<=[^aeiou][aeiou])l(ed|ing|er|ers)$/u, 'll$1'],
  // dialogue, catalogue / dialog; programme / program
  [/ogue(s)?$/u, 'og$1', /og(s)?$/u, 'ogue$1'],
  [/amme(s)?$/u, 'am$1', /(?<=gr)am(s)?$/u, 'amme$1'],
];

/** The word's spelling on the other side of the Atlantic, where a rule gives one ("colour" -> ["color"]). */
export function otherSpellings(word: string): string[] {
  if (word.length < 5) return [];
  const found: string[] = [];
  for (const [british, american, americanPattern, britishForm] of SPELLING_PAIRS) {
    if (british.test(word)) found.push(word.replace(british, american));
    if (americanPattern.test(word)) found.push(word.replace(americanPattern, britishForm));
  }
  return found.filter((spelling) => spelling !== word && spelling.length >= 4);
}
