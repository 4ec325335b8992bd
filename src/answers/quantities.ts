// Quantity questions ("how many", "what is the population of", "how much gas"), and whether a
// sentence gives the figure asked for: of the thing measured, in its unit, a total or a change, a
// size or a length. Pure; kinds-not-given.ts asks these of the passage found, missing-words.ts
// what a question counts.
import { indexTerms, STOP_WORDS, termOf, tokenize } from '../search/analyze.js';
import type { QueryConcept } from '../search/query.js';

// "How many ...", "what percentage of ...", "what is the GDP / population / size of ...", and in
// keywords: "gdp", "length", "growth rate", "birth rates", "size", "budget", "total population",
// "trade volume", "in percent", "in dollars", "per barrel", a query ending "number?" or ",
// percentages"; "stats", "polls", "surveys" (their answers are figures); "any data on", "figures
// on" (a student wanting evidence for a paper asks so); a note's "japanese investment — figures?".
// Not a bare "volume": "the volume Russian Foreign Policy Today" is a book; nor the cost of a
// choice or an act ("what's the cost of each", "the cost of cracking down"), a consequence.
const QUANTITY_QUESTION =
  /\b(?:how (?:many|much|long|far|big|large|old|often)|what (?:percent|percentage|per ?cent|%|proportion|share|number) of|number of|what(?:'s|s| is| was) (?:the )?(?:\p{L}+ ){0,4}\p{L}+(?:'s|s) (?:gdp|population|budget|size|area|capacity|output|revenues?|income|cost|price)\b|what(?:'s|s| is| was| are| were)? (?:the |its |their )?(?:total |exact |actual |real |current |annual |yearly |dollar |money |monetary |market |trade )?(?:gdp|population|size|area|length|budget|cost|price|amount|value|volume|distance|rate|capacity|output|revenues?|income) of(?! (?:each|both|either|\p{L}+ing)\b)|gdp|length|(?:growth|birth|death|fertility|mortality|inflation|unemployment|interest|exchange|tax|crime|literacy) rates?|size|budgets?|stats|statistics|polls?|polling|surveys?|total (?:population|number|amount|cost|area|length|value|volume)|(?:trade|export|import|sales|production|oil|gas) volumes?|in (?:percent|percentage|per ?cent|%|dollars|rubles|roubles|yen|euros|usd)|per (?:barrel|ton|tonne|capita|head)|(?:numbers?|percentages?)(?=\W*$)|(?:any|some|hard|exact|official|the|what|which) (?:data|figures|numbers) (?:on|about|for)|\bdata (?:on|about)|[—–:]\s*(?:\p{L}+\s+)?(?:figures|numbers|amount|stats)|figures(?=\W*$))(?!\w)/iu;
// Digits that are not a year or a footnote marker, or a number word, or a multiple ("fourfold").
// (A number word inside a compound, "six-party talks", counts nothing; nor "one of", "no one".)
const QUANTITY =
  /(?:\b(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*\b|(?<![\w-])(?:one (?:hundred|thousand|million|billion)|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|percent|half|twice|\w+fold)(?![\w-]))/i;

// What a quantity question counts: "how many <rubles>", "... in <dollars> per year".
const COUNTED_THING = /\bhow (?:many|much) (\p{L}+)|\bin (\p{L}+)/giu;

export function countedWords(question: string): string[] {
  return [...question.matchAll(COUNTED_THING)].flatMap((match) => (match[1] ?? match[2] ?? '').toLowerCase() || []);
}

export const SHARE_WORDS: ReadonlySet<string> = new Set(['percent', 'percents', 'percentage', 'percentages', 'proportion', 'share', 'fraction']);

// "How much does the alliance constrain Tokyo", "how much did China matter": a degree ("to what
// extent"), which a passage gives in words. Not "how much oil does Japan need" (a thing counted)
// nor "how much did the population fall" (an amount). Nor "how much influence can they have", "how
// much leverage": a degree of something no one counts; nor, inside a question, "given how much
// China and the US depend on each other".
const DEGREE_QUESTION =
  /\bhow much\s+(?:(?!(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had)\b)\S+\s+){1,5}?(?:depend|depends|depended|rely|relies|relied|trust|trusts|trusted|distrust|distrusts|distrusted|fear|fears|feared|care|cares|cared|matter|matters|mattered)\b|\bhow much (?:more |less )?(?:influence|leverage|power|say|sway|clout|weight|control|trust|importance|impact|effect|pressure|attention|room|freedom|respect|support|credit|blame|sense)\b|\bhow much (?:do|does|did|has|have|had|can|could|will|would|should)\b(?:\s+\S+){1,5}?\s+(?:constrain|constrains|constrained|affect|affects|affected|influence|influences|influenced|matter|matters|mattered|care|cares|cared|depend|depends|depended|rely|relies|relied|trust|trusts|trusted|shape|shapes|shaped|limit|limits|limited|hurt|hurts|help|helps|helped|determine|determines|determined|impact|impacts|impacted|restrict|restricts|restricted|like|likes|liked|fear|fears|feared|worry|worries|worried|want|wants|wanted|need|needs|needed|dislike|dislikes|disliked|distrust|distrusts|distrusted)\b/i;

// Keywords, not a sentence: "number chinese migrants far east", "northern territories population".
// ("Why is the Far East losing population" asks why.)
const COUNT_IN_KEYWORDS =
  /^(?!\W*(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|tell|explain|describe)\b)(?:\W*(?:number|amount|count)\s+(?!of\b)\p{L}|[^?,;.]*\spopulation\W*$)/iu;

export function asksForQuantity(question: string): boolean {
  // "How many problems does he list" is no quantity question: it asks about the essay's own list
  // (intent.ts, 'enumeration'), and never reaches this check.
  return (QUANTITY_QUESTION.test(question) || COUNT_IN_KEYWORDS.test(question)) && !DEGREE_QUESTION.test(question);
}

// "What is the total population", "how big is the island", "army size": a total or a size. A
// change ("lost roughly one million", "increased by three million") is no total, and a count of
// things ("the three disputed islands") is no size: a size is written in figures or magnitudes.
// "What is Russia's population", "the population of Tokyo", "how many people live in X": a total too.
const TOTAL_QUESTION = /\b(?:total|overall|entire|whole|altogether|all together|in all)\b|\bhow many (?:people|inhabitants|residents) (?:live|lived|living|are living) in\b|\bwhat(?:'s|s| is| was)\s+(?:the\s+)?(?:(?:\p{L}+\s+){0,2}\p{L}+(?:'s|s)?\s+)?population\b/iu;
const SIZE_QUESTION = /\bhow (?:big|large)\b|\bsize\b|\barea\b/i;
// "What was Heilongjiang's population increase": a change, not a total.
const CHANGE_QUESTION = /\b(?:increase[sd]?|decrease[sd]?|change[sd]?|growth|grow|grew|drop(?:ped)?|declined?|loss|lose|lost|fall|fell|rise|rose|gain(?:ed)?|shr[iau]nk|difference|gap)\b/i;
// (Up to three words between: "lost roughly one million" is a change in each of its figure's words.)
const CHANGE_BEFORE = /\b(?:lost|lose|losing|increased|decreased|grew|grown|rose|risen|fell|fallen|dropped|declined|gained|by|more|less|fewer)\s+(?:\S+\s+){0,3}$/i;
const MAGNITUDE = /\b\d[\d,.]*\b|\b(?:hundreds?|thousands?|millions?|billions?|percent)\b/i;
const EVERY_QUANTITY = new RegExp(QUANTITY.source, 'gi');
// "Trade between the two", "the two neighbors": the two parties a passage is about, named before,
// not a figure ("how much oil does Japan import" is not answered by "more to offer ... than trade
// between the two"). "The two incidents" still counts incidents.
const THE_TWO_PARTIES = /\bthe two(?=\s*[^\s\p{L}]|\s*$|\s+(?:countries|nations|neighbou?rs|partners|sides|powers|governments|leaders|states)\b)/giu;

// "How long is the border", "how far": a length or a time, which an area ("a hundred and fifty
// thousand square kilometers") is not.
const LENGTH_QUESTION = /\bhow (?:long|far)\b|\blength\b|\bdistance\b/i;
// "How long was Putin content with the West": a time may be given without a figure ("for a year
// or so", "for decades").
const DURATION = /\b(?:(?:a|an|one|several|a few|few|many|some)\s+(?:years?|months?|decades?|weeks?)|(?:for|over)\s+(?:years|months|decades|weeks))\b/i;
// After a figure's word ("hundred"), the rest of the figure, then "square": an area.
const AREA_AFTER = /^(?:[\s,-]*(?:and|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b)*\s+square\b/i;

// Units of measure a question may count in ("how far ... in km", "how many barrels"): a figure
// answers it only beside its unit. (A share is given in words, "almost half"; people and things are
// counted under many names, "population", "residents".)
const MEASURE_UNITS: ReadonlySet<string> = new Set(
  `km kms kilometer kilometers kilometre kilometres mile miles meter meters metre metres acre acres hectare hectares
  ton tons tonne tonnes barrel barrels dollar dollars ruble rubles rouble roubles yen euro euros usd`
    .split(/\s+/)
    .filter((word) => word !== '')
    .map(termOf),
);

// A figure as a question writes one before its unit: digits, or a number's words ("200 billion",
// "three million", "a hundred").
const FIGURE_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|bn|mn)$/;

/**
 * The units of measure the question writes after a figure ("did trade pass 200 billion
 * dollars"): an amount it states, which a reading that never counts in that unit cannot confirm.
 */
export function unitsAfterFigures(question: string): string[] {
  const tokens = tokenize(question);
  return tokens.flatMap((token, at) => (MEASURE_UNITS.has(token.term) && FIGURE_WORD.test(tokens[at - 1]?.word ?? '') ? [token.word] : []));
}

// What a quantity question measures: "how much <oil>", "what is the <gdp> of", "Russia's <population>".
const MEASURED = /\bhow (?:many|much) (\p{L}+)|\b(gdp|population|budget|size|area|length|cost|price|amount|value|volume|distance|rate) of\b|(?:'s|s) (gdp|population|budget)\b/giu;

/**
 * The concept for the thing a quantity question measures ("how much oil"), which the figure's
 * sentence must speak of: "almost half" of Russia's trade is no amount of its gas. None where the
 * question measures in frame or function words ("how much more", "how many did").
 */
export function measuredConcept(question: string, concepts: readonly QueryConcept[]): QueryConcept | undefined {
  for (const match of question.matchAll(MEASURED)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
    if (STOP_WORDS.has(word) || SHARE_WORDS.has(word)) continue;
    const concept = concepts.find((candidate) => candidate.words > 0 && candidate.source === word);
    if (concept !== undefined) return concept;
  }
  return undefined;
}

// "What percentage of China's trade", "what share of the population": a share, which a count
// ("lost roughly one million") does not give; a percentage or a part in words ("almost half") does.
const SHARE_QUESTION = /\b(?:what|which|how (?:big|large|much) (?:a |of a )?|how many)\s*(?:percent|percentage|per ?cent|%|proportion|share|fraction)\b|\bin (?:percent|percentage|per ?cent|%)|\bpercentages?(?=\W*$)/i;
const SHARE_FIGURE = /%|\b(?:percent|per cent|percentage|half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority|fraction)\b/i;

// A sum of money asked for: "how much money", "how much did they spend / invest / pay".
const SUM_QUESTION = /\bhow much (?:money|cash|funding|funds|investment)\b|\bhow much\b[^?]*\b(?:spend|spent|spending|invest|invested|investing|pay|paid|paying|cost|costs|put into|put in)\b/i;

/** How a sentence gives the number a question asks for: any number, a total, a size, or a length; in the unit asked for. */
export function quantityGiven(question: string, missingWords: readonly string[], measured?: QueryConcept): (sentence: string) => boolean {
  const total = TOTAL_QUESTION.test(question) && !CHANGE_QUESTION.test(question);
  // "How big is Europe's share": a share's size is a share, given in words ("almost half").
  const size = SIZE_QUESTION.test(question) && !tokenize(question).some((token) => SHARE_WORDS.has(token.word));
  const length = LENGTH_QUESTION.test(question);
  // A unit the reading never uses is already said to be missing ("in dollars"), not asked twice.
  const units = countedWords(question)
    .filter((word) => !missingWords.includes(word))
    .map(termOf)
    .filter((term) => MEASURE_UNITS.has(term));
  const speaksOfMeasured = (sentence: string): boolean => {
    if (measured === undefined) return true;
    const terms = new Set(indexTerms(sentence));
    return measured.alternatives.some((alt) => alt.via !== 'fuzzy' && alt.terms.length > 0 && alt.terms.every((term) => terms.has(term)));
  };
  const share = SHARE_QUESTION.test(question);
  // "How much money did Gref put in": a sum, which a multiple ("a fourfold increase") is not;
  // "how much more" asks for the multiple.
  const sum = SUM_QUESTION.test(question) && !/\bhow much more\b/i.test(question);
  return (sentence) =>
    (units.length === 0 || tokenize(sentence).some((token) => units.includes(token.term))) &&
    (!share || SHARE_FIGURE.test(sentence)) &&
    speaksOfMeasured(sentence) &&
    ((length && units.length === 0 && DURATION.test(sentence)) ||
    [...sentence.replace(THE_TWO_PARTIES, 'the pair').matchAll(EVERY_QUANTITY)].some((match) => {
      if (total && CHANGE_BEFORE.test(sentence.slice(0, match.index))) return false;
      if (length && AREA_AFTER.test(sentence.slice(match.index + match[0].length))) return false;
      return (!size && !sum) || MAGNITUDE.test(match[0]);
    }));
}
