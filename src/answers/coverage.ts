// How far a reading answers a question, judged from the ranked passages and the question's own
// words: the relevance thresholds, chit-chat, key content the reading never mentions (a name, a
// year), and the kind of answer asked for (a number, a date, an office's holder) but not given.
// Pure; the answer engine turns these judgments into `coverage` (answered / partial / none).
import type { Corpus, Reading } from '../corpus/types.js';
import {
  asksForNames,
  asksForPlace,
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
  THING_QUESTION,
  withoutCountryLikeFirstNames,
} from './names-and-places.js';
import { isPlaceWord } from './place-names.js';
import { asksForQuantity, countedWords, measuredConcept, quantityGiven, SHARE_WORDS } from './quantities.js';
import { NOT_GIVEN } from './types.js';
import { acronymsIn, foldText, indexTerms, QUESTION_FRAME_WORDS, STOP_WORDS, termOf, tokenize } from '../search/analyze.js';
import type { Token } from '../search/analyze.js';
import { isDictionaryWord, isEnglishWord } from '../search/english-words.js';
import type { PassageIndex } from '../search/passage-index.js';
import { isIndexed } from '../search/query.js';
import type { QueryAlternative, QueryConcept, TypoLookups } from '../search/query.js';
import type { RankedPassage } from '../search/rank.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';
import { splitSentences } from '../search/sentences.js';
import { otherSpellings } from '../search/spelling-variants.js';
import type { Sentence } from '../search/sentences.js';

/**
 * The relevance threshold: the best passage surely covers enough of the question's weight (a
 * word met through the glossary or a typo guess counts less than the word itself), and if it
 * meets only one of the question's words, a clear majority of it ("what is the capital of
 * France" meets "France" and nothing else); or it meets at least two of the question's words and
 * a fair part of its weight (students add words of their own; an off-topic question meets one
 * common essay word at best).
 */
export function isAnswered(best: RankedPassage): boolean {
  if (best.certainCoverage >= SEARCH_OPTIONS.minCoverage && (best.matchedWords >= 2 || best.certainCoverage >= SEARCH_OPTIONS.minCoverageOneWord)) return true;
  return best.matchedWords >= 2 && best.certainCoverage >= SEARCH_OPTIONS.minCoverageWithTwoWords;
}

/** The same for the best gist: it answers on its own only when it surely meets two words and most of the question. */
export function isAnsweredByGist(best: RankedPassage): boolean {
  return best.matchedWords >= 2 && best.certainCoverage >= SEARCH_OPTIONS.fusion.gistMinCoverage;
}

// Chit-chat: greetings, thanks, laughter, "are you there", and the words that carry them in a
// class chat ("thanks that actually helped a lot", "ok got it, makes sense now"). A message made
// only of these (and of common function words) gets a pointer to /help, not a quote. Any word
// about the essay ("hi, why did putin join the g8") makes it a question.
const SMALL_TALK: ReadonlySet<string> = new Set(
  `hi hello hey heya hiya yo sup wassup whats up howdy greetings morning evening afternoon night gm gn
  thanks thank thx ty tysm cheers appreciate appreciated ok okay k kk cool nice great good awesome
  perfect amazing sweet lovely brilliant helpful helped help lol lmao rofl haha hahaha xd omg wow
  bye goodbye cya later bot u ur you are there awake alive working online anyone wake today doing
  yes yeah yep yup no nope nah sure alright right true fair gotcha got it makes sense clear
  understand understood see get now again lot lots much so very really actually totally
  please pls plz sorry oops nvm nevermind bro dude man guys everyone big huge tonight lifesaver`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// The course around the reading: deadlines, grades, extensions, word counts ("when is the essay
// due", "how is it graded"). The reading answers none of it; its "due to" is a cause, and
// Yeltsin's deadline for the islands is the reading's.
const ABOUT_THE_COURSE =
  /\b(?:when|what (?:time|day|date))\b[^?.!]*\bdue\b(?!\s+to\b)|\bdue (?:date|tomorrow|today|tonight|next|on|by|at)\b|\b(?:when(?:'s|s| is| are)|what(?:'s|s| is| are)) (?:the |our |my )?deadlines?\b|\bdeadlines? (?:for|of) (?:the|this|our|my) (?:essay|assignment|paper|homework|project|response|task|reading)\b|\b(?:essay|assignment|paper|homework|project) deadlines?\b|\bdeadline (?:is|extension)\b|\b(?:get|need|ask for|request) an extension\b|\bhow (?:is|are|will) (?:it|this|we|the \w+) (?:be )?(?:graded|marked|assessed)\b|\bword (?:count|limit)\b|\bhow many (?:words|pages) (?:should|must|do|does|can) (?:i|we|my|our|it|the \w+)\b/i;

/** True for a question about the course (a deadline, a grade), not the reading. */
export function isAboutTheCourse(question: string): boolean {
  return ABOUT_THE_COURSE.test(question);
}

// A language question: "how do you say thank you in Korean", "how to pronounce Daqing",
// "translate 'good neighbours' into Russian". A reading in English quotes no translation and no
// sound. (Not "how do you spell ...": the reading shows its own spellings.)
const LANGUAGE_QUESTION =
  /\bhow (?:do|would|can|could|should) (?:you|i|we|one) (?:say|pronounce)\b|\bhow to (?:say|pronounce)\b|\bpronunciation\b|\btranslat(?:e|ed|ing|ion)\b[^?.!]*\b(?:in|into|to)\s+(?:japanese|russian|chinese|mandarin|korean|english|french|german|spanish)\b|\bin (?:japanese|russian|chinese|mandarin|korean)\s+(?:language|script|characters|kanji|cyrillic)\b/i;

/** True for a question about saying or translating words, which no passage of the reading gives. */
export function isLanguageQuestion(question: string): boolean {
  return LANGUAGE_QUESTION.test(question);
}

// "How do I make friends at a new school", "how to write a thesis statement", "how can I format a
// citation in Chicago style": how the asker should do something of their own, which a reading on
// its subject never tells. Not what the asker does with the reading: understanding, explaining,
// summarising, finding, citing or arguing from it ("how do I explain the islands dispute to my
// class", "how can we argue that Russia needs Japan"), nor "how do we know" (its evidence).
const HOW_TO_FOR_THE_ASKER =
  /^\W*(?:(?:so|ok|okay|hey|hi|and|but|also|quick question|question)\W+)*how (?:(?:do|can|should|could|would|shall|might) (?:i|we|u|you|one)|to)\s+(?!(?:know|tell|see|understand|interpret|read|explain|summari[sz]e|sum up|think|find|locate|look|cite|reference|quote|argue|say|claim|use|prove|show|support|back|answer|respond|rebut|counter|describe|compare|define|put|spell|pronounce|translate|remember|recall|connect|link|relate|apply|evaluate|assess|analy[sz]e|critique|criticise|criticize|challenge|defend|make sense|get)\b)\p{L}/iu;

/** True for a question asking how the asker should do something of their own (see HOW_TO_FOR_THE_ASKER). */
export function isHowToForTheAsker(question: string): boolean {
  return HOW_TO_FOR_THE_ASKER.test(question);
}

export function isSmallTalk(question: string): boolean {
  const tokens = tokenize(question);
  return tokens.length > 0 && tokens.every((token) => SMALL_TALK.has(token.word) || token.stop);
}

const YEAR = /^(1[5-9]|20)\d\d$/;
// The words before a year written with two digits ("in 08", "since 99").
const SHORT_YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'from', 'by', 'after', 'before', 'until', 'till', 'of', 'around', 'circa']);
// "When did ...", "what year ...": the question asks for a time, which a passage gives as a year,
// a decade or a month ("in August 2005", "in the mid-1990s", "after September 11").
// In a note's shorthand too: "NK's first nuclear test — date?", "SCO founding year", "the date?"
// (not "each year", "for a year": a span).
const DATE_QUESTION =
  /(?:^\W*(?:(?:so|and|but|ok|okay|hey)\W+)?when\b|\bwhen (?:did|does|do|was|were|will|has|have|had)\b|\b(?:what|which|on what|in what) (?:year|years|date|dates|month|months|decade|day|days)\b|[—–:]\s*(?:\p{L}+\s+)?(?:date|year)s?\b|\b(?:founding|signing|starting|start|opening|launch|birth) (?:year|date)\b|\b(?:the|exact) date\W*$)/iu;
const DATE = /\b(?:(?:1[5-9]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d\d?\/\d\d?\b/;

// The times a question names: years ("2005") and decades ("1990s", "90s", "'90s").
const TIMES = /\b(?:1[5-9]|20)\d\d\b|\b(?:(?:1[5-9]|20)?\d0|['’]\d0)s\b/g;
// "Who was Russia's foreign minister when this was written": the time of the reading itself.
const WHEN_WRITTEN = /\b(?:when|at the time) (?:this|the essay|the article|the text|it|he|yokote) (?:was )?(?:written|wrote|published|came out)\b|\bat the time of (?:writing|the essay)\b/i;
// A year written in a passage: it dates what the passage tells.
const YEAR_IN_TEXT = /\b(?:1[5-9]|20)\d\d\b/;

function asksForDate(question: string): boolean {
  return DATE_QUESTION.test(question);
}

function givesDate(text: string): boolean {
  return DATE.test(text);
}

// "When was the SCO founded", "when was the council set up", "when was Putin born": the date of a
// beginning, which a sentence gives only where it says the beginning ("was founded in 2001"), not
// where it dates something else the thing did ("in July 2005, it succeeded in issuing ...").
// So is "when did Putin become president", "when did Koizumi take office": a term's beginning,
// and "when were relations restored".
const FOUNDING_QUESTION =
  /\b(?:founded|founding|established|establishment|created|creation|formed|formation|set up|born|birth|launched|inaugurated|become|became|took office|take office|came to power|come to power|elected|appointed|sworn in|took over|take over|took power|take power|restored?|resumed?|normali[sz]ed?|re-?established?)\b/i;
const FOUNDING =
  /\b(?:found(?:ed|ing|ers?)?|(?:re-?)?establish(?:ed|es|ing|ment)?|creat(?:e|ed|es|ing|ion)|form(?:ed|ing|ation)|set up|born|birth|launch(?:ed|es|ing)?|inaugurat(?:ed|ion)|bec[ao]me|becoming|appoint(?:ed|ment)|elect(?:ed|ion)|took (?:office|presidency|power|over)|came to power|sworn in|restor(?:e|ed|ation)|resum(?:e|ed|ption)|normali[sz](?:e|ed|ation))\b/i;

/** How a sentence gives the date asked for: any date, or for a beginning the date of one. */
function dateGiven(question: string): (text: string) => boolean {
  if (!FOUNDING_QUESTION.test(question)) return givesDate;
  return (text) =>
    splitSentences(text).some((sentence) => {
      if (!givesDate(sentence.text) || !FOUNDING.test(sentence.text)) return false;
      // The date beside the beginning, in its clause or the next one ("in 1994 (which came into
      // force only in 1997)"), not two clauses on, about something else: "the establishment of
      // the NATO-Russia Council was a good example ..., and the Russian accession to the WTO
      // seemed to ensue ... (at latest during 2002–2003)".
      const clauses = sentence.text.split(/[,;:()]/);
      return clauses.some((clause, at) => FOUNDING.test(clause) && clauses.slice(Math.max(0, at - 1), at + 2).some(givesDate));
    });
}

// "Did India end up joining", "was Russia kicked out later on", "did they sign a treaty later",
// "is it still true nowadays", "what did he publish after this essay": what happened after the
// reading was written, which no passage of it can tell. Only words that point past the reading's own time: "is Russia going to end up as a
// supplier" asks for the author's view of the future, "in the end" may mean the essay's
// conclusion, "since then" may follow a date the essay goes on from.
const LATER_QUESTION = /\b(?:(?:did|has|have|had)\b.*\bend(?:ed)? up|ended up|later on|nowadays|these days|to this day|(?:after|since) (?:this|the) (?:essay|article|paper|text|reading)\b(?: (?:was )?(?:written|came out|published))?)\b|\b(?:did|has|have|had|was|were)\b.*\b(?:later|afterwards?|since)\W*$/i;

// "Who is the current prime minister", "the leader of China right now": an office's holder today,
// whom a reading of its own time cannot name (not "at the time", "in the essay": its own present).
const CURRENT_HOLDER_QUESTION = /\b(?:current|currently|right now|nowadays|today|at the moment|at present)\b/i;
const THE_READING_S_TIME = /\b(?:then|back then|at the time|at that time|in the (?:essay|article|text|reading)|according to|the author|he says|yokote|\d{4})\b/i;

// "How did Russia end up in the G8", "which route did they end up picking": how or which way
// something turned out, which the reading tells where it reports it (the route Russia "decided"
// on); "did India end up joining" and "what year did it end up" still ask past the reading.
const HOW_IT_ENDED_UP = /^\W*(?:so\W+)?(?:how|which)\b[^?]*?\bend(?:ed|s)? up\b/i;

function asksWhatHappenedLater(question: string): boolean {
  const later = HOW_IT_ENDED_UP.test(question) ? question.replace(/\bend(?:ed|s)? up\b/gi, ' ') : question;
  return LATER_QUESTION.test(later) || (officeAskedFor(question) !== undefined && CURRENT_HOLDER_QUESTION.test(question) && !THE_READING_S_TIME.test(question));
}

// "When was the pipeline finally finished", "what did Primakov go on to do": when or how something
// turned out. The reading answers it only where it reports that very event ("went on to
// announce", "eventually decided"): a sentence using the question's verb. Otherwise the outcome
// came after the reading. Only the date of an outcome and what someone went on to do: "which route
// did Russia finally choose" is answered by "decided", a paraphrase no word check can follow, and
// "what finally happened" by any event.
const OUTCOME_QUESTION = /\b(?:finally|eventually|ultimately|at last)\s+(\p{L}+)/iu;
// "Did Japan finally get the seat": whether it turned out so.
const WHETHER_QUESTION = /^\W*(?:so\W+|and\W+|but\W+)?(?:did|has|have|had)\b/i;
const WENT_ON_TO = /\b(?:go|goes|went|gone|going) on to\s+(\p{L}+)/iu;
// "Was the pipeline ever built", "did the islands ever get returned", "when was it actually
// finished": whether a work or a handover was carried through, which only a sentence reporting it
// says. ("Is the border problem actually finished" asks how things stand in the essay's time.)
const EVER_DONE =
  /(?:\b(?:was|were|did|has|have|had|is|are)\b[^,;.?!]*\bever|\b(?:was|were|did|had)\b[^,;.?!]*\b(?:actually|really))\s+(?:get\s+|got\s+|gets\s+|been\s+)?(built|finished|completed|constructed|opened|launched|returned|build|finish|complete|construct|open|launch|return)\b/iu;
const ANY_EVENT: ReadonlySet<string> = new Set(['happen', 'occur'].map(termOf));
// "When did the SCO finally tell the US to leave": words said are reported in many words
// ("demanding that"), so any sentence reporting words stands for them.
const WORDS_SAID: ReadonlySet<string> = new Set(['say', 'tell', 'ask', 'announce', 'declare', 'demand', 'order', 'warn', 'request', 'call', 'claim', 'promise'].map(termOf));

// "Did the US army actually leave Uzbekistan", "in which year did Russia really join the WTO":
// whether what was demanded, planned or expected came about. A sentence telling only of the demand
// ("demanding that the US army pull out"), the plan ("determined to implement") or the
// expectation ("seemed to ensue in the near future") does not say; one telling what was done
// ("made every effort to prevent") does.
const ACTUALLY_QUESTION = /(?:^\W*|[,;.?!]\s*|\b(?:but|and|so)\s+|\b(?:year|when)\s+)(?:did|has|have|had|was|were)\b[^,;.?!]*\b(?:actually|really)\b/i;
// (Not where the question asks about the demand or the promise itself: "did the SCO really demand
// that the US leave".)
const NOT_YET_DONE =
  /\b(?:demand(?:s|ed|ing)?|bids?|expected to|expecting|expectations?|in the near future|intention|intends?|intended|plans? to|planned|promise[sd]?|determined to|if|would|hopes?|hoped|wish(?:es|ed)?|aims? to)\b/gi;

/** True when the sentence tells of a demand, plan or expectation, and the question is not about it (uses none of its words). */
function tellsOnlyOfIntent(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  const intents = [...sentence.matchAll(NOT_YET_DONE)].map((match) => tokenize(match[0]).filter((token) => !token.stop));
  return intents.length > 0 && !intents.some((words) => words.some((token) => questionTerms.has(token.term)));
}

/** The index term of the verb whose outcome the question asks about, if it asks when or what later. */
function outcomeVerbAskedFor(question: string): string | undefined {
  const verb = (WENT_ON_TO.exec(question) ?? EVER_DONE.exec(question) ?? (asksForDate(question) || WHETHER_QUESTION.test(question) ? OUTCOME_QUESTION.exec(question) : null))?.[1]?.toLowerCase();
  if (verb === undefined) return undefined;
  const term = termOf(verb);
  return ANY_EVENT.has(term) ? undefined : term;
}

// "What does South Korea think about the islands", "how did Taipei react", "the US position on
// the dispute": the view of someone the question names, which only a passage that speaks of them
// gives. (The author's view is the whole reading: "he", "the author" are no holder.)
const VIEW_WORDS = String.raw`(?:think|thinks|thought|feel|feels|felt|react|reacts|reacted|respond|responds|responded|position|positions|view|views|stance|attitude|opinion|opinions|reaction|reactions|response)`;
const VIEW_WORD = new RegExp(String.raw`\b${VIEW_WORDS}\b`, 'i');
const VIEW_HOLDER = [
  new RegExp(String.raw`\b(?:what|how)\s+(?:do|does|did|is|was|are|were)\s+((?:\S+\s+){0,3}?)${VIEW_WORDS}\b`, 'i'),
  new RegExp(String.raw`\bwhat\s+((?:\S+\s+){1,3}?)${VIEW_WORDS}\b`, 'i'),
  new RegExp(String.raw`((?:\S+\s+){1,3}?)(?:official\s+)?${VIEW_WORDS}\s+(?:on|to|about|of|towards?)\b`, 'i'),
];

/**
 * The question's concepts naming whose view it asks for, if it asks for someone's view: names as
 * the reading writes names, so "the difference of opinion between Russia and the US" has no holder.
 */
function viewHolderOf(question: string, concepts: readonly QueryConcept[], namedTerms: ReadonlySet<string>): QueryConcept[] {
  // Most questions ask for no one's view: one plain look for the words before the patterns' search.
  if (!VIEW_WORD.test(question)) return [];
  for (const pattern of VIEW_HOLDER) {
    const span = pattern.exec(question)?.[1];
    if (span === undefined) continue;
    const spanTokens = tokenize(span);
    const words = new Set(spanTokens.map((token) => token.word));
    const terms = new Set(spanTokens.map((token) => token.term));
    // The question reaches here with its slips respelt ("goverment" as "government"), the concept
    // keeps the words as typed: either matches.
    const inSpan = (concept: QueryConcept): boolean =>
      tokenize(concept.source).every((token) => words.has(token.word)) || concept.alternatives.some((alt) => alt.via === 'word' && alt.terms.every((term) => terms.has(term)));
    const holder = concepts.filter(
      (concept) =>
        concept.words > 0 &&
        inSpan(concept) &&
        isNamed(concept, (term) => namedTerms.has(term) || COUNTRY_TERMS.has(term)),
    );
    if (holder.length > 0) return holder;
  }
  return [];
}

// "What did Koizumi say to Putin", "what did they agree", "what did they talk about": the content
// of someone's words or of an agreement. Not what the author or the essay says: that is the whole
// reading.
const REPORT_QUESTION = /\bwhat\b(?:\s+\S+){0,8}?\s+(?:say|said|says|sign|signed|agree|agreed|offer|offered|promise|promised|propose|proposed|claim|claimed|announce|announced|declare|declared|tell|told|demand|demanded|talk|talked|discuss|discussed)\b/i;
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
const AGREEMENT_QUESTION = /\bwhat\b(?:\s+\S+){0,8}?\s+(?:sign|signed|agree|agreed)\b/i;
const AGREEMENTS = /\b(?:agree[sd]?|agreements?|signed|signing|treat(?:y|ies)|accords?|deals?|pacts?|settle(?:d|ment)|declarations?|charter)\b/i;
// "Did Japan and Russia ever sign a peace treaty", "is it true they signed a deal": whether the
// parties asked about agreed, which only a sentence about an agreement naming them answers (not
// one about an agreement between others). Not the reader's agreeing ("does the author agree").
const SIGNED_QUESTION = /\b(?:sign|signs|signed|signing|conclude[sd]?)\b(?:\s+\S+){0,4}?\s+(?:treat(?:y|ies)|agreements?|deals?|pacts?|accords?)\b/i;

// What was said, not only that something was: a quotation, "according to", or a word of saying
// followed by what was said ("demanding that the US army pull out", "announced plans to ...",
// "advocated building Eurasian partnerships", "references ... to the 'lost territory'"). "Harsh
// remarks between Cheney and Putin" says words were exchanged, not which.
const WORDS_GIVEN = new RegExp(String.raw`\b(?:${SAYING})\b(?:\s+\S+){0,6}?\s+(?:that|to|about|on|plans?)\b|\b(?:${SAYING})\s+\p{L}+ing\b|\baccording to\b|[“"‘:]`, 'iu');

function givesWords(sentence: string): boolean {
  return WORDS_GIVEN.test(sentence);
}

// "What can Japan offer Russia", "what could China promise": what someone has to give, not words
// given.
const WHAT_ONE_CAN_GIVE = /\bwhat\s+(?:can|could)\b(?:\s+\S+){1,4}?\s+(?:offer|promise|propose)\b/i;

function asksForReport(question: string): boolean {
  return REPORT_QUESTION.test(question) && !REPORT_BY_READING.test(question) && !WHAT_ONE_CAN_GIVE.test(question);
}

// The words that ask for the kind of answer, not about what ("how big", "what year", "which
// company", "the leader's name"): the subject is what is left. A year or decade
// ("in the 1990s") is checked on its own (`missingKeyWords`): a sentence may span it ("from 1991
// to 2001").
const KIND_WORDS: ReadonlySet<string> = new Set(
  `how big large long far old often total exact current annual yearly many much number name names
  year years month months date day days decade decades
  company firm university uni college school institute newspaper bank city town port river party organization organisation journal book books publisher
  islands countries states members cities regions provinces companies people leaders officials ministers politicians diplomats scholars authors`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
// A book, journal or author is named in the footnote a sentence cites, not beside its subject.
// ("The author" alone is the reading's own, as "Yokote" is read: "the author discusses the 2008
// war" asks about the reading, not about the book after 2008 that it cites.)
const CITED_THINGS = /\b(?:books?|journals?|publish(?:ed|er|ers|es)?|papers?|authors|author(?=s?\s+of\b)|scholars?|sources?|stud(?:y|ies)|articles?|cited?|footnotes?|references?)\b/i;

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

/** True when the concept, read as typed or through the glossary (not as a typo guess), is a name: every term of it `named`. */
function isNamed(concept: QueryConcept, named: (term: string) => boolean): boolean {
  return concept.alternatives.some((alt) => alt.via !== 'fuzzy' && alt.terms.length > 0 && alt.terms.every(named));
}

/** True when sentence `at` of a passage, or the one before it ("it", "he" refer back), holds every term of one of `alternatives`. */
function namedNear(terms: readonly ReadonlySet<string>[], at: number, alternatives: readonly QueryAlternative[]): boolean {
  return alternatives.some((alt) => alt.terms.length > 0 && alt.terms.every((term) => terms[at]?.has(term) === true || terms[at - 1]?.has(term) === true));
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
 * True when a sentence of the passage (or the one before it) names all of the holder's words as
 * the question writes them: "South Korea", not North Korea; "the Japanese government", not
 * Japan's scholars.
 */
function speaksOf(passage: KindPassage, holder: readonly QueryConcept[]): boolean {
  const { sentences, terms: own } = passage.sentences();
  // "German Gref" is a Russian minister named German: no word of Germany.
  const terms = sentences.map((sentence, at) => {
    const plain = withoutCountryLikeFirstNames(sentence.text);
    return plain === sentence.text ? (own[at] ?? new Set<string>()) : new Set(indexTerms(plain));
  });
  const asTyped = holder.map((concept) => concept.alternatives.filter((alt) => alt.via !== 'fuzzy'));
  return sentences.some((_sentence, at) => asTyped.every((alternatives) => namedNear(terms, at, alternatives)));
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

/** The first passage, as the kind checks read it. */
export interface KindPassage {
  readonly text: string;
  /** A footnote is bibliography: its names and dates are a source's, not a subject's. */
  readonly isParagraph: boolean;
  /** The text of the footnotes a paragraph cites ("" for a footnote): the sources it reports. */
  readonly citedText: string;
  /** Its best sentence for the question (computed only when asked for). */
  readonly bestSentence: () => string;
  /** Its sentences and each one's index terms (from the engine's cache, computed only when asked for). */
  readonly sentences: () => { readonly sentences: readonly Sentence[]; readonly terms: readonly ReadonlySet<string>[] };
}

// "What is communism", "define nationalism", "what's the shanghai five", "what was the Marshall
// Plan", "in economics, what exactly is path dependence": a question asking only
// what something is. A passage using the word in passing does not answer it; one saying what it
// is does ("The SCO is a suitable instrument", "call ... 'the pluralistic unipolarity,' in which").
const DEFINITION_QUESTION =
  /^\W*(?:(?:so|ok|okay|hey|um|and|but|quick question)\W+)*(?:(?:in|from)\s+(?:[\p{L}-]+\s+){0,3}?(?:economics|econ|law|legal|history|politics|theory|terms|perspective|view)\s*[,:-]?\s*)?(?:what(?:'s|s)|what(?:\s+exactly|\s+actually)?\s+(?:is|are|was|were)|whats|define|definition of|meaning of|what is meant by)\s+(?:a |an |the )?([\p{L}\d][\p{L}\d' -]{1,40}?)\s*[?.!]*\s*$/iu;
// "How does the UN veto work": how a thing works is what it is, at more length.
const HOW_IT_WORKS_QUESTION =
  /^\W*(?:(?:so|ok|okay|hey|um|and|but|quick question)\W+)*how\s+(?:does|do)\s+(?:a |an |the )?([\p{L}\d][\p{L}\d' -]{1,40}?)\s+(?:actually\s+|really\s+)?work(?:s)?(?:\s+(?:exactly|in practice|in simple terms|again))?\s*[?.!]*\s*$/iu;
// What follows a term a sentence explains: a verb of being or meaning, or an apposition.
const DEFINING_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:is|are|was|were|means|meant|refers|referred|represents|stands for|[,:—–-]\s*(?:a|an|the|which|who|that|one|i\.e\.))\b/i;
// What comes before a term a sentence names as such: "called", "so-called", "known as", a quotation.
const NAMING_BEFORE = /\b(?:called|so-called|termed|named|dubbed|known as|defined as|definition of|the term|the concept of|the idea of)\s*[“"‘']?\s*(?:the\s+)?$/i;
// A thing named plainly has no preposition, possessive or filler in it (see definitionAsked).
const NOT_A_PLAIN_THING = /\b(?:of|with|w|between|about|in|on|for|to|and|or|from|by|vs|versus|like|here|there|now|today|then|exactly|actually|really|thing|things|deal|story|called|named|mean|means|meant)\b|'s\b|s'(?=\s|$)/i;
// The reading's own points in the reader's words: what they are is what the passages say.
const REASONING_HEADS: ReadonlySet<string> = new Set(
  'problem problems issue issues advice reason reasons cause causes solution solutions plan plans goal goals aim aims message lesson lessons takeaway takeaways outcome result results impact effect effects role dilemma dillema difference differences relationship relationships connection link dispute disputes conflict conflicts controversy rivalry tension tensions'.split(' '),
);

/** The words of the thing a "what is X" (or "how does X work") question asks to have explained, each as the index terms it may take; undefined for other questions. */
export function definitionAsked(question: string): readonly (readonly string[])[] | undefined {
  const thing = (DEFINITION_QUESTION.exec(question) ?? HOW_IT_WORKS_QUESTION.exec(question))?.[1];
  // A thing named plainly: not "the deal with the islands", "the olcott paper about", "russia's
  // gdp" (what it is about, or a figure), nor "the issues", "the author's advice" (the reading's
  // own points, asked in the reader's words).
  if (thing === undefined || NOT_A_PLAIN_THING.test(thing)) return undefined;
  const head = tokenize(thing).filter((token) => !token.stop).at(-1)?.word;
  if (head === undefined || QUESTION_FRAME_WORDS.has(head) || KIND_WORDS.has(head) || REASONING_HEADS.has(head)) return undefined;
  // Each word as the reading may spell it ("colour" / "color").
  const terms = tokenize(thing)
    .filter((token) => !token.stop)
    .map((token) => [token.term, ...otherSpellings(token.word).map(termOf)]);
  return terms.length > 0 && terms.length <= 4 ? terms : undefined;
}

/** True when the sentence says what the thing (its index terms) is, or names it as a term. */
function definesTerm(sentence: string, thing: readonly (readonly string[])[]): boolean {
  const text = foldText(sentence);
  // The sentence's content words with where each stands (small words are skipped, as in the question).
  const words = [...text.matchAll(/[\p{L}\d]+/gu)]
    .filter((match) => !STOP_WORDS.has(match[0]))
    .map((match) => ({ term: termOf(match[0]), start: match.index, end: match.index + match[0].length }));
  return words.some((_, i) => {
    if (!thing.every((terms, k) => terms.includes(words[i + k]?.term ?? ''))) return false;
    const before = text.slice(0, words[i]?.start ?? 0);
    const after = text.slice(words[i + thing.length - 1]?.end ?? 0);
    return DEFINING_AFTER.test(after) || NAMING_BEFORE.test(before) || (/[“"‘']\s*(?:the\s+)?$/.test(before) && /^[^\s]*[”"’']/.test(after));
  });
}

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
  const questionWords = new Set(questionTokens.map((token) => token.word));
  // The kind given in the place the plain check looks, and then, for a question with a subject,
  // in a sentence about it.
  const gives = (plain: boolean, givesKind: (sentence: string) => boolean): boolean =>
    plain && (subjectOfQuestion().length === 0 || givenOfSubject(passage, subjectOfQuestion(), givesKind));
  const namesGiven = (sentence: string): boolean => namesSomeone(sentence, questionWords);
  const givesNumber = quantityGiven(question, missingWords, measuredConcept(question, concepts));
  // A footnote's figures are pages, volumes and years of its source: no amount of anything.
  if (asksForQuantity(question) && (!passage.isParagraph || !gives(givesNumber(passage.bestSentence()), givesNumber))) markers.push(NOT_GIVEN.number);
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
  const holder = passage.isParagraph ? viewHolderOf(question, concepts, namedTerms()) : [];
  if (holder.length > 0 && !speaksOf(passage, holder)) markers.push(NOT_GIVEN.view);
  const outcomeVerb = outcomeVerbAskedFor(question);
  const reportsOutcome = (sentence: string): boolean =>
    tokenize(sentence).some((token) => termOf(token.word) === outcomeVerb) || (outcomeVerb !== undefined && WORDS_SAID.has(outcomeVerb) && REPORTS.test(sentence));
  const onlyIntended = (): boolean => ACTUALLY_QUESTION.test(question) && tellsOnlyOfIntent(passage.bestSentence(), new Set(questionTokens.map((token) => token.term)));
  const outcomeUntold = (): boolean => outcomeVerb !== undefined && !gives(reportsOutcome(passage.bestSentence()), reportsOutcome);
  if (asksWhatHappenedLater(question) || onlyIntended() || outcomeUntold()) markers.push(NOT_GIVEN.later);
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
  if (asksForPlace(question) && !gives(placeNearBest(), givesPlace)) markers.push(NOT_GIVEN.place);
  const defined = definitionAsked(question);
  // (Only where no other kind is missing: "what is the defense budget" asks for a number.)
  if (defined !== undefined && markers.length === 0 && !passage.sentences().sentences.some((sentence) => definesTerm(sentence.text, defined))) markers.push(NOT_GIVEN.definition);
  // What someone said (a sentence giving their words) or agreed (a sentence about an agreement),
  // in the best sentence (or one about the speaker): a footnote or a paragraph citing the source
  // asked about reports it in its own words.
  const asksWhetherSigned = SIGNED_QUESTION.test(question);
  const asksForAgreement = AGREEMENT_QUESTION.test(question) || asksWhetherSigned;
  const reports = (sentence: string): boolean => (asksForAgreement ? AGREEMENTS.test(sentence) : REPORTS.test(sentence) && givesWords(sentence));
  if (passage.isParagraph && (asksForReport(question) || asksWhetherSigned) && !aboutCitedSource(concepts, passage) && !gives(reports(passage.bestSentence()), reports)) markers.push(NOT_GIVEN.report);
  // "Russia's foreign minister in 2005": a question pinned to one year the reading names is
  // answered by a paragraph about that year, not by one about 1996 (a year it never names is
  // missing content, `missingKeyWords`). (Two times, "2002 vs 2005", "the 90s and after 2001",
  // span the reading.) A paragraph dated by no year at all is not about another one: "why was
  // Russia no equal of the US after 1991" is answered by the paragraph arguing it, undated.
  // "Who was foreign minister when this was written", "how many ... at the time of writing": the
  // one asked for then, in the latest year the reading names. (What was going on then is the
  // whole reading's subject.)
  const latestYear = Math.max(0, ...[...readingYears].map(Number).filter((year) => year < 2100));
  const times = new Set([...question.matchAll(TIMES)].map((match) => match[0]));
  if (WHEN_WRITTEN.test(question) && (/^\W*who\b/i.test(question) || asksForQuantity(question)) && latestYear > 0) times.add(String(latestYear));
  const [year] = times;
  if (passage.isParagraph && times.size === 1 && year !== undefined && readingYears.has(year) && !passage.text.includes(year) && YEAR_IN_TEXT.test(passage.text)) markers.push(NOT_GIVEN.year);
  const office = officeAskedFor(question);
  // "Who wrote The Clash of Civilizations": a work by its title, whose author only the footnote
  // citing it gives; a footnote that shares few of the title's words cites another work.
  const title = titleAskedFor(question);
  if (title !== undefined && !citesTitle(passage.isParagraph ? passage.citedText : passage.text, title)) markers.push(NOT_GIVEN.name);
  // (Once: "the name of the leader who named the cities" lacks names, not a name too.)
  if (office !== undefined && !markers.includes(NOT_GIVEN.names) && !gives(namesOfficeHolder(office, concepts, passage.text, questionWords), (sentence) => namesOfficeHolder(office, concepts, sentence, questionWords))) markers.push(NOT_GIVEN.name);
  return markers;
}

/** True for a word naming a plan, a treaty, a war ..., or several ("the Opium Wars", "the Geneva accords"). */
function namesAThing(word: string): boolean {
  return NAMED_THINGS.has(word) || (word.endsWith('s') && NAMED_THINGS.has(word.slice(0, -1)));
}

/** True when "the" comes right before the token, or before the two words before it ("the Soviet Japanese neutrality pact"). */
function afterThe(tokens: readonly Token[], at: number): boolean {
  for (let back = 1; back <= 3 && at - back >= 0; back++) {
    const before = tokens[at - back];
    if (before?.word === 'the') return true;
    if (before === undefined || before.stop) return false;
  }
  return false;
}

const MEDIA_WORDS: ReadonlySet<string> = new Set(
  'documentary documentaries film films movie movies video videos podcast podcasts youtube tiktok instagram twitter facebook netflix website websites blog blogs tv television'.split(' '),
);

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

// The things a name before them makes one of a kind ("the Marshall Plan", "the Truman doctrine").
const NAMED_THINGS: ReadonlySet<string> = new Set(
  `plan doctrine treaty agreement pact accord declaration crisis war summit conference speech incident
  revolution operation initiative protocol charter convention`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * The question's key words the reading never uses and cannot stand for: a year it never names, a
 * name the glossary gives only as related to the essay's words, or a name the English dictionary
 * does not know either (a place, a person, a treaty). Ordinary words the student chose ("buddy",
 * "perks") and misspellings of them are not missing content.
 */
export function missingKeyWords(
  question: string,
  concepts: readonly QueryConcept[],
  index: PassageIndex,
  years: ReadonlySet<string>,
  typos: TypoLookups,
  citedYears: ReadonlySet<string> = new Set(),
): string[] {
  const unknown = new Set(
    concepts
      .filter((concept) => concept.words > 0 && concept.alternatives.every((alt) => alt.via !== 'glossary' && !(alt.via === 'word' && isIndexed(index, alt))))
      .map((concept) => concept.source),
  );
  // What the glossary gives only as related to the essay's words ("Gazprom" ~ energy): a name
  // the essay never uses.
  const missing: string[] = concepts.filter((concept) => concept.unnamed).map((concept) => concept.source);
  // "How many rubles", "how much ... in dollars": what a quantity question counts is its key
  // content, ordinary word or not; a reading that never counts in it gives no such number.
  // A share is a count the reading may give in words: "how many percent" is answered by "almost half".
  if (asksForQuantity(question)) {
    for (const word of countedWords(question)) if (unknown.has(word) && isDictionaryWord(word) && !SHARE_WORDS.has(word) && !missing.includes(word)) missing.push(word);
  }
  const tokens = tokenize(question);
  const acronyms = acronymsIn(question);
  for (const [at, token] of tokens.entries()) {
    if (QUESTION_FRAME_WORDS.has(token.word) || missing.includes(token.word)) continue;
    // A year counts only where the text names it, not as a footnote's date of publication; but a
    // question about a cited book may name the year in its title ("Tretyakov's book on Putin after 2008").
    if (YEAR.test(token.word)) {
      if (!years.has(token.word) && !(citedYears.has(token.word) && CITED_THINGS.test(question))) missing.push(token.word);
      continue;
    }
    // "The 1800s", "the 1920s": a century or decade the reading names no year of.
    const decade = /^(?:1[5-9]|20)(\d)0s$/.exec(token.word);
    if (decade !== null) {
      const within = token.word.slice(0, decade[1] === '0' ? 2 : 3);
      if (![...years].some((year) => year.startsWith(within))) missing.push(token.word);
      continue;
    }
    // "In 08", "since 99": a year written with two digits.
    if (/^\d\d$/.test(token.word) && SHORT_YEAR_BEFORE.has(tokens[at - 1]?.word ?? '')) {
      if (!years.has(`19${token.word}`) && !years.has(`20${token.word}`)) missing.push(token.word);
      continue;
    }
    // "The Marshall Plan", "the Shimoda treaty": a word the reading never uses, naming a plan, a
    // treaty, a war ..., names a thing it never mentions, though the dictionary knows the word.
    // Only after "the", or "the" and names ("the Soviet-Japanese neutrality pact"): "a real war",
    // "such a big crisis" describe, they do not name.
    // (A word the dictionary lacks is checked below, where a slip of an essay word is told apart.)
    // A short word the dictionary lacks names one too ("the ABM treaty"): too short to be read as a slip.
    // So does a word naming it after "of": "the Treaty of Good-Neighborliness", "the declaration of Paris".
    const namedAfterOf = NAMED_THINGS.has(tokens[at - 2]?.word ?? '') && tokens[at - 1]?.word === 'of';
    const namedAfterOfAnd = NAMED_THINGS.has(tokens[at - 3]?.word ?? '') && tokens[at - 2]?.word === 'of' && !(tokens[at - 1]?.stop ?? true);
    if (unknown.has(token.word) && isDictionaryWord(token.word) && (namedAfterOf || namedAfterOfAnd)) {
      missing.push(token.word);
      continue;
    }
    if (unknown.has(token.word) && (isDictionaryWord(token.word) || token.word.length < 4) && afterThe(tokens, at) && namesAThing(tokens[at + 1]?.word ?? '')) {
      missing.push(token.word);
      continue;
    }
    // "A documentary on the fall of the USSR", "chinese tiktok": films, videos and apps a reading of
    // text never names, though the dictionary knows the word.
    if (unknown.has(token.word) && MEDIA_WORDS.has(token.word)) {
      missing.push(token.word);
      continue;
    }
    // "ASEAN", "GDP": a word typed in capitals the reading never uses names something it never mentions.
    if (unknown.has(token.word) && acronyms.has(token.word)) {
      missing.push(token.word);
      continue;
    }
    // "ww1", "g20", "s400": letters then digits make a name (not "2nd", "90s" or "150k").
    if (unknown.has(token.word) && /^\p{L}+\d[\p{L}\d]*$/u.test(token.word)) {
      missing.push(token.word);
      continue;
    }
    if (!unknown.has(token.word) || !/^\p{L}+$/u.test(token.word)) continue;
    // A country, capital or continent the reading never names, or its people ("brazilian"),
    // whatever English word it resembles.
    if (isPlaceWord(token.word)) {
      missing.push(token.word);
      continue;
    }
    if (token.word.length < 4) continue;
    // A slip of an essay word ("dillema") is no missing name. A name with its possessive "s"
    // typed without the apostrophe ("obamas reset") is judged without the "s": "obamas" is two
    // slips from "Hamas", "obama" near no essay word.
    if (isEnglishWord(token.word)) continue;
    const bare = /[^s]s$/.test(token.word) ? token.word.slice(0, -1) : undefined;
    const nameWithS = bare !== undefined && bare.length >= 4 && !isEnglishWord(bare) && typos.near(bare, 2, 1).length === 0;
    if (!nameWithS && typos.near(token.word, 2, 1).length > 0) continue;
    missing.push(token.word);
  }
  return missing;
}

// A word inside a sentence: after a space that follows neither a sentence's end nor an opening
// quote or bracket, where any word is capitalised.
const WORD_INSIDE_SENTENCE = /(?<=[^\s.!?:"“‘(\[]\s+)\p{L}[\p{L}'’-]*/gu;

/**
 * Terms written capitalised inside a sentence in most of their uses: names ("Northern
 * Territories", "WTO", "Primakov"). One pass over the text counts each word's forms; only the
 * distinct words are stemmed, so a course of 20,000 passages costs a fraction of its analysis.
 */
export function namedTerms(corpus: Corpus): Set<string> {
  const capitalised = new Map<string, number>();
  const all = new Map<string, number>();
  for (const reading of corpus.readings) {
    for (const paragraph of reading.paragraphs) {
      for (const [word] of paragraph.text.matchAll(WORD_INSIDE_SENTENCE)) {
        const folded = word.toLowerCase();
        all.set(folded, (all.get(folded) ?? 0) + 1);
        if (word[0] !== folded[0]) capitalised.set(folded, (capitalised.get(folded) ?? 0) + 1);
      }
    }
  }
  const byTerm = new Map<string, { capitalised: number; all: number }>();
  for (const [word, count] of all) {
    const term = termOf(word);
    const counts = byTerm.get(term) ?? { capitalised: 0, all: 0 };
    counts.all += count;
    counts.capitalised += capitalised.get(word) ?? 0;
    byTerm.set(term, counts);
  }
  return new Set([...byTerm].filter(([, counts]) => counts.capitalised * 2 > counts.all).map(([term]) => term));
}

/** The latest year a reading's paragraphs name, or null if they name none. */
export function latestYearNamed(reading: Reading): number | null {
  const years = yearsOf([reading]);
  return years.size === 0 ? null : Math.max(...[...years].map(Number));
}

/** The years (four digits) the paragraphs of a corpus name. */
export function yearsNamed(corpus: Corpus): Set<string> {
  return yearsOf(corpus.readings);
}

/** The years the readings' footnotes name: dates of publication, and years in the titles they cite. */
export function yearsCited(corpus: Corpus): Set<string> {
  return yearsIn(corpus.readings.flatMap((reading) => reading.footnotes));
}

function yearsOf(readings: readonly Reading[]): Set<string> {
  return yearsIn(readings.flatMap((reading) => reading.paragraphs));
}

/** The years written in the passages' texts. */
function yearsIn(passages: readonly { readonly text: string }[]): Set<string> {
  const years = new Set<string>();
  for (const passage of passages) for (const match of passage.text.matchAll(/\b(?:1[5-9]|20)\d\d\b/g)) years.add(match[0]);
  return years;
}
