// The world's countries, capitals and continents by name (the `countries-list` package: ISO 3166
// countries with their English names, aliases and capitals). A question naming one that the
// reading never mentions asks about something the reading does not cover, even where the name
// looks like an English word or a slip of one ("Finland" is one letter from "inland", "Turkey" is
// a bird, "Chad" a first name).
import { continents, countries } from 'countries-list';
import { foldText } from '../search/analyze.js';

let names: ReadonlySet<string> | undefined;

/** One-word names, folded ("finland", "helsinki", "uae"); a longer name is met by its own words elsewhere. */
function placeNames(): ReadonlySet<string> {
  const found = new Set<string>();
  const add = (name: string | undefined): void => {
    const folded = foldText(name ?? '').trim();
    if (/^[\p{L}'-]+$/u.test(folded)) found.add(folded);
  };
  for (const country of Object.values(countries)) {
    add(country.name);
    add(country.capital);
    for (const alias of 'alias' in country && Array.isArray(country.alias) ? (country.alias as string[]) : []) add(alias);
  }
  for (const continent of Object.values(continents)) add(continent);
  return found;
}

/** True when `word` (folded) is a country's, capital's or continent's one-word name. */
export function isPlaceName(word: string): boolean {
  names ??= placeNames();
  return names.has(word);
}

// How a people's word is made from its place's name: "Africa" + "n", "Brazil" + "ian", "Mexic(o)" +
// "an", "Vietnam" + "ese", "Pakistan" + "i", "Swed(en)" + "ish", "German(y)". Each pair is an ending of the
// people's word and what the place's name ends with instead.
const PEOPLE_ENDINGS: readonly (readonly [string, string])[] = [
  ['', 'y'],
  ['n', ''],
  ['ian', ''],
  ['ian', 'a'],
  ['ian', 'ia'],
  ['ian', 'y'],
  ['an', 'o'],
  ['an', 'a'],
  ['ese', ''],
  ['i', ''],
  ['ish', 'en'],
  ['ish', 'and'],
  ['ish', 'ey'],
];

// Peoples whose word no ending makes from their country's name ("Dutch", "Swiss", "Greek").
// ("English" is left out: "what is it in English" asks about the language of the question.)
const IRREGULAR_PEOPLES: ReadonlySet<string> = new Set(
  'dutch french british scottish welsh irish swiss greek thai filipino danish norwegian peruvian portuguese icelandic czech slovak lao emirati saudi'.split(' '),
);

/**
 * True when `word` (folded) names a place or its people ("brazilian", "african", "pakistani",
 * "vietnamese"): a question about them is about the place.
 */
export function isPlaceWord(word: string): boolean {
  if (isPlaceName(word) || IRREGULAR_PEOPLES.has(word)) return true;
  return PEOPLE_ENDINGS.some(([ending, placeEnding]) => word.length > ending.length + 2 && word.endsWith(ending) && isPlaceName(word.slice(0, word.length - ending.length) + placeEnding));
}
