// Who and where: questions asking for a name, a person, an office's holder or a place, and
// whether a sentence of a passage gives one where it speaks of what the question asks about.
// Pure; kinds-not-given.ts asks these of the passage found.
import { DEMONYMS, indexTerms, STOP_WORDS, termOf, tokenize } from '../search/analyze.js';
import { isDictionaryWord } from '../search/english-words.js';
import type { QueryConcept } from '../search/query.js';
import { splitSentences } from '../search/sentences.js';

// "Who was the US president during ...", "which US president ...", "the PM's name": the question
// asks who held an office, and a passage answers it only where it names that office (a "leader"
// is met by any head of government). The word before the office, where it says which one
// ("defense minister", not "Russian minister"), must be there too. A company is asked for by its
// name the same way ("which oil company").
export const OFFICES = 'vice president|president|prime minister|premier|pm|foreign minister|minister|leader|head of state|chairman|general secretary|secretary|chancellor|king|queen|emperor|ambassador|ruler|dictator|mayor|governor|ceo|commander|spokesman|spokesperson|company|corporation';
const OFFICE_QUESTIONS: readonly RegExp[] = [
  new RegExp(`\\bwho(?:'s|s)?\\s+(?:(?:was|is|were|are|became|becomes|has been|had been)\\s+)?(?:\\S+\\s+){0,5}?(?:(\\p{L}+(?:['’]s)?)\\s+)?(${OFFICES})s?\\b`, 'iu'),
  // One holder ("which US president"): "which Chinese leaders talked about ..." may be answered by
  // a passage speaking of them.
  new RegExp(`\\bwhich\\s+(?:\\S+\\s+){0,3}?(?:(\\p{L}+(?:['’]s)?)\\s+)?(${OFFICES})\\b(?!s)`, 'iu'),
  new RegExp(`(?:\\b(\\p{L}+(?:['’]s)?)\\s+)?\\b(${OFFICES})(?:'s|s)?\\s+names?\\b`, 'iu'),
  // "Name of the Georgian president", "the names of the ministers".
  new RegExp(`\\bnames?\\s+of\\s+(?:the\\s+)?(?:(\\p{L}+(?:['’]s)?)\\s+)?(${OFFICES})s?\\b`, 'iu'),
  // "What company built the pipeline": a company is asked for by its name, as an office's holder is.
  // Not "what did the company of ... do": a verb after "what" asks what was done.
  /\bwhat\s+(?!(?:is|was|are|were|did|does|do|has|had|will|would|can|could)\b)(?:\S+\s+){0,2}?(?:(\p{L}+)\s+)?(company|corporation)\b(?!s)/iu,
];
const HEADS = new Set(['leader', 'ruler', 'head of state', 'dictator']);
const COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values());
export const COUNTRY_TERMS: ReadonlySet<string> = new Set([...COUNTRIES].map(termOf));

export interface OfficeAsked {
  /** The office, lower case ("minister"). */
  readonly office: string;
  /** The word saying which office, if any ("defense"), lower case. */
  readonly which: string | undefined;
  /** The country whose office it is, as an index term ("china" for "China's", "chinas", "Chinese"), if named. */
  readonly country: string | undefined;
}

/** The country a word names ("chinese", "china's", "chinas"), as an index term; undefined for other words. */
function countryOf(word: string): string | undefined {
  const bare = word.replace(/['’]s$/, '');
  if (COUNTRIES.has(bare) || DEMONYMS.has(bare)) return termOf(bare);
  // A possessive typed without its apostrophe ("chinas president").
  const unmarked = bare.replace(/s$/, '');
  if (unmarked !== bare && COUNTRIES.has(unmarked)) return termOf(unmarked);
  return undefined;
}

// "This guy Primakov who became foreign minister": "who" after a name or a noun tells who he was;
// it asks nothing. (After "know", "wonder", "idk" or a small word, it asks: "idk who was president".)
const ASKING_WHO = new Set(['know', 'knows', 'wonder', 'wondering', 'idk', 'ask', 'asking', 'tell', 'remember', 'forget', 'forgot', 'sure', 'unsure', 'guess', 'out']);

function tellsWhoAfterAName(question: string, match: RegExpExecArray): boolean {
  if (!/^who/i.test(match[0])) return false;
  const before = /(\p{L}+)\W*$/u.exec(question.slice(0, match.index))?.[1]?.toLowerCase();
  return before !== undefined && !STOP_WORDS.has(before) && !ASKING_WHO.has(before) && /\s$/.test(question.slice(0, match.index));
}

/** The office a "who was the ..." question asks about; undefined for other questions. */
export function officeAskedFor(question: string): OfficeAsked | undefined {
  for (const pattern of OFFICE_QUESTIONS) {
    const match = pattern.exec(question);
    const office = match?.[2]?.toLowerCase();
    if (match === null || office === undefined || tellsWhoAfterAName(question, match)) continue;
    const before = match[1]?.toLowerCase();
    // The country before the office ("Ukraine's president") or after it ("president of Ukraine").
    const after = /^\s+of\s+(?:the\s+)?(\p{L}+)/u.exec(question.slice(match.index + match[0].length))?.[1]?.toLowerCase();
    const country = (before === undefined ? undefined : countryOf(before)) ?? (after === undefined ? undefined : countryOf(after));
    // Only a content word says which office: not "the", "russian", "us", nor "vice" of "vice president".
    const which = before !== undefined && country === undefined && !STOP_WORDS.has(before) && before.length > 2 ? before : undefined;
    return { office, which, country };
  }
  return undefined;
}

// A month or a day is a date, not a name ("in October 2004").
const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * True when the sentence names someone or something: a capitalised word after its first that is
 * neither a dictionary word nor a country or nationality ("Primakov", "Tarabarov", not "Chinese"
 * or "Foreign"), nor one of `except` (the question's own words).
 */
export function namesSomeone(sentence: string, except: ReadonlySet<string> = new Set(), wholeNames = false): boolean {
  for (const match of sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu)) {
    const word = match[0].toLowerCase();
    // As the question's words are folded: "Bol'shoi" is the question's "bolshoi", "Putin's" its "putin".
    const asked = except.has(word) || except.has(word.replace(/['’]s$/, '')) || except.has(word.replace(/['’]/g, ''));
    const ordinary = (part: string): boolean => isDictionaryWord(part) || COUNTRIES.has(part) || DEMONYMS.has(part) || CALENDAR_WORDS.test(part);
    if (asked || ordinary(word)) continue;
    // "Sino-Russian", "US-Japan": countries joined, no one's name.
    if (word.includes('-') && word.split('-').every((part) => part === '' || ordinary(part) || except.has(part))) continue;
    // "Evgenii" before "Primakov" is the same person as the question's "primakov" (a title's
    // "Vladimir Putin" still names a book about him).
    if (!wholeNames) return true;
    const next = /^\s+(\p{L}+)/u.exec(sentence.slice(match.index + match[0].length))?.[1]?.toLowerCase();
    if (next !== undefined && except.has(next)) continue;
    return true;
  }
  return false;
}

/**
 * The sentence with a first name that is also a nationality left out: "German Gref, minister of
 * economic development" names a Russian minister called German, not a German office. A
 * nationality followed by a capitalised word the dictionary does not know is a first name.
 */
export function withoutCountryLikeFirstNames(sentence: string): string {
  return sentence.replace(/\b(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}[\p{L}'’-]+))/gu, (whole: string, first: string, next: string) =>
    DEMONYMS.has(first.toLowerCase()) && !isDictionaryWord(next.toLowerCase()) ? '' : whole,
  );
}

/**
 * True when a sentence of the text names the office and someone, or the text names the office's
 * holder as the glossary gives them for the question's office words ("prime minister" = Koizumi,
 * where the essay writes only "Koizumi's visits"). Only a name counts as a holder: a glossary
 * stand-in that is an ordinary word or a country ("US president" = the US) says where the office
 * is, not who held it.
 */
export function namesOfficeHolder({ office, which, country }: OfficeAsked, concepts: readonly QueryConcept[], text: string, questionWords: ReadonlySet<string>): boolean {
  const offices = HEADS.has(office) ? OFFICES : office;
  const officeWords = new RegExp(`\\b(?:${offices})s?\\b`, 'i');
  // "US vice president Dick Cheney" names another country's office holder, not China's president:
  // a sentence whose every mention of the office follows another country (within two words).
  const everyOffice = new RegExp(officeWords.source, 'gi');
  const anotherCountrysOffice = (text: string): boolean => {
    if (country === undefined) return false;
    const sentence = withoutCountryLikeFirstNames(text);
    return [...sentence.matchAll(everyOffice)].every((match) => {
      const before = tokenize(sentence.slice(0, match.index)).slice(-2);
      const named = before.map((token) => countryOf(token.word)).filter((term) => term !== undefined);
      return named.length > 0 && !named.includes(country);
    });
  };
  const whichTerm = which === undefined ? undefined : termOf(which);
  const saysWhich = (sentence: string): boolean => whichTerm === undefined || indexTerms(sentence).includes(whichTerm);
  // The office named beside a name answers "who" ("Evgenii Primakov, appointed foreign minister");
  // the office alone does not ("references made by the Chinese leaders in 1964"), nor another
  // office of the kind ("minister of economic development" for "defense minister").
  const mentions = splitSentences(text).filter((sentence) => officeWords.test(sentence.text));
  if (mentions.some((sentence) => saysWhich(sentence.text) && !anotherCountrysOffice(sentence.text) && namesSomeone(sentence.text, questionWords, true))) return true;
  // Nor does the glossary's holder, where the passage gives the office to another country only.
  if (mentions.length > 0 && mentions.every((sentence) => anotherCountrysOffice(sentence.text))) return false;
  const officeWord = office.split(' ').at(-1) ?? office;
  const terms = new Set(indexTerms(text));
  // "Who replaced Primakov as foreign minister": the holder asked for is not the one named.
  const asked = new Set([...questionWords].map(termOf));
  return concepts.some(
    (concept) =>
      concept.source.includes(officeWord) &&
      concept.alternatives.some(
        (alt) => alt.via === 'glossary' && alt.terms.every((term) => terms.has(term) && !isDictionaryWord(term) && !COUNTRIES.has(term) && !asked.has(term)),
      ),
  );
}

// "Who led the Hamas delegation", "who signed the agreement": a person, named in the part of a
// sentence about the subject ("the invitation of the Hamas leaders for talks in Moscow" names no
// one; "Dick Cheney", later in the sentence, is named for another event). So does "who was
// overthrown", "who got kicked out": a person, not the country it happened in; and "who won the
// election" (not "who won more from the rapprochement": a side). Not "who leads the SCO,
// Moscow or Beijing": the question names the choices.
export const PERSON_QUESTION =
  /\bwho\s+(?:led|headed|signed|negotiated|represented|organi[sz]ed|commanded|chaired|(?:won|wins|win)\b(?=.*\b(?:elections?|votes?|presidency|race|runoff|run-off|rerun|re-run|olympics|prize|award|cup|championship|battle|match|game|war)\b)|(?:got|was|were)\s+(?:kicked out|thrown out|forced out|overthrown|ousted|toppled|deposed|removed)|lost power|resigned|fled)\b(?!.*\bor\b)/i;

// "Who took power in Kyrgyzstan after the revolution", "who came to power after Yeltsin", "who
// took over": a person who took office, whom a passage gives only where a sentence tells someone
// took it ("since Putin took presidency"; "before coming to power ..., he" after his name).
const TOOK_POWER_QUESTION =
  /\bwho\s+(?:(?:took|takes|came|comes|rose|got)\s+(?:to\s+)?power|took\s+over|(?:took|became)\s+(?:the\s+)?(?:presidency|president|leader|prime minister|premier|office)|replaced|succeeded)\b/i;
const POWER_TAKEN =
  /\b(?:(?:took|taken|taking|takes|take)\s+(?:over|power|office|(?:the\s+)?presidency)|(?:came|coming|come|comes|rose|rise)\s+to\s+power|(?:became|become|becomes|becoming)\s+(?:the\s+)?(?:president|prime minister|premier|leader)|succeeded|elected|appointed|inaugurated|sworn in)\b/i;

/** True when the question asks who took power (see TOOK_POWER_QUESTION). */
export function asksWhoTookPower(question: string): boolean {
  return TOOK_POWER_QUESTION.test(question);
}

/** True when a sentence tells someone took power, naming them there or in the sentence before ("he"). */
export function tellsWhoTookPower(sentences: readonly string[], except: ReadonlySet<string>): boolean {
  return sentences.some((sentence, at) => POWER_TAKEN.test(sentence) && (namesSomeone(sentence, except) || (/\b(?:he|she|they)\b/i.test(sentence) && namesSomeone(sentences[at - 1] ?? '', except))));
}

/**
 * True when a clause of the sentence that speaks of the subject (any clause, without one) names
 * someone, or follows a name it describes: "Evgenii Primakov, appointed foreign minister in 1996".
 */
export function namesSomeoneBeside(sentence: string, subject: readonly QueryConcept[], except: ReadonlySet<string>): boolean {
  return namesSomeoneIn(sentence, (terms) => subject.length === 0 || holdsAnyConcept(terms, subject, true), except);
}

/** True when a clause of the sentence for which `about` holds (given its terms) names someone, or follows a name it describes. */
export function namesSomeoneIn(sentence: string, about: (terms: ReadonlySet<string>) => boolean, except: ReadonlySet<string>): boolean {
  const clauses = clausesOf(sentence);
  return clauses.some(({ text, terms }, at) => {
    if (!about(terms)) return false;
    const lastWordBefore = at > 0 ? (/\p{Lu}[\p{L}'’-]+\s*$/u.exec(clauses[at - 1]?.text ?? '')?.[0] ?? '') : '';
    return namesSomeone(text, except) || (lastWordBefore !== '' && namesSomeone(` ${lastWordBefore}`, except));
  });
}

/** The parts of a sentence between commas, semicolons, colons and brackets, each with its index terms. */
export function clausesOf(sentence: string): { readonly text: string; readonly terms: ReadonlySet<string> }[] {
  return sentence.split(/[,;:()]/).map((text) => ({ text, terms: new Set(tokenize(text).map((token) => token.term)) }));
}

/**
 * True when the terms hold all the words of one of a concept's alternatives: as typed or through
 * the glossary, and a typo guess only where `guesses` allows it.
 */
export function holdsConcept(terms: ReadonlySet<string>, concept: QueryConcept, guesses = false): boolean {
  return concept.alternatives.some((alt) => (guesses || alt.via !== 'fuzzy') && alt.terms.length > 0 && alt.terms.every((term) => terms.has(term)));
}

export function holdsAnyConcept(terms: ReadonlySet<string>, concepts: readonly QueryConcept[], guesses = false): boolean {
  return concepts.some((concept) => holdsConcept(terms, concept, guesses));
}

// "Which islands make up the Northern Territories", "what are the names of the member states",
// "which other officials went", "which officials apart from Gref", in keywords "island names",
// "participants list": the question asks for the names of several things, which a
// sentence gives only by naming them.
const NAMES_QUESTION =
  /\b(?:(?:which|what) (?:\w+ ){0,2}(?:islands|countries|states|members|cities|regions|provinces|companies|people|leaders|officials|scholars|authors|books)\b.*\b(?:make up|made up|are in|were in|are part of|were part of|belong|form|consist|include|are members|take part|took part|participate|participated|were involved|are involved|(?:were|are|became|become)\s+(?:\w+\s+){0,2}(?:observers|members|participants|founders|parties|signatories))\b|(?:which|what) other (?:\w+ )?(?:islands|cities|regions|provinces|companies|people|leaders|officials|ministers|politicians|diplomats|scholars|authors|books)\b|\b(?:besides|apart from|other than|except(?: for)?) \p{L}+(?:'s)?,? (?:which|what|who)\b|(?:which|what) (?:\w+ )?(?:islands|countries|states|cities|regions|provinces|companies|people|leaders|officials|ministers|politicians|diplomats|scholars|authors|books)\s+(?:besides|apart from|aside from|other than|except(?: for)?)\s|\bwho (?:are|were) (?:the )?(?:\w+ ){0,2}(?:observers|members|founders|participants|signatories|parties)\b|names? of the|name the|titles? of\b|\p{L}+'s titles?|names(?=\W*$)|(?:participants|members|member states|countries|parties) list(?=\W*$))\b/iu;

// "What university ...", "which company is building ...", "what religion do most Russians
// follow": one thing's name, given only by naming it.
export const THING_QUESTION = /\b(?:what|which) (?:\w+ )?(?:company|firm|university|uni|college|school|institute|newspaper|bank|city|town|port|river|party|organi[sz]ation|journal|book|publisher|treaty|pact|accord|religion|language|currency)\b(?!s)/i;

// "What was the 2005 drill called (officially)": its name, as "the name of the 2005 drill" asks;
// "what are the islands called", their names. Not "called for", "called on" (demanded, urged)
// nor "called off".
const CALLED = String.raw`\s+(?:the|this|that|his|her|its|their|\p{L}+'?s)\s+(?:[\p{L}\d-]+\s+){0,7}?called\b(?!\s+(?:for|on|off|out|up|back|in)\b)`;
const CALLED_QUESTION = new RegExp(String.raw`\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)` + CALLED, 'iu');
const ONE_CALLED_QUESTION = new RegExp(String.raw`\bwhat(?:'s|\s+is|\s+was)` + CALLED, 'iu');
export const ONE_NAME_QUESTION = new RegExp(String.raw`\bname of (?:the|this|that)\b(?!.*\bother\b)|` + ONE_CALLED_QUESTION.source, 'iu');
// "What is the name of the Hamas leader who visited Moscow": one person's name, given in the
// clause naming the role ("Evgenii Primakov, appointed foreign minister in 1996").
export const PERSON_NAME_QUESTION =
  /\bname of (?:the|this|that) (?:\w+ ){0,3}?(leader|president|minister|official|diplomat|ambassador|general|commander|spokes(?:man|woman|person)|head|chief|guy|man|woman|person|politician)\b/i;

export function asksForNames(question: string): boolean {
  return NAMES_QUESTION.test(question) || CALLED_QUESTION.test(question);
}

// "Where did Putin write his thesis": a place. Not where an idea or figure comes from (a source or
// a cause: "where is that quote from", "where is the data from"), where to read more, nor where in
// the essay something is (a structure question: "the bit where he says ...").
// So is "in which city", "at what venue": the place, asked by its kind ("what city" asks for
// the name, kinds-not-given.ts).
const PLACE_QUESTION = /\bwhere\b|\b(?:in|at) (?:which|what) (?:city|cities|town|towns|capital|venue|port)\b/i;
// (Nor "where does that come in", "where does it fit", "where China fits": a place in the
// argument; nor a note's "..., where is that", nor a learner's "where he ask this": where in the
// reading; nor "where Japan is concerned": as regards Japan.)
const NOT_A_PLACE = /\bwhere\s+(?:\p{L}+\s+){1,3}(?:is|are|was|were)\s+concerned\b|\bwhere\s+(?:\p{L}+\s+){1,2}(?:fits?|fitted)\b|\bwhere (?:does|do|did|would|could) (?:that|this|it|they|these|those|\p{L}+) (?:\w+ )?(?:come in|comes in|fit|fits|fit in|come up|show up|appear)\b|\bwhere\b.*\b(?:come|comes|came|coming|get|gets|got|getting)\s+(?:\w+\s+)?from\b|\bwhere\s+(?:can|could|should|do|would|might)\s+(?:i|we|you)\b|\bwhere\b.*\b(?:source|sources|read|cited?|footnotes?|essay|author|writer|part|section|paragraph|text|article|chapter|quotes?|quotation|quoted|citations?|figures?|data|numbers|stats|statistics|info|information|evidence|term|concept|phrase)\b|\bwhere\s+(?:does|did|do|is|was)\s+(?:he|yokote|it|they)\b|\b(?:bit|part|parts|line|lines|place|point|bits)\s+where\b|\bwhere\s+(?:he|yokote|it|the author|the essay|the writer)\s+(?:\p{L}+s|ask|say|write|talk|mention|discuss|explain|argue|describe|speak|show|tell|compare|conclude|answer|raise|pose)\b|\bwhere(?:'s|s|\s+is|\s+was)\s+(?:that|this)(?!\s*\p{L})/iu;
// (Nor, in a debate, where in the reading a claim is: "quote where Russia ...", "show me where",
// "where is that asked", a claim followed by "..., where?"; nor where a country should go or
// stands, a course.)
// "Where is the SCO discussed", "where's the bit about the pipeline", "taiwan mention where",
// keywords and "where" ("six party talks north korea where"; not "... and where", a place asked
// beside another question): where the reading speaks of it.
const WHERE_IN_THE_READING =
  /^(?!\W*(?:what|which|who|whom|whose|when|why|how|did|does|do|is|was|were|are|can|could|will|would|has|have|had)\b)[^?]*?(?<!\band)\s+where\W*$|\bwhere\b.*\b(?:discuss(?:ed|es)?|mention(?:ed|s)?|talked about|talks about|brought up|covered|dealt with|bit|bits)\b|\b(?:mention|mentioned|mentions|discussed|bit|bits)\s+where\W*$|\b(?:quote|quotes|cite|show(?: me| us)?|find|passage|sentence|spot|page)\s+where\b|\bwhere\s+(?:is|was|are|were)\s+(?:that|this|it)\s+(?:asked|said|mentioned|discussed|argued|stated|written|raised|posed|shown|covered)\b|[,;:-]\s*where\W*$|\bwhere\s+(?:\p{L}+\s+){1,2}(?:should|must|ought to|wants? to|wanted to|was going to)\s+(?:go|head|stand|turn)\b|\bwhere\s+(?:\p{L}+\s+){1,2}(?:stands|stood|is heading|was heading|is headed|was headed)\b/iu;
// A place as the reading names one: a capitalised name after "in", "at", "to", "from" ...
// ("in the former Soviet Union"), or a people's countries, states or markets ("other Asian countries").
// ("In August 2005" is a time: a month or a day is no place.)
const NOT_A_MONTH = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`;
export const PLACE_GIVEN = new RegExp(
  String.raw`\b(?:in|at|to|from|into|near|across|throughout|inside|outside|toward|towards|via)\s+(?:the\s+)?(?:\p{Ll}+\s+)?${NOT_A_MONTH}\p{Lu}|\p{Lu}\p{L}+\s+(?:countries|states|nations|markets|regions|cities|ports)\b`,
  'u',
);
export const PLACE_AT = new RegExp(
  String.raw`\b(?:in|at|near|across|throughout|inside|outside)\s+(?:the\s+)?(?:\p{Ll}+\s+)?${NOT_A_MONTH}\p{Lu}|\p{Lu}\p{L}+\s+(?:countries|states|nations|markets|regions|cities|ports)\b`,
  'u',
);
// A question of going or sending somewhere.
export const MOTION_QUESTION = /\b(?:go|goes|went|gone|going|travel(?:l?ed)?|fly|flew|move[sd]?|moving|sen[dt]|sends|come|came|head(?:ed)?|visit(?:ed|s)?|deploy(?:ed)?|export(?:ed|s)?|sell|sold|ship(?:ped)?|flee|fled|migrate[sd]?|emigrate[sd]?)\b/i;

export function asksForPlace(question: string): boolean {
  return PLACE_QUESTION.test(question) && !NOT_A_PLACE.test(question) && !WHERE_IN_THE_READING.test(question);
}
