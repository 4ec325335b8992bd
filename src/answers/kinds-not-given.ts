// The kind of answer a question asks for (a number, a date, a name, a place, what was said,
// someone's view, what a term is) and whether the first passage gives it. Pure; the answer engine
// marks a question whose kind is not given as `partial`. The checks of each kind live beside it:
// dates-and-later-events.ts, names-and-places.ts, quantities.ts, whose-view.ts, what-it-is.ts.
import {
  asksForDate,
  asksForResult,
  asksPastReadingYears,
  asksPastSpanEnd,
  asksWhatHappenedLater,
  asksWhetherItCameAbout,
  asksWhetherItWasWon,
  asksWhyItFailed,
  clausesOfIntent,
  dateGiven,
  isAboutAnotherYear,
  namesOnlyAsTime,
  outcomeVerbAskedFor,
  tellsOnlyOfIntent,
  tellsResult,
  termsAskedAbout,
  termsInTimePhrases,
  tellsFailure,
  WORDS_SAID,
} from './dates-and-later-events.js';
import {
  asksForNames,
  asksForPlace,
  asksWhoTookPower,
  clausesOf,
  COUNTRY_TERMS,
  holdsAnyConcept,
  holdsConcept,
  MOTION_QUESTION,
  namesOfficeHolder,
  namesSomeone,
  namesSomeoneBeside,
  namesSomeoneIn,
  officeAskedFor,
  OFFICES,
  ONE_NAME_QUESTION,
  PERSON_NAME_QUESTION,
  PERSON_QUESTION,
  PLACE_AT,
  PLACE_GIVEN,
  tellsWhoTookPower,
  THING_QUESTION,
} from './names-and-places.js';
import { isNamed, KIND_WORDS, namedNear } from './kind-passage.js';
import type { KindPassage } from './kind-passage.js';
import { asksForQuantity, countedWords, measuredConcept, quantityGiven } from './quantities.js';
import { NOT_GIVEN } from './types.js';
import { definesTerm, definitionAsked, documentAsked, eventAsked, tellsOf } from './what-it-is.js';
import { asksWhatTheySaid, speaksOf, viewHolderOf, viewObjectOf } from './whose-view.js';
import { indexTerms, termOf, tokenize } from '../search/analyze.js';
import type { QueryConcept } from '../search/query.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';

// "What did Koizumi say to Putin", "what did they agree", "what did they talk about": the content
// of someone's words or of an agreement. Not what the author or the essay says: that is the whole
// reading. ("What was that a sign of" asks what something showed: "sign" there is a noun.)
const REPORT_QUESTION = /\bwhat\b(?:\s+\S+){0,8}?\s+(?:say|said|says|(?<!\b(?:a|the|any|no|clear)\s)sign(?!\s+of\b)|signed|agree|agreed|offer|offered|promise|promised|propose|proposed|claim|claimed|announce|announced|declare|declared|tell|told|demand|demanded|talk|talked|discuss|discussed)\b/i;
// The reading's own words, in either order: "what does the author propose", and as a learner of
// English may ask it, "what propose the author".
const REPORT_BY_READING =
  /\b(?:author|essay|yokote|text|article|reading|piece|paper|chapter|writer|he|it|paragraph)\s+(?:\S+\s+)?(?:say|says|said|claim|claims|propose|proposes|argue|argues|talk|talks|discuss|discusses)\b|\b(?:say|says|said|claim|claims|propose|proposes|argue|argues|talk|talks|discuss|discusses)\s+(?:the\s+)?(?:author|essay|yokote|text|article|reading|piece|paper|chapter|writer|paragraph)\b/i;
// A sentence reporting words or an agreement: a verb or noun of saying, or a quotation.
const SAYING =
  'say|says|said|state[sd]?|statement|declared?|declaration|announced?|agreed?|agreement|signed|treaty|accord|offer(?:ed|s)?|propos(?:ed|al|als)|promised?|remarks?|remarked|claim(?:ed|s)?|argu(?:e|ed|es|ing)|insist(?:ed|s)?|disclosed|express(?:ed)?|demand(?:ed|ing|s)?|call(?:ed)? for|according to|references?|referred|told|warned|accused|criticized|urged|pledged|vowed|rejected|refused|accepted|suggested|advocat(?:e|ed|es)|stress(?:ed|es)?|emphasi[sz](?:ed|es)|recommend(?:ed|s)?|predict(?:ed|s)?';
const REPORTS = new RegExp(String.raw`\b(?:${SAYING})\b|[“"]`, 'i');

// "What did they agree", "what did Russia and China sign": the content of an agreement, which only
// a sentence about an agreement gives (not one about talks or remarks).
const AGREEMENT_QUESTION = /\bwhat\b(?:\s+\S+){0,8}?\s+(?:(?<!\b(?:a|the|any|no|clear)\s)sign(?!\s+of\b)|signed|agree|agreed)\b/i;
const AGREEMENTS = /\b(?:agree[sd]?|agreements?|signed|signing|treat(?:y|ies)|accords?|deals?|pacts?|settle(?:d|ment)|declarations?|charter)\b/i;
// "Did Japan and Russia ever sign a peace treaty", "is it true they signed a deal": whether the
// parties asked about agreed, which only a sentence about an agreement naming them answers (not
// one about an agreement between others). Not the reader's agreeing ("does the author agree").
const SIGNED_QUESTION = /\b(?:sign|signs|signed|signing|conclude[sd]?)\b(?:\s+\S+){0,4}?\s+(?:treat(?:y|ies)|agreements?|deals?|pacts?|accords?)\b|\b(?:sign|signed)\s+(?:anything|something)\b/i;

// How something was divided between parties, and the words telling a division.
// ("Why did Russia and the West split" is no division of something between them.)
const DIVISION_QUESTION =
  /\b(?:split|divided|shared out|carved up|partitioned)\s+(?:up\s+)?between\b|\bhow\s+(?:was|were|did|is|are)\b[^?]*\b(?:split|divide|divided|partition|partitioned)\b|\bwhich\s+(?:of\s+the\s+(?:\w+\s+)?)?(?:islands?|parts?|ones?|half|halves|pieces?|territor(?:y|ies)|land|areas?)\b[^?]*\bwent to\b|\b(?:handed over|hand over|handover)\b/i;
const DIVISION = /\b(?:split|divid(?:e|ed|es|ing)|division|half|halves|partition(?:ed)?|handed over|hand(?:ed)? back|transferred|went to|given to|ceded|carved up|shared)\b/i;

/** True when a sentence of the passage tells a division of what the question is about (not "Russian leaders were divided"). */
function tellsDivision(passage: KindPassage, concepts: readonly QueryConcept[]): boolean {
  const things = concepts.filter(
    (concept) => concept.words > 0 && !DIVISION.test(concept.source) && !concept.alternatives.some((alt) => alt.terms.length === 1 && COUNTRY_TERMS.has(alt.terms[0] ?? '')),
  );
  const { sentences, terms } = passage.sentences();
  return sentences.some((sentence, at) => DIVISION.test(sentence.text) && (things.length === 0 || holdsAnyConcept(terms[at] ?? new Set<string>(), things)));
}

// What was said, not only that something was: a quotation, "according to", or a word of saying
// followed by what was said ("demanding that the US army pull out", "announced plans to ...",
// "advocated building Eurasian partnerships", "references ... to the 'lost territory'"). "Harsh
// remarks between Cheney and Putin" says words were exchanged, not which.
const WORDS_GIVEN = new RegExp(String.raw`\b(?:${SAYING})\b(?:\s+\S+){0,6}?\s+(?:that|to|about|on|plans?)\b|\b(?:${SAYING})\s+\p{L}+ing\b|\baccording to\b|[“"‘:]`, 'iu');

function givesWords(sentence: string): boolean {
  return WORDS_GIVEN.test(sentence);
}

// "What can Japan offer Russia", "what could China promise", "what do Japan and Europe offer
// Russia": what someone has to give, not words given.
const WHAT_ONE_CAN_GIVE = /\bwhat\s+(?:can|could|do|does|would|will)\b(?:\s+\S+){1,6}?\s+(?:offer|promise|propose)\b/i;

// What someone "was trying to say by going there" is what an act meant, not words anyone said.
const SAID_BY_ACT = /\b(?:say|said|says|tell|told|signal)\s+(?:\S+\s+)?(?:by|with|through)\s+(?:\p{L}+ing|the|this|that|their|its|his|her)\b/iu;

function asksForReport(question: string): boolean {
  return REPORT_QUESTION.test(question) && !REPORT_BY_READING.test(question) && !WHAT_ONE_CAN_GIVE.test(question) && !SAID_BY_ACT.test(question);
}

// A book, journal or author is named in the footnote a sentence cites, not beside its subject.
// ("The author" alone is the reading's own, as "Yokote" is read: "the author discusses the 2008
// war" asks about the reading, not about the book after 2008 that it cites.)
export const CITED_THINGS = /\b(?:books?|journals?|publish(?:ed|er|ers|es)?|papers?|authors|author(?=s?\s+of\b)|scholars?|sources?|stud(?:y|ies)|articles?|cited?|footnotes?|references?)\b/i;

/**
 * The question's subject: its names the reading writes as names ("Georgia", "Northern
 * Territories", "WTO"), not the words asking for the kind of answer, the office, or a number. A
 * sentence answering "how big are the Northern Territories" names them; one giving "a hundred and
 * fifty thousand square kilometers" of another border does not. Only names count: the verbs and
 * ordinary nouns of a question are paraphrased too freely ("become" for "appointed").
 */
function subjectOf(question: string, concepts: readonly QueryConcept[], namedTerms: ReadonlySet<string>): QueryConcept[] {
  const askingWords = new Set([...countedWords(question), ...KIND_WORDS, ...OFFICES.split('|')]);
  return concepts.filter(
    (concept) =>
      concept.words > 0 &&
      concept.weight >= SEARCH_OPTIONS.minSubjectWeight &&
      !askingWords.has(concept.source) &&
      !/\d/.test(concept.source) &&
      isNamed(concept, (term) => namedTerms.has(term)),
  );
}

// "When did China join", "when was Primakov appointed": who did what is dated, right after the question word.
const DATE_ACTOR = /^\W*(?:so\s+|and\s+)?(?:when|what year|which year|in what year|in which year)\s+(?:did|was|were|has|had|does|do|is)\s+(?:the\s+)?(\p{L}+)/iu;

/** The named one (a country, a person, a body) whose act a date question asks about, if it names one. */
function actorOfDate(question: string, concepts: readonly QueryConcept[], namedTerms: ReadonlySet<string>): QueryConcept | undefined {
  const word = DATE_ACTOR.exec(question)?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return concepts.find(
    (concept) => concept.words > 0 && concept.source.split(' ')[0] === word && isNamed(concept, (term) => namedTerms.has(term) || COUNTRY_TERMS.has(term)),
  );
}

/**
 * True when a sentence of the passage gives the kind of answer (`gives`) and names the subject,
 * there or in the sentence before it (which "it" or "he" refers back to: "in July 2005, it
 * issued a joint declaration" after a sentence naming the SCO). One of the subject's names is
 * enough: "when did the SCO tell the US to leave Central Asia" is answered by a sentence naming
 * the SCO and writing "this area" for Central Asia.
 */
function givenOfSubject(passage: KindPassage, subject: readonly QueryConcept[], gives: (sentence: string) => boolean): boolean {
  const { sentences, terms } = passage.sentences();
  return sentences.some((sentence, at) => gives(sentence.text) && subject.some((concept) => namedNear(terms, at, concept.alternatives)));
}

/**
 * True when a sentence of the passage gives the kind of answer and names the actor, there or, where
 * it says "it", "he" or "they", in the sentence before: "in July 2005, it issued ..." after the SCO;
 * or names the actor right after a sentence giving it.
 * (Not the sentence before for one naming others: "... than China" before "the Russian accession
 * to the WTO ... 2002-2003" dates no act of China's.)
 */
function givenOfActor(passage: KindPassage, actor: QueryConcept, gives: (sentence: string) => boolean): boolean {
  const { sentences, terms } = passage.sentences();
  const names = (at: number): boolean => actor.alternatives.some((alt) => alt.terms.length > 0 && alt.terms.every((term) => terms[at]?.has(term) === true));
  const givesAt = (at: number): boolean => sentences[at] !== undefined && gives(sentences[at].text);
  return sentences.some(
    (sentence, at) =>
      (givesAt(at) && (names(at) || (/\b(?:it|he|she|they)\b/i.test(sentence.text) && names(at - 1)))) ||
      // A date sets the time of what the next sentence tells: "In 2005, ... leaders paid a visit
      // ... Gref ... when he visited the islands."
      (names(at) && givesAt(at - 1)),
  );
}

/**
 * True when every figure of the passage is set in a part of its sentence about another party than
 * those the question names: "what percent of China's trade is with the US" is not given by
 * "Russian trade with the European states amounts to almost half of its total", though China's
 * trading partners follow in the next clause. A figure's part is theirs where it names one of them, or
 * names no other country or name of the reading ("the population increased by three million",
 * after a clause naming Heilongjiang).
 */
function figuresOnlyOfOthers(question: string, concepts: readonly QueryConcept[], passage: KindPassage, namedTerms: ReadonlySet<string>): boolean {
  // (Every party the question names, the reading's commonest too: China, Russia.)
  const parties = concepts.filter((concept) => concept.words > 0 && isNamed(concept, (term) => namedTerms.has(term) || COUNTRY_TERMS.has(term)));
  if (parties.length === 0) return false;
  const givesFigure = quantityGiven(question, []);
  const asked = new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)));
  const another = (terms: ReadonlySet<string>): boolean => [...terms].some((term) => (COUNTRY_TERMS.has(term) || namedTerms.has(term)) && !asked.has(term));
  const figures = passage.sentences().sentences.flatMap((sentence) => clausesOf(sentence.text).filter((clause) => givesFigure(clause.text)));
  return figures.length > 0 && figures.every((clause) => !holdsAnyConcept(clause.terms, parties) && another(clause.terms));
}

// "What did Japan offer", "what did Gorbachev propose", "what did they pay": an act of giving.
const OFFER_QUESTION = /\bwhat\s+(?:did|does|do|has|have|had|would|will)\s+((?:\S+\s+){1,3}?)(offer|offered|propose|proposed|pay|paid|invest|invested)\b/i;

// A year as a question names it, and a span of years ("2005-06", "1991 to 2001") asking of them all.
const YEARS = /\b(?:1[5-9]|20)\d\d\b/g;
const YEAR_SPAN = /\b(?:1[5-9]|20)\d\d\s*(?:[-–/]|to|till|until)\s*\d\d/;
// A clause starting the next item of a list ("..., and the recent exchange of harsh remarks").
const NEXT_ITEM = /^\s*(?:and|or)\s+(?:the|a|an|its|his|their)\b/i;

/**
 * True when the question names one year and the passage names it only in parts of sentences
 * holding none of the question's other words: "the Russia-Ukraine gas dispute in 2006" is not
 * ¶2's "talks in Moscow in March 2006", whose next clause names Ukraine for other remarks.
 */
function datesOnlyOtherThings(question: string, concepts: readonly QueryConcept[], passage: KindPassage): boolean {
  const [year, ...more] = new Set(question.match(YEARS) ?? []);
  if (year === undefined || more.length > 0 || YEAR_SPAN.test(question) || !passage.text.includes(year)) return false;
  const others = concepts.filter((concept) => concept.words > 0 && !concept.alternatives.some((alt) => alt.terms.includes(year)));
  if (others.length === 0) return false;
  // What a year dates: its clause ("In 2005, ..." and the clause after it, unless that is the next
  // item of a list), and in brackets the clause it is set beside ("... the WTO (at latest 2002)").
  const datesOther = (sentence: string): boolean => {
    const clauses = clausesOf(sentence);
    return clauses.every((clause, at) => {
      if (!clause.text.includes(year)) return true;
      // (Past an aside: "In 2005, for example, several ... leaders paid a visit".)
      let after = at + 1;
      while (after < clauses.length - 1 && tokenize(clauses[after]?.text ?? '').length <= 2) after++;
      const next = clauses[after];
      const dated = [clause, ...clauses.slice(at + 1, after), ...(next !== undefined && !NEXT_ITEM.test(next.text) ? [next] : [])];
      const bracketed = sentence.includes(`(${clause.text}`) ? clauses[at - 1] : undefined;
      return !dated.concat(bracketed === undefined ? [] : [bracketed]).some((part) => holdsAnyConcept(part.terms, others));
    });
  };
  // A sentence naming none of them introduces what the next one tells ("the two incidents ...
  // since 2003 ... The first was the war in Iraq").
  const { sentences, terms } = passage.sentences();
  return sentences.every(
    (sentence, at) =>
      !sentence.text.includes(year) ||
      (datesOther(sentence.text) && (holdsAnyConcept(terms[at] ?? new Set<string>(), others) || !holdsAnyConcept(terms[at + 1] ?? new Set<string>(), others))),
  );
}

/**
 * True when the question names someone only the passage's footnotes name ("what did Bobo Lo say"):
 * the paragraph citing a source reports what it says, in the paragraph's own words.
 */
function aboutCitedSource(concepts: readonly QueryConcept[], passage: KindPassage): boolean {
  if (passage.citedText === '') return false;
  const cited = new Set(indexTerms(passage.citedText));
  const own = new Set(indexTerms(passage.text));
  return concepts.some(
    (concept) =>
      concept.words > 0 &&
      concept.alternatives.some((alt) => alt.via === 'word' && alt.terms.length > 0 && alt.terms.every((term) => cited.has(term) && !own.has(term))),
  );
}

// "After being foreign minister", "after he stopped being", "his time as": a career after an office.
const AFTER_OFFICE = /\bafter (?:being|(?:he|she) (?:was|stopped being|quit being|left office)|stopping being|leaving office|(?:his|her) (?:time|term) as)\b/i;
// "Became prime minister", "was he ever PM", "as president", "later as prime minister": an office someone took.
const OFFICE_TAKEN =
  /\b(?:become|became|becomes|becoming|appointed|elected|served as|serve as|serving as|ever|later as|then as|afterwards as)\s+(?:the\s+)?(?:\p{L}+\s+)?(prime minister|pm|premier|president|foreign minister|chancellor)\b/iu;

/**
 * The kinds of answer the question asks for that the first passage does not give, as NOT_GIVEN
 * markers: a number ("how many", looked for in its best sentence), a date ("when", anywhere in
 * it: a paragraph dates its events once), an office's holder ("who was the president"), the
 * names of several things ("which islands make up ...", in its best sentence) or of one ("what
 * university"), a place ("where", in its best sentence or beside it), what someone said or
 * agreed (a sentence reporting words), the one year the question is about (`readingYears`: one the
 * reading names, in the paragraph); what happened after the reading was written, which no
 * passage gives; and what a term is ("what is X": a sentence saying it, or naming it as a term).
 * Where the question has a subject (a name, `subjectOf`), a paragraph gives the kind only in a
 * sentence about it. `missingWords` are the question's words already found missing from the
 * reading: a unit it never counts in ("in dollars") is not asked for twice.
 */
export function kindsNotGiven(
  question: string,
  concepts: readonly QueryConcept[],
  passage: KindPassage,
  namedTerms: () => ReadonlySet<string>,
  readingYears: ReadonlySet<string>,
  missingWords: readonly string[] = [],
): string[] {
  const markers: string[] = [];
  // Found only for a question asking for a kind of answer, and only once.
  let subject: QueryConcept[] | undefined;
  const subjectOfQuestion = (): QueryConcept[] => (subject ??= passage.isParagraph ? subjectOf(question, concepts, namedTerms()) : []);
  const questionTokens = tokenize(question);
  // The question's words, and the reading's other forms of its names: "the Shanghai Cooperation
  // Organization" is the SCO, which names no one else.
  const questionWords = new Set([
    ...questionTokens.map((token) => token.word),
    ...concepts.flatMap((concept) => (concept.words > 1 ? concept.alternatives.filter((alt) => alt.via === 'word' && alt.terms.length === 1).map((alt) => alt.term) : [])),
  ]);
  // The kind given in the place the plain check looks, and then, for a question with a subject,
  // in a sentence about it.
  const gives = (plain: boolean, givesKind: (sentence: string) => boolean): boolean =>
    plain && (subjectOfQuestion().length === 0 || givenOfSubject(passage, subjectOfQuestion(), givesKind));
  const namesGiven = (sentence: string): boolean => namesSomeone(sentence, questionWords);
  const givesNumber = quantityGiven(question, missingWords, measuredConcept(question, concepts));
  // A footnote's figures are pages, volumes and years of its source: no amount of anything.
  if (asksForQuantity(question) && (!passage.isParagraph || !gives(givesNumber(passage.bestSentence()), givesNumber) || figuresOnlyOfOthers(question, concepts, passage, namedTerms()))) markers.push(NOT_GIVEN.number);
  const citedThing = CITED_THINGS.test(question);
  // The one scholar or source asked for ("the name of the Japanese scholar") is named where the
  // paragraph cites it, in its footnote; other scholars than those it names are not.
  const citedName = (): boolean => ONE_NAME_QUESTION.test(question) && passage.citedText !== '' && namesGiven(passage.citedText);
  // "The name of the Hamas leader": a person's name, given in the part of the sentence about the
  // leader, not by the Cheney of another clause.
  const personCheck = (): boolean => {
    const role = PERSON_NAME_QUESTION.exec(question)?.[1];
    const roleTerm = role === undefined ? undefined : termOf(role.toLowerCase());
    const sentence = passage.bestSentence();
    const ofRole = roleTerm !== undefined && tokenize(sentence).some((token) => token.term === roleTerm);
    const named = ofRole ? namesSomeoneIn(sentence, (terms) => terms.has(roleTerm), questionWords) : namesSomeoneBeside(sentence, subjectOfQuestion(), questionWords);
    return named || citedName();
  };
  // The question's rarest word a part of the sentence holds, not the kind of thing asked for.
  const rarestHeld = (clauses: readonly { readonly terms: ReadonlySet<string> }[]): QueryConcept[] =>
    concepts
      .filter((concept) => concept.words > 0 && !KIND_WORDS.has(concept.source) && clauses.some(({ terms }) => holdsConcept(terms, concept)))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 1);
  // "Which countries are in the six-party talks": where the best sentence speaks of the talks, the
  // names are in that part of it or listed after it, not in an earlier clause about something else.
  // (What the names are of: the question's subject, else its rarest word in the sentence that is
  // not the kind of thing asked for: "the six-party talks".)
  const namesFromSubjectOn = (): boolean => {
    const clauses = clausesOf(passage.bestSentence());
    const focus = subjectOfQuestion().length > 0 ? subjectOfQuestion() : rarestHeld(clauses);
    const from = clauses.findIndex(({ terms }) => holdsAnyConcept(terms, focus));
    // One name ("the name of the 2005 drill") is in the clause about the thing itself; several
    // run on to the end of the sentence, or to the next item of a list it goes through ("the
    // invitation of the Hamas leaders for talks in Moscow ..., and the recent exchange of harsh
    // remarks between ... Dick Cheney and Putin": those names are another item's).
    const nextItem = clauses.findIndex(({ text }, i) => i > from && /^\s*(?:and|or)\s+(?:the|a|an|its|his|their)\b/i.test(text));
    const to = ONE_NAME_QUESTION.test(question) ? from + 1 : nextItem > from ? nextItem : clauses.length;
    return from < 0 || namesGiven(` ${clauses.slice(from, to).map((clause) => clause.text).join(',')}`);
  };
  const namesCheck = (): boolean =>
    citedThing
      ? namesGiven(passage.bestSentence()) || citedName()
      : passage.isParagraph && PERSON_NAME_QUESTION.test(question)
        ? personCheck()
        : gives(namesGiven(passage.bestSentence()), namesGiven) && (!passage.isParagraph || namesFromSubjectOn());
  if (asksForNames(question) && !namesCheck()) markers.push(NOT_GIVEN.names);
  else if (THING_QUESTION.test(question) && !namesCheck()) markers.push(NOT_GIVEN.thing);
  else if (passage.isParagraph && PERSON_QUESTION.test(question) && !namesSomeoneBeside(passage.bestSentence(), subjectOfQuestion(), questionWords)) markers.push(NOT_GIVEN.name);
  else if (passage.isParagraph && asksWhoTookPower(question) && !tellsWhoTookPower(passage.sentences().sentences.map((sentence) => sentence.text), questionWords)) markers.push(NOT_GIVEN.name);
  const holder = passage.isParagraph ? viewHolderOf(question, concepts, namedTerms()) : [];
  // ("What did Primakov think of Japan": his view of that, where the passage names it too.)
  const viewOf = holder.length > 0 ? viewObjectOf(question, concepts, namedTerms()).filter((concept) => !holder.includes(concept)) : [];
  // A view of a thing the reading names seldom is told in a sentence naming it and the holder
  // ("what is Russia's position on Taiwan": ¶26's Taiwan is threatened by China, in a sentence
  // without Russia); one of a thing named everywhere ("Putin's attitude to the US") need not be.
  const namesViewOf = (): boolean => {
    const { terms } = passage.sentences();
    const seldom = viewOf.filter((concept) => concept.weight >= SEARCH_OPTIONS.minSubjectWeight);
    return (
      viewOf.length === 0 ||
      (viewOf.every((concept) => terms.some((held) => holdsConcept(held, concept))) && (seldom.length === 0 || terms.some((held) => holdsAnyConcept(held, seldom) && holdsAnyConcept(held, holder))))
    );
  };
  // (Asked what they said, it is what was said: "what did the Uzbek government say".)
  if (holder.length > 0 && (!speaksOf(passage, holder) || !namesViewOf())) markers.push(asksWhatTheySaid(question) ? NOT_GIVEN.report : NOT_GIVEN.view);
  const outcomeVerb = outcomeVerbAskedFor(question);
  const reportsOutcome = (sentence: string): boolean =>
    tokenize(sentence).some((token) => termOf(token.word) === outcomeVerb) || (outcomeVerb !== undefined && WORDS_SAID.has(outcomeVerb) && REPORTS.test(sentence));
  // "Did Japan get the seat": the bid is told of in the clause holding what it sought.
  const onlyBidFor = (): boolean => {
    if (!passage.isParagraph || !asksWhetherItWasWon(question)) return false;
    const best = passage.bestSentence();
    const sought = rarestHeld(clausesOf(best));
    return sought.length > 0 && clausesOfIntent(best).some((clause) => holdsAnyConcept(new Set(indexTerms(clause)), sought));
  };
  const onlyIntended = (): boolean => onlyBidFor() || asksWhetherItCameAbout(question) && tellsOnlyOfIntent(passage.bestSentence(), termsAskedAbout(question));
  const outcomeUntold = (): boolean =>
    (outcomeVerb !== undefined && !gives(reportsOutcome(passage.bestSentence()), reportsOutcome)) ||
    (passage.isParagraph && asksForResult(question) && !gives(tellsResult(passage.bestSentence()), tellsResult));
  // "Was Primakov ever prime minister", "what did he do after being foreign minister": someone's
  // career past what the reading tells of them, unless a sentence about them gives that office.
  const laterCareer = (): boolean => {
    if (AFTER_OFFICE.test(question)) return true;
    const office = OFFICE_TAKEN.exec(question)?.[1]?.toLowerCase();
    if (office === undefined || !passage.isParagraph || subjectOfQuestion().length === 0) return false;
    const officeTerms = indexTerms(office === 'pm' ? 'prime minister' : office);
    const holdsOffice = (sentence: string): boolean => {
      const terms = new Set(indexTerms(sentence));
      return officeTerms.every((term) => terms.has(term));
    };
    return !givenOfSubject(passage, subjectOfQuestion(), holdsOffice);
  };
  if (asksWhatHappenedLater(question) || asksPastReadingYears(question, readingYears) || (passage.isParagraph && asksPastSpanEnd(question, passage.text)) || onlyIntended() || outcomeUntold() || laterCareer()) markers.push(NOT_GIVEN.later);
  // "What did Japan offer to win the pipeline": an offer, a proposal or a payment of the one named,
  // told only by a sentence naming them with that very act ("offered Russia full membership").
  const offer = OFFER_QUESTION.exec(question);
  if (offer !== null && passage.isParagraph) {
    const act = termOf(offer[2]?.toLowerCase() ?? '');
    const offerer = concepts.find((concept) => concept.words > 0 && tokenize(offer[1] ?? '').some((token) => tokenize(concept.source).some((own) => own.word === token.word)) && isNamed(concept, (term) => namedTerms().has(term) || COUNTRY_TERMS.has(term)));
    // (Not another's: "the Chinese offer" is no offer of Japan's, in a sentence naming Japan.)
    const offererTerms = new Set(offerer?.alternatives.flatMap((alt) => alt.terms) ?? []);
    const tellsAct = (sentence: string): boolean => {
      const tokens = tokenize(sentence);
      return tokens.some((token, at) => token.term === act && !(COUNTRY_TERMS.has(tokens[at - 1]?.term ?? '') && !offererTerms.has(tokens[at - 1]?.term ?? '')));
    };
    if (offerer === undefined ? !passage.sentences().sentences.some((sentence) => tellsAct(sentence.text)) : !givenOfActor(passage, offerer, tellsAct)) markers.push(NOT_GIVEN.report);
  }
  const datesIt = dateGiven(question);
  // "When did China join the WTO": the date of what China did, in a sentence naming China, not
  // the date of Russia's accession in the sentence about the WTO.
  const actor = actorOfDate(question, concepts, namedTerms());
  const datesActor = (): boolean => actor === undefined || !passage.isParagraph || givenOfActor(passage, actor, datesIt);
  if (asksForDate(question) && (!gives(datesIt(passage.text), datesIt) || !datesActor())) markers.push(NOT_GIVEN.date);
  // A place, in the passage's best sentence or beside it: "in the Russian Far East" opens the
  // paragraph whose later sentences explain it; a whole paragraph names too many places to tell.
  // Where something happened is "in" or "at" a place; "towards Ukraine" is what a policy was
  // about. Only a question of going ("where did he go", "where were they sent") is answered by "to".
  const placeGiven = MOTION_QUESTION.test(question) ? PLACE_GIVEN : PLACE_AT;
  const givesPlace = (sentence: string): boolean => placeGiven.test(sentence);
  const placeNearBest = (): boolean => {
    const best = passage.bestSentence();
    // Where the best sentence speaks of the subject in some of its parts, the place is in one of
    // them: "the invitation of the Hamas leaders for talks in Moscow", not Cheney's "remarks ...
    // towards Ukraine" (nor that Moscow, for a question about Cheney). Without a name for its
    // subject ("where was the joint exercise held"), the question's rarest word the sentence
    // holds says which part is about it: a place in another part is another thing's ("talks in
    // Moscow"), and with none in the sentence, the one beside it may set the scene.
    const clauses = clausesOf(best);
    const named = subjectOfQuestion().length > 0;
    const ofSubject = clauses.filter(({ terms }) => holdsAnyConcept(terms, named ? subjectOfQuestion() : rarestHeld(clauses)));
    if (ofSubject.length > 0 && ofSubject.length < clauses.length && (named || givesPlace(best))) return ofSubject.some((clause) => givesPlace(clause.text));
    const { sentences } = passage.sentences();
    const at = sentences.findIndex((sentence) => sentence.text === best || best.includes(sentence.text) || sentence.text.includes(best));
    if (at < 0) return givesPlace(best);
    return sentences.slice(Math.max(0, at - 1), at + 2).some((sentence) => givesPlace(sentence.text));
  };
  // (A place asked for by name, "in what city", is one thing missing, its name.)
  if (asksForPlace(question) && !markers.includes(NOT_GIVEN.thing) && !gives(placeNearBest(), givesPlace)) markers.push(NOT_GIVEN.place);
  const defined = definitionAsked(question);
  // (Only where no other kind is missing: "what is the defense budget" asks for a number.)
  const event = defined === undefined ? undefined : eventAsked(question);
  const toldOf = (): boolean => event !== undefined && tellsOf(passage, event, concepts);
  if (defined !== undefined && markers.length === 0 && !passage.sentences().sentences.some((sentence) => definesTerm(sentence.text, defined)) && !toldOf()) markers.push(NOT_GIVEN.definition);
  // What someone said (a sentence giving their words) or agreed (a sentence about an agreement),
  // in the best sentence (or one about the speaker): a footnote or a paragraph citing the source
  // asked about reports it in its own words.
  const asksWhetherSigned = SIGNED_QUESTION.test(question);
  const asksForAgreement = AGREEMENT_QUESTION.test(question) || asksWhetherSigned;
  const reports = (sentence: string): boolean => (asksForAgreement ? AGREEMENTS.test(sentence) : REPORTS.test(sentence) && givesWords(sentence));
  // "What's in the 2001 friendship treaty", "what does the security treaty require": what a
  // document holds, which a passage tells only where a sentence speaks of that very document.
  const document = documentAsked(question);
  const toldOfDocument = (): boolean => document === undefined || tellsOf(passage, document, concepts);
  if (passage.isParagraph && !toldOfDocument()) markers.push(NOT_GIVEN.report);
  if (passage.isParagraph && (asksForReport(question) || asksWhetherSigned) && !aboutCitedSource(concepts, passage) && !gives(reports(passage.bestSentence()), reports)) markers.push(NOT_GIVEN.report);
  // "How was the island split", "which islands went to China": the terms of a division, which a
  // sentence tells only in words of dividing ("divided in half"), not "settled".
  else if (passage.isParagraph && markers.length === 0 && DIVISION_QUESTION.test(question) && !tellsDivision(passage, concepts)) markers.push(NOT_GIVEN.report);
  if (passage.isParagraph && (isAboutAnotherYear(question, passage.text, readingYears) || datesOnlyOtherThings(question, concepts, passage))) markers.push(NOT_GIVEN.year);
  // "Why are the Yasukuni visits such a problem for China": the question's rarest word alone, where
  // its other words ("China") are everywhere; not one it dates by itself ("after the USSR collapsed").
  const rarestTerms = (): ReadonlySet<string> => {
    const dating = termsInTimePhrases(question);
    const [rarest] = concepts
      .filter((concept) => concept.words > 0 && !concept.alternatives.some((alt) => alt.via === 'word' && alt.terms.every((term) => dating.has(term))))
      .sort((a, b) => b.weight - a.weight);
    return new Set(rarest?.alternatives.find((alt) => alt.via === 'word')?.terms ?? []);
  };
  if (passage.isParagraph && markers.length === 0 && (namesOnlyAsTime(question, passage.text) || namesOnlyAsTime(question, passage.text, rarestTerms()))) markers.push(NOT_GIVEN.cause);
  // "Why did the bid fail": a paragraph telling of no failure tells no cause of one.
  else if (passage.isParagraph && markers.length === 0 && asksWhyItFailed(question) && !tellsFailure(passage.text)) markers.push(NOT_GIVEN.cause);
  const office = officeAskedFor(question);
  // "Who wrote The Clash of Civilizations": a work by its title, whose author only the footnote
  // citing it gives; a footnote that shares few of the title's words cites another work.
  const title = titleAskedFor(question);
  if (title !== undefined && !citesTitle(passage.isParagraph ? passage.citedText : passage.text, title)) markers.push(NOT_GIVEN.name);
  // (Once: "the name of the leader who named the cities" lacks names, not a name too.)
  if (office !== undefined && !markers.includes(NOT_GIVEN.names) && !gives(namesOfficeHolder(office, concepts, passage.text, questionWords), (sentence) => namesOfficeHolder(office, concepts, sentence, questionWords))) markers.push(NOT_GIVEN.name);
  // (One kind may be missed twice: "what did South Korea say" is their words and what was said.)
  return [...new Set(markers)];
}

// "Who wrote X", "who is the author of X", up to "and" or the question's end: not "who wrote
// about ..." (a topic), nor "who wrote this / it / the essay" (the reading's own author).
const WHO_WROTE = /\bwho (?:wrote|authored|(?:is|was) the author of)\s+(?!(?:about|on|this|that|it|the (?:essay|article|text|reading|chapter)|footnote|note)\b)(.+?)(?:\s+and\b|\s*[?.!(]|$)/i;
// Words naming the kind of work or where it is cited, not its title.
const WORK_WORDS: ReadonlySet<string> = new Set('book books paper article study chapter report volume essay cited cite footnote note source'.split(' '));

/** The index terms of the title a "who wrote X" question asks about; undefined for other questions. */
function titleAskedFor(question: string): string[] | undefined {
  const title = WHO_WROTE.exec(question)?.[1];
  if (title === undefined) return undefined;
  const terms = tokenize(title)
    .filter((token) => !token.stop && !WORK_WORDS.has(token.word) && /\p{L}/u.test(token.word))
    .map((token) => token.term);
  return terms.length > 0 ? terms : undefined;
}

/** True when the cited text holds at least half the title's words. */
function citesTitle(citedText: string, title: readonly string[]): boolean {
  const cited = new Set(indexTerms(citedText));
  return title.filter((term) => cited.has(term)).length * 2 >= title.length;
}
