// Questions about time: "when" (a date, a founding, a beginning), what happened after the reading
// was written, and how something turned out. Pure; kinds-not-given.ts asks these of the passage
// found.
import { officeAskedFor } from './names-and-places.js';
import { asksForQuantity } from './quantities.js';
import { QUESTION_FRAME_WORDS, termOf, tokenize } from '../search/analyze.js';
import { splitSentences } from '../search/sentences.js';

// "When did ...", "what year ...": the question asks for a time, which a passage gives as a year,
// a decade or a month ("in August 2005", "in the mid-1990s", "after September 11").
// In a note's shorthand too: "NK's first nuclear test — date?", "SCO founding year", "the date?"
// (not "each year", "for a year": a span). A keyword query ending in one asks for it too
// ("putin tokyo visit date", "pipeline completion year").
const DATE_QUESTION =
  /(?:^\W*(?:(?:so|and|but|ok|okay|hey)\W+)?when\b|\bwhen (?:did|does|do|was|were|will|has|have|had)\b|\b(?:say|says|tell|tells|mention|mentions|give|gives|know|note|notes)\s+(?:us\s+)?(?:exactly\s+)?when\b|\b(?:what|which|on what|in what) (?:year|years|date|dates|month|months|decade|day|days)\b|[—–:]\s*(?:\p{L}+\s+)?(?:date|year)s?\b|\b(?:founding|signing|starting|start|opening|launch|birth) (?:year|date)\b|\b(?:the|exact) date\W*$|^(?!\W*(?:what|which|who|whom|whose|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b)[^?,;.]*\s(?:date|year)\W*$)/iu;
const DATE = /\b(?:(?:1[5-9]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d\d?\/\d\d?\b/;

// The times a question names: years ("2005") and decades ("1990s", "90s", "'90s").
const TIMES = /\b(?:1[5-9]|20)\d\d\b|\b(?:(?:1[5-9]|20)?\d0|['’]\d0)s\b/g;
// "Who was Russia's foreign minister when this was written": the time of the reading itself.
const WHEN_WRITTEN = /\b(?:when|at the time) (?:this|the essay|the article|the text|it|he|yokote) (?:was )?(?:written|wrote|published|came out)\b|\bat the time of (?:writing|the essay)\b/i;
// A year written in a passage: it dates what the passage tells.
const YEAR_IN_TEXT = /\b(?:1[5-9]|20)\d\d\b/;

// "When does he first mention the SCO", "when does the essay start talking about energy": where
// in the reading, no date.
const WHEN_IN_THE_READING =
  /\bwhen\s+(?:does|did|do)\s+(?:he|she|yokote|the author|the writer|the essay|the text|the article|the reading|it)\s+(?:first\s+|(?:start|begin)\s+(?:to\s+)?)?(?:mention|mentioning|talk|talking|discuss|discussing|bring|bringing|raise|introduce|turn to|move on|switch|get to|address|deal with)\b/i;

export function asksForDate(question: string): boolean {
  return DATE_QUESTION.test(question) && !WHEN_IN_THE_READING.test(question);
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
export function dateGiven(question: string): (text: string) => boolean {
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
// "is it still true nowadays", "what happens if the harvest fails this year" (the asker's year),
// "does Japan still buy Russian gas today", "what did he publish
// after this essay", "after this was written": what happened after the
// reading was written, which no passage of it can tell. Only words that point past the reading's own time: "is Russia going to end up as a
// supplier" asks for the author's view of the future, "in the end" may mean the essay's
// conclusion, "since then" may follow a date the essay goes on from.
const LATER_QUESTION = /\b(?:(?:did|has|have|had)\b.*\bend(?:ed)? up|ended up|later on|nowadays|these days|to this day|this year|next year|(?:after|since) (?:this|the) (?:essay|article|paper|text|reading)\b(?: (?:was )?(?:written|came out|published))?|(?:after|since) (?:this|it|that) (?:was )?(?:written|came out|published)|(?:after|since) (?:he|yokote|the author|the writer) (?:wrote|published|finished) (?:it|this|the essay|the article|the paper))\b|\b(?:did|has|have|had|was|were)\b.*\b(?:later|afterwards?|since)\W*$|\bstill\b[^?]*\btoday\W*$|\bwho will win\b|\bthe next (?:\p{L}+ )?(?:elections?|president|prime minister|pm|leader|summit)\b/iu;

// "Who is the current prime minister", "the leader of China right now", "how many people live
// there today": an office's holder or a figure today, which a reading of its own time cannot give
// (not "at the time", "in the essay": its own present).
const CURRENT_HOLDER_QUESTION = /\b(?:current|currently|right now|nowadays|today|at the moment|at present)\b/i;
const THE_READING_S_TIME = /\b(?:then|back then|at the time|at that time|in the (?:essay|article|text|reading)|according to|the author|he says|yokote|\d{4})\b/i;

// "How did Russia end up in the G8", "which route did they end up picking", "why did the pipeline
// end up going to Nakhodka": how, which way or why something turned out, which the reading tells
// where it reports it (the route Russia "decided" on); "did India end up joining" and "what year
// did it end up" still ask past the reading.
const HOW_IT_ENDED_UP = /^\W*(?:so\W+)?(?:how|which|why|how come)\b[^?]*?\bend(?:ed|s)? up\b/i;
// "The essay says both sides ended up with two options": how it ended up, as the reading tells it.
const ENDING_AS_TOLD = /\b(?:essay|author|he|yokote|text|article|reading|writer)\s+(?:says|said|writes|wrote|claims|argues|mentions|notes)\b[^?.!]*?\bend(?:ed|s)? up\b/i;

// "Why did the USSR collapse", "what caused the split": the cause of something.
const WHY_QUESTION = /^\W*(?:(?:so|but|and|ok|okay)\W+)?(?:why\b|what (?:caused|led to)\b|how come\b)/i;
// "Why does the Yasukuni Shrine come up", "why does he mention it": why the reading speaks of
// it, which the passage speaking of it shows, not why it happened.
const WHY_THE_READING_MENTIONS = /\b(?:come|comes|came|coming|bring|brings|brought|bringing)\s+(?:it\s+|this\s+|that\s+)?up\b|\bmention(?:s|ed|ing)?\b|\btalk(?:s|ed|ing)?\s+about\b|\brefer(?:s|red|ring)?\s+to\b/i;
// Words opening a phrase that dates something else by an event ("since the collapse of the USSR").
const TIME_WORDS: ReadonlySet<string> = new Set(['since', 'after', 'following', 'before', 'until', 'during', 'amid']);
// How far such a phrase runs, in words, where no comma or full stop ends it first.
const TIME_PHRASE_WORDS = 7;

/**
 * Each word of a text as its index term, and whether it stands in a phrase dating something by an
 * event ("after the USSR collapsed", "following Koizumi's visits"): from a time word, up to
 * TIME_PHRASE_WORDS words, within one clause (`clauses` splits them).
 */
function wordsInTimePhrases(text: string, clauses: RegExp): { readonly term: string; readonly dating: boolean }[] {
  const words: { term: string; dating: boolean }[] = [];
  for (const clause of text.split(clauses)) {
    let phraseWords = TIME_PHRASE_WORDS + 1;
    for (const token of tokenize(clause)) {
      if (TIME_WORDS.has(token.word)) {
        phraseWords = 0;
        continue;
      }
      words.push({ term: token.term, dating: ++phraseWords <= TIME_PHRASE_WORDS });
    }
  }
  return words;
}

/** The terms a question names inside phrases dating something by an event ("after the USSR collapsed"). */
export function termsInTimePhrases(question: string): ReadonlySet<string> {
  return new Set(wordsInTimePhrases(question, /[,;:.()?!]/).filter((word) => word.dating).map((word) => word.term));
}

/**
 * True for a "why" question whose words the passage uses only in phrases dating something else
 * ("since the collapse of the USSR", "following Koizumi's visits to the Yasukuni Shrine"): the
 * passage tells what came after the event, not what caused it. (`rarest`: those words only.)
 */
export function namesOnlyAsTime(question: string, passageText: string, rarest?: ReadonlySet<string>): boolean {
  if (!WHY_QUESTION.test(question) || WHY_THE_READING_MENTIONS.test(question)) return false;
  const asked = rarest ?? new Set(tokenize(question).filter((token) => !token.stop && !QUESTION_FRAME_WORDS.has(token.word)).map((token) => token.term));
  const named = wordsInTimePhrases(passageText, /[,;:.()]/).filter((word) => asked.has(word.term));
  return named.length > 0 && named.every((word) => word.dating);
}

// "Why did Japan's bid fail", "how come the visit failed": why something failed, which a passage
// answers only where it tells of the failure ("produced nothing", "had no effect"). (Not "why did
// the partnership fall apart": whether ties broke down is what the essay argues.)
const WHY_IT_FAILED =
  /^\W*(?:(?:so|but|and|ok|okay)\W+)?(?:why|how come)\b[^?]*\b(?:fail|fails|failed|flop|flopped)\b/i;
const FAILURE_TOLD =
  /\b(?:fail(?:s|ed|ure|ures|ing)?|nothing|no effect|in vain|collapse[sd]?|broke down|fell apart|disappoint(?:ed|ing|ment)|unsuccessful|futile|refused|rejected|not to accept)\b/i;

/** True when the question asks why something failed (see WHY_IT_FAILED). */
export function asksWhyItFailed(question: string): boolean {
  return WHY_IT_FAILED.test(question);
}

/** True when the text tells of a failure (see WHY_IT_FAILED). */
export function tellsFailure(text: string): boolean {
  return FAILURE_TOLD.test(text);
}

// "What happened with the pipeline after 2006", "since 2006": past the latest year the reading
// names, which is when it was written at the earliest. (A later year it never names is missing
// content already, unless a cited title names it: "Do We Need Putin After 2008?")
const AFTER_A_YEAR = /\b(?:after|since|post|beyond|past)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b/gi;

/** True when the question asks about the time after the latest year the reading names. */
export function asksPastReadingYears(question: string, readingYears: ReadonlySet<string>): boolean {
  if (readingYears.size === 0) return false;
  const latest = String(Math.max(...[...readingYears].map(Number)));
  return [...question.matchAll(AFTER_A_YEAR)].some((match) => match[1] === latest);
}

/**
 * True when the question asks about the time after a year that the passage names only as the end
 * of a span it gives figures or events for: "did the Far East's population keep falling after
 * 2001" of "lost roughly one million from 1991 to 2001". The passage tells of the span, not after.
 */
export function asksPastSpanEnd(question: string, passageText: string): boolean {
  return [...question.matchAll(AFTER_A_YEAR)].some((match) => {
    const year = match[1] ?? '';
    const mentions = passageText.match(new RegExp(String.raw`\b${year}\b`, 'g'))?.length ?? 0;
    const spanEnds = passageText.match(new RegExp(String.raw`\b(?:1[5-9]|20)\d\d\s*(?:[-–]|to|until|till)\s*${year}\b`, 'g'))?.length ?? 0;
    return spanEnds > 0 && spanEnds === mentions;
  });
}

// "Does he think Russia is a threat these days": the author's view, whose "these days" are his own.
const AUTHOR_S_PRESENT = /\b(?:does|did|do)\s+(?:he|yokote|the author|the essay|the writer|the text|it)\s+(?:really\s+|actually\s+)?(?:think|say|argue|believe|see|claim|describe|suggest)\b[^?]*\b(?:nowadays|these days)\b/i;

// "What's the population of Heilongjiang now": a figure as it stands today, which a reading gives
// only as of its own time.
const NOW_AT_THE_END = /\bnow\W*$/i;

export function asksWhatHappenedLater(question: string): boolean {
  const ended = HOW_IT_ENDED_UP.test(question) || ENDING_AS_TOLD.test(question) ? question.replace(/\bend(?:ed|s)? up\b/gi, ' ') : question;
  const later = AUTHOR_S_PRESENT.test(ended) ? ended.replace(/\b(?:nowadays|these days)\b/gi, ' ') : ended;
  const asksToday = (CURRENT_HOLDER_QUESTION.test(question) || (asksForQuantity(question) && NOW_AT_THE_END.test(question))) && !THE_READING_S_TIME.test(question);
  return LATER_QUESTION.test(later) || (asksToday && (officeAskedFor(question) !== undefined || asksForQuantity(question)));
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
// "Was the pipeline ever built", "did the islands ever get returned", "was Russia ever kicked
// out", "when was it actually finished": whether a work or a handover was carried through, which
// only a sentence reporting it says. ("Is the border problem actually finished" asks how things
// stand in the essay's time.)
const EVER_DONE =
  /(?:\b(?:was|were|did|has|have|had|is|are)\b[^,;.?!]*\bever|\b(?:was|were|did|had)\b[^,;.?!]*\b(?:actually|really))\s+(?:get\s+|got\s+|gets\s+|been\s+)?(built|finished|completed|constructed|opened|launched|returned|build|finish|complete|construct|open|launch|return|handed|transferred|kicked|expelled|suspended|thrown)\b/iu;
// "Did the US ever apologise", "has Japan ever protested": whether something was ever done, told
// only by a sentence using the verb. (Not a state of mind, "did Russia ever trust China", nor how
// something looked, "did the idea ever look doable", which
// the reading's view answers; nor "ever been", "ever get" asked of a thing above, nor "ever signed",
// an agreement asked of its parties in kinds-not-given.ts.)
const EVER_DID = /\b(?:did|has|have|had)\b[^,;.?!]*\bever\s+(?!(?:been|be|get|got|gets|really|actually|truly|fully|trust|trusted|like|liked|want|wanted|think|thought|believe|believed|care|cared|feel|felt|consider|considered|need|needed|see|saw|seen|expect|expected|intend|intended|agree|agreed|accept|accepted|sign|signed|conclude|concluded|look|looked|seem|seemed|appear|appeared|sound|sounded)\b)(\p{L}{3,})/iu;
const ANY_EVENT: ReadonlySet<string> = new Set(['happen', 'occur'].map(termOf));
// "When did the SCO finally tell the US to leave": words said are reported in many words
// ("demanding that"), so any sentence reporting words stands for them.
export const WORDS_SAID: ReadonlySet<string> = new Set(['say', 'tell', 'ask', 'announce', 'declare', 'demand', 'order', 'warn', 'request', 'call', 'claim', 'promise'].map(termOf));

// "Did the US army actually leave Uzbekistan", "in which year did Russia really join the WTO",
// "which year the troops really left": whether what was demanded, planned or expected came about. A sentence telling only of the demand
// ("demanding that the US army pull out"), the plan ("determined to implement") or the
// expectation ("seemed to ensue in the near future") does not say; one telling what was done
// ("made every effort to prevent") does.
const ACTUALLY_QUESTION =
  /(?:^\W*|[,;.?!]\s*|\b(?:but|and|so)\s+|\b(?:year|when)\s+)(?:did|has|have|had|was|were)\b[^,;.?!]*\b(?:actually|really)\b|\b(?:which|what) year\b[^,;.?!]*\b(?:actually|really)\s+\p{L}+/iu;
// (Not where the question asks about the demand or the promise itself: "did the SCO really demand
// that the US leave".)
const NOT_YET_DONE =
  /\b(?:demand(?:s|ed|ing)?|bids?|expected to|expecting|expectations?|in the near future|intention|intends?|intended|plans? to|planned|promise[sd]?|determined to|if|would|hopes?|hoped|wish(?:es|ed)?|aims? to)\b/gi;

// "Did Japan get the seat", "did they win the contract": whether a bid or a hope succeeded, which
// a sentence telling only of the bid ("its bid for a seat on the UN Security Council") does not
// say. Read only where the bid is told of what the question asks for (kinds-not-given.ts).
// (And a claim checked, its "is it true that" set aside: "Japan got its seat in the end?".)
const GOT_QUESTION =
  /^\W*(?:so\W+|and\W+|but\W+)?(?:did|has|have|had)\s+(?:\S+\s+){1,3}?(?:get|got|win|won|obtain|obtained|secure|secured)\s+(?:the|a|an|its|their|his|her)\b|^\W*(?:\p{L}+\s+){1,2}?(?:finally\s+|eventually\s+|really\s+|actually\s+)?(?:got|won|obtained|secured)\s+(?:the|a|an|its|their|his|her)\b/iu;

/** True when the question asks whether someone got what they sought (see GOT_QUESTION). */
export function asksWhetherItWasWon(question: string): boolean {
  return GOT_QUESTION.test(question);
}

// One word of NOT_YET_DONE, tested without the global flag's carried-over position.
const INTENT_WORD = new RegExp(NOT_YET_DONE.source, 'i');

/** The sentence's clauses telling of a demand, plan or expectation (see NOT_YET_DONE). */
export function clausesOfIntent(sentence: string): string[] {
  return sentence.split(/[,;:()]/).filter((clause) => INTENT_WORD.test(clause));
}

// "Did Putin really believe in a multipolar world", "did they actually want closer ties": whether
// a belief or wish was sincere, which the reading's view of them answers; nothing to come about.
const OF_MIND = /\b(?:actually|really)\s+(?:believe[sd]?|mean|means|meant|want|wants|wanted|think|thinks|thought|care[sd]?|trust|trusts|trusted|intend|intends|intended|like[sd]?|feel|feels|felt|consider|considers|considered)\b/i;

// "Did the SCO really tell the US army to get out": whether the bidding was done, which the
// sentence telling the demand answers, not whether it was obeyed.
const OF_BIDDING = /\b(?:actually|really)\s+(?:tell|told|ask|asked|order|ordered|urge|urged|call(?:ed)?\s+(?:on|for))\b/i;

// "Did Yeltsin really say he'd solve it by 2000", "did the author actually claim that": whether it
// was said, which the sentence reporting it answers.
const OF_SAYING = /\b(?:actually|really)\s+(?:say|says|said|claim|claims|claimed|promise|promises|promised|announce|announced|argue|argues|argued|write|writes|wrote|state|states|stated|mention|mentions|mentioned|suggest|suggests|suggested|predict|predicts|predicted|propose|proposed|warn|warns|warned)\b/i;

/** True when the question asks whether what was demanded, planned or expected came about (see ACTUALLY_QUESTION). */
export function asksWhetherItCameAbout(question: string): boolean {
  return ACTUALLY_QUESTION.test(question) && !OF_MIND.test(question) && !OF_BIDDING.test(question) && !OF_SAYING.test(question);
}

/** True when the sentence tells of a demand, plan or expectation, and the question is not about it (uses none of its words). */
// "Did the US actually leave after the SCO demand": the demand sets the time; what is asked is
// whether the leaving came about.
const AFTER_THE_INTENT = /\b(?:after|following|since|despite|in response to|because of)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:demands?|promises?|plans?|requests?|calls?|expectations?|intentions?)\b/giu;

/** The question's words that may name the demand, plan or promise asked about (see tellsOnlyOfIntent). */
export function termsAskedAbout(question: string): ReadonlySet<string> {
  return new Set(tokenize(question.replace(AFTER_THE_INTENT, ' ')).map((token) => token.term));
}

export function tellsOnlyOfIntent(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  const intents = [...sentence.matchAll(NOT_YET_DONE)].map((match) => tokenize(match[0]).filter((token) => !token.stop));
  return intents.length > 0 && !intents.some((words) => words.some((token) => questionTerms.has(token.term)));
}

// "What came out of Putin's visit", "did anything come of the talks", "the outcome of the
// six-party talks", "how did the talks end", "what happened to the talks in the end": what
// something led to ("what did the council achieve"), which a sentence tells in a word of result ("produced nothing", "causing a
// deep sense of disappointment", "decided to adopt"). (Not "the result of Russia backing the US":
// a consequence, which the essay argues in any words.)
const RESULT_QUESTION =
  /\bwhat (?:ever |finally |eventually )?happened (?:to|with)\b[^?.!]*\b(?:eventually|in the end|finally|at the end)\b|\b(?:did|has|have|had|does|do)\s+(?:anything|something|much|nothing)\s+(?:\w+\s+)?(?:come|came)\s+(?:out\s+)?of\b|\bwhat\s+(?:came|come|has come|comes)\s+(?:out\s+)?of\b|\b(?:outcome|outcomes)\s+of\b|\bwhat (?:did|has|have|does|do) (?:the |their |his |its )?(?:[\p{L}\d'-]+\s+){1,5}?(?:actually |really |ever )?(?:achieve|achieved|accomplish|accomplished)\b|\bhow did (?:the |their |his )?(?:[\p{L}\d'-]+\s+){1,5}?(?:end|end up)\W*$/iu;
const RESULT_WORDS =
  /\b(?:produc(?:e|ed|es|ing)|result(?:s|ed|ing)?|led to|lead(?:s|ing)? to|came of|outcomes?|achiev(?:e|ed|ement|ements)|success(?:ful|fully)?|succeeded|fail(?:s|ed|ure|ures)?|nothing|caus(?:e|ed|es|ing)|ended|brought|yield(?:s|ed)?|gain(?:s|ed)?|signed|agreed|agreements?|decided|decisions?|resolution|resolved|settle(?:d|ment))\b/i;

/** True when the question asks what something led to (see RESULT_QUESTION). */
export function asksForResult(question: string): boolean {
  return RESULT_QUESTION.test(question);
}

/** True when the sentence tells a result (see RESULT_WORDS). */
export function tellsResult(sentence: string): boolean {
  return RESULT_WORDS.test(sentence);
}

/** The index term of the verb whose outcome the question asks about, if it asks when or what later. */
export function outcomeVerbAskedFor(question: string): string | undefined {
  const verb = (WENT_ON_TO.exec(question) ?? EVER_DONE.exec(question) ?? EVER_DID.exec(question) ?? (asksForDate(question) || WHETHER_QUESTION.test(question) ? OUTCOME_QUESTION.exec(question) : null))?.[1]?.toLowerCase();
  if (verb === undefined) return undefined;
  const term = termOf(verb);
  return ANY_EVENT.has(term) ? undefined : term;
}

// "Russia's foreign minister in 2005": a question pinned to one year the reading names is
// answered by a paragraph about that year, not by one about 1996 (a year it never names is
// missing content, `missingKeyWords`). (Two times, "2002 vs 2005", "the 90s and after 2001",
// span the reading.) A paragraph dated by no year at all is not about another one: "why was
// Russia no equal of the US after 1991" is answered by the paragraph arguing it, undated.
// "Who was foreign minister when this was written", "how many ... at the time of writing": the
// one asked for then, in the latest year the reading names. (What was going on then is the
// whole reading's subject.)
export function isAboutAnotherYear(question: string, passageText: string, readingYears: ReadonlySet<string>): boolean {
  const latestYear = Math.max(0, ...[...readingYears].map(Number).filter((year) => year < 2100));
  const times = new Set([...question.matchAll(TIMES)].map((match) => match[0]));
  if (WHEN_WRITTEN.test(question) && (/^\W*who\b/i.test(question) || asksForQuantity(question)) && latestYear > 0) times.add(String(latestYear));
  const [year] = times;
  if (times.size !== 1 || year === undefined || !readingYears.has(year) || passageText.includes(year) || !YEAR_IN_TEXT.test(passageText)) return false;
  return !datesWithinSpanFrom(question, year, passageText);
}

// "Is Russia more assertive since 2000", "what changed after 2001": a span from that year on,
// which a passage dated by a later year is about; "before 2001", one up to it.
const SPAN_FROM = /\b(?:since|after|post|from)\s+(?:the\s+year\s+)?((?:1[5-9]|20)\d\d)\b(?!\s*(?:[-–]|to|until|till)\s*(?:1[5-9]|20)\d\d)/i;
const SPAN_UNTIL = /\b(?:before|until|till|up to|prior to)\s+(?:the\s+year\s+)?((?:1[5-9]|20)\d\d)\b/i;
const YEARS_IN_TEXT = /\b(?:1[5-9]|20)\d\d\b/g;

function datesWithinSpanFrom(question: string, year: string, passageText: string): boolean {
  const passageYears = (passageText.match(YEARS_IN_TEXT) ?? []).map(Number);
  if (SPAN_FROM.exec(question)?.[1] === year) return passageYears.some((other) => other > Number(year));
  if (SPAN_UNTIL.exec(question)?.[1] === year) return passageYears.some((other) => other < Number(year));
  return false;
}
