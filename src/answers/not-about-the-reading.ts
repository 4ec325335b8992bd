// Messages no reading answers: chit-chat, questions about the course around it (deadlines,
// grades), about saying or translating words, and how the asker should do something of their own.
// Pure; the answer engine answers them without a passage.
import { tokenize } from '../search/analyze.js';

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
// What the asker does with the reading, not their own work (one list for both checks below).
const WITH_THE_READING = String.raw`know|tell|see|understand|interpret|read|explain|summari[sz]e|sum up|think|find|locate|look|cite|reference|quote|argue|say|claim|use|prove|show|support|back|answer|respond|rebut|counter|describe|compare|define|put|remember|recall|connect|link|relate|apply|evaluate|assess|analy[sz]e|critique|criticise|criticize|challenge|defend|make sense|get`;
const HOW_TO_FOR_THE_ASKER = new RegExp(
  String.raw`^\W*(?:(?:so|ok|okay|hey|hi|and|but|also|quick question|question)\W+)*how (?:(?:do|can|should|could|would|shall|might) (?:i|we|u|you|one)|to)\s+(?!(?:${WITH_THE_READING}|spell|pronounce|translate)\b)\p{L}`,
  'iu',
);

// "How do I cite a chapter in an edited book in MLA": how to format a citation, a style guide's
// question, not which passage to cite.
const CITATION_FORMAT =
  /^\W*(?:(?:so|ok|okay|hey|hi|and|but|also|quick question|question)\W+)*how (?:(?:do|can|should|could|would) (?:i|we|u|you|one)|to)\s+(?:cite|reference|format)\b.*\b(?:mla|apa|chicago|harvard|mhra|oscola|vancouver|citation style|referencing style|bibliography|works cited|reference list|edited (?:book|volume|collection)|(?:a|an) (?:chapter|article|website|webpage|video|book) (?:in|from|on|by))\b/i;

// "What's the best way to study for my exam", "easiest way to memorise 200 words": advice on the
// asker's own work, by its verb of studying or a word for the asker after it. Not "the best way
// for Japan to get the islands back", nor "the best way to understand the islands dispute".
const BEST_WAY_FOR_THE_ASKER = new RegExp(
  String.raw`^\W*(?:(?:so|ok|okay|hey|hi|and|but|also|quick question|question|what(?:'s|s| is))\W+)*(?:the )?(?:best|easiest|fastest|quickest|simplest|right) way (?:for (?:me|us|u) )?to\s+(?:(?:study|revise|memori[sz]e|learn|prepare|practi[sc]e|pass|cram|focus|concentrate)\b|(?!(?:${WITH_THE_READING})\b)[^?.!]*\b(?:my|our|i|me)\b)`,
  'i',
);

/** True for a question asking how the asker should do something of their own (see HOW_TO_FOR_THE_ASKER). */
export function isHowToForTheAsker(question: string): boolean {
  return HOW_TO_FOR_THE_ASKER.test(question) || CITATION_FORMAT.test(question) || BEST_WAY_FOR_THE_ASKER.test(question);
}

export function isSmallTalk(question: string): boolean {
  const tokens = tokenize(question);
  return tokens.length > 0 && tokens.every((token) => SMALL_TALK.has(token.word) || token.stop);
}
