// Text analysis shared by the index and the questions: folding, tokenizing, possessives,
// hyphenated compounds, demonyms, stop words and English stemming. Both sides go through the same
// functions, so "Sino-Russian", "China's" and "the Chinese" all meet on the same index terms.
import { stemmer } from 'stemmer';
import { isDictionaryWord } from './english-words.js';

/** A word of the text after folding: what a reader would call one word, before stemming. */
export interface Token {
  /** Folded surface form (lower case, no diacritics, no possessive), e.g. `russians`. */
  readonly word: string;
  /** The index term: demonym mapped, stemmed (`russia`). */
  readonly term: string;
  /** True for stop words; kept in the stream so glossary phrases like "let down" still match. */
  readonly stop: boolean;
  /** True for the joined form of a hyphenated compound (`hardline` for hard-line), index only. */
  readonly joined: boolean;
}

// Superscript digits are footnote markers in our passages (¹..⁹); NFKD would turn them into
// plain digits glued to the word ("Afghanistan.¹" -> "afghanistan.1"), so they go first.
const SUPERSCRIPT = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]/g;
// Zero-width and other format characters join what they split (a pasted "Pu\u200Btin" is Putin).
const FORMAT_CHARS = /\p{Cf}/gu;
const CONTROL_CHARS = /\p{Cc}/gu;
const COMBINING_MARKS = /\p{M}/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2212]/g; // hyphen look-alikes join compounds like the ASCII hyphen

// "U.S.", "US", "USA" written in capitals are the country; lower-case "us" is the pronoun.
const US_DOTTED = /\bU\.\s?S\.(?:\s?A\.)?/g;
const US_CAPITALS = /\b(?:US|USA)\b/g;

/**
 * Case and diacritic folding: NFKD then combining marks stripped, curly quotes and apostrophes
 * made straight, footnote superscripts and invisible characters removed, lower case.
 */
export function foldText(text: string): string {
  const us = text.replace(US_DOTTED, ' usa ').replace(US_CAPITALS, 'usa');
  // Plain ASCII (most text) needs only lower-casing; the Unicode steps cost most of indexing time.
  if (!NON_ASCII.test(us)) return us.toLowerCase();
  return us
    .replace(SUPERSCRIPT, ' ')
    .replace(FORMAT_CHARS, '')
    .replace(CONTROL_CHARS, ' ')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .toLowerCase();
}

const NON_ASCII = /[^\x00-\x7F]/;

// Common English function words plus the words every question is made of ("what", "why").
// Kept short on purpose: content words like "power", "state" or "world" must stay searchable.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each either else etc few for
  from further had has have having he her here hers herself him himself his how however i if in
  into is it its itself just let me more most my myself neither no nor not now of off on once only
  or other our ours ourselves out over own same shall she so some such than that the their
  theirs them themselves then there these they this those through thus to too under until up upon
  us very via was cannot we were what when where whether which while who whom whose why will with would
  yet you your yours yourself yourselves s t e g ie eg though although altho one ones
  many much did does done get gets getting got go goes going gone make made way ever even still really
  along among around across toward towards within onto per
  whats wats wat hows whys wheres whos whens dont doesnt didnt isnt arent wasnt werent cant wont
  wouldnt couldnt shouldnt hasnt havent hadnt mustnt neednt aint im ive id youre theyre thats theres
  theyll youll itll theyd youd theyve youve weve hes shes heres u ur ya`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Words that frame a question rather than say what it is about: the reading itself, and the
// light verbs and fillers of everyday questions ("what does X want", "did Y actually try"), and
// the course around them ("testing for class: ...", "for the quiz"), and a chat's fillers ("ngl",
// "lowkey", "no cap").
// Ignored in questions only (the essay may use "think" or "want" in its own sense).
export const QUESTION_FRAME_WORDS: ReadonlySet<string> = new Set(
  `essay essays author authors writer yokote shinji text reading paragraph paragraphs passage passages
  say says saying said tell tells told mention mentions mentioned explain explains explained describe
  describes discuss discusses discussed write writes wrote written happen happened happens mean means meant perspective perspectives
  meaning please according think thinks thought believe believes want wants wanted try tries tried
  trying actually really basically exactly simply finally eventually ultimately kind sort thing things stuff lot lots like now
  someone something anyone anything everyone everything give gives gave given put puts take takes
  took taken know knows knew known see sees saw seen come comes came look looks looked seem seems
  seemed happening why hello hi hey thanks thank cheers ok okay yes yeah lol bot
  idea ideas view views opinion opinions notion notions argue argues argued point points summary
  summarise summarize overview chapter section part parts piece main important overall mainly time whole entire pls plz intro introduction
  ask asks asked asking list lists listed listing pose poses posed compare compares compared comparing comparison
  matter matters mattered feel feels felt
  writing mentioning explaining describing discussing telling arguing introduce introduces introduced introducing
  information informations info details detail facts fact data argument arguments
  significance pros cons rundown breakdown bit bits
  testing checking homework hw quiz quizzes exam exams seminar lecture assignment class classes evidence
  lowkey highkey ngl tbh idk wdym smh fr frfr bro bruh fam omg lmao imo imho btw ikr srsly tf istg
  afaik jk nvm irl deadass ong tryna wanna
  define defines defined definition definitions quote quotes quotation quotations excerpt excerpts
  remember remembered recall recalled well crazy insane wild`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Words that weigh a frame word after them ("big idea", "key point", "basic argument"): general
// English, dropped only before one (query.ts), so "key" in "Central Asia's key role" still counts.
export const FRAME_ADJECTIVES: ReadonlySet<string> = new Set(
  'big bigger biggest key basic central core chief principal general real true major same underlying final'.split(' '),
);

// Two-word frames of everyday questions ("why does he bring up X", "what does she talk about"):
// phrasal verbs about the telling, not the topic. Their first word alone may be a topic ("bring").
// So is where the telling begins ("when does he first mention X", "where does he start talking
// about X"): "first" and "start" would pull the paragraphs opening "First" or using "start".
// And the time asked for ("what year did Putin come to Tokyo"): "when" in other words, whose
// "year" would pull ¶9's "for about a year".
export const QUESTION_FRAME_PHRASES: ReadonlySet<string> = new Set(
  `bring up|brings up|brought up|bringing up|talk about|talks about|talked about|talking about|point out|points out|
  pointed out|come up|comes up|came up|end up|ends up|ended up|go on about|get at|getting at|gets to|get to|go into|goes into|
  next to|right next to|break down|breaks down|broken down|the part|the parts|this part|that part|which part|what part|which parts|what parts|what page|which page|on page|what pages|which pages|
  middle part|middle section|middle bit|middle paragraphs|first half|second half|first part|second part|first section|second section|
  author use|author uses|author used|he use|he uses|he used|yokote use|yokote uses|yokote used|essay use|essay uses|essay used|
  first mention|first mentions|first mentioned|first talk|first talks|first talked|first discuss|first discusses|first discussed|
  first bring|first brings|first brought|first raise|first raises|first raised|first introduce|first introduces|first introduced|
  first appear|first appears|first appeared|first come|first comes|first came|first get|first gets|first got|
  start talking|starts talking|started talking|start discussing|starts discussing|started discussing|start mentioning|starts mentioning|
  no cap|for real|was wondering|am wondering|just wondering|i wonder|what year|which year|what month|which month|what date|which date|begin talking|begins talking|began talking|begin discussing|begins discussing|began discussing|
  start to talk|starts to talk|started to talk|start to discuss|starts to discuss|started to discuss|begin to talk|begins to talk|begin to discuss|begins to discuss`
    .split('|')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== ''),
);

// The student's own task, not the topic: "need it in one line for my opening speech", "i need a
// quote for our rebuttal". A class preparing a debate or an essay says what the answer is for;
// those words ("opening", "speech") would otherwise pull a paragraph using them in its own sense.
// "Why does Russia need China" keeps its "need": only the student's needing is the frame.
// "... short", "... asap": how soon or how short the student wants it.
const HOW_SOON = String.raw`(?: (?:short|shorter|simple|quick|quickly|briefly|fast|asap|now))?`;
const STUDENT_TASK = new RegExp(
  [
    String.raw`\b(?:for|in|into) (?:my|our) (?:\w+ ){0,2}(?:speech|speeches|essay|essays|debate|debates|presentation|presentations|homework|hw|assignment|notes|slides|paper|report|statement|statements|argument|arguments|rebuttal|rebuttals|case|quiz|exam|test|seminar|class|group|team|opening|closing|intro|conclusion|response|responses|reflection|reflections|journal|post|write-?up|worksheet|outline|draft|memo)\b(?: (?:tomorrow|tonight|today|later|next week|on \w+day))?`,
    // A course's weekly work: "for the week 7 response", "for this week's reflection", "for the discussion post".
    String.raw`\bfor (?:the|this|this week'?s|the weekly|the week \w+) (?:weekly )?(?:response|reflection|journal|discussion post|post|write-?up|worksheet|reading log|quiz)\b`,
    String.raw`\b(?:i|we|u) (?:really |just |kinda |still |also )?(?:need|needs|want|wanna)\b(?: (?:it|this|that|to know|to find|to quote|to cite|to use))?${HOW_SOON}`,
    String.raw`\bneed (?:it|this|that|stats|statistics|numbers?|a number|an? (?:quote|example|source|line)|quotes|examples|evidence|sources|help)\b${HOW_SOON}`,
    // The other side's claim is the topic; who makes it, in a debate, is not.
    String.raw`\b(?:the |my |our )?(?:other (?:side|team)|opponents?|opposition)(?: (?:will|would|might|could|may|is going to|are going to|gonna))? (?:say|says|said|argue|argues|argued|claim|claims|claimed)(?: that)?`,
    // Checking a claim ("is it true that ...", "does the author agree that ...", "can i argue
    // that ...", "or did i make that up"): the claim is the topic, the checking is not. "Agree"
    // would otherwise pull the paragraphs about agreements; "true" the one that uses the word.
    String.raw`\bis (?:it |that |this )?(?:really )?(?:true|right|correct|fair|accurate|wrong|false)(?: to say)?(?: that)?`,
    // "..., did the author actually say that?", "is that in the text": the claim before is checked.
    // ("Where is that in the essay" keeps its words: where in the reading, no place.)
    String.raw`\b(?:did|does) (?:the author|the essay|the text|the writer|yokote|he|it)(?: really| actually)? (?:say|write|claim|mention|argue|state) (?:that|this|so)(?=\W*$)|(?<!\bwhere\s)\b(?:is|was) (?:that|this|it) (?:really |actually )?(?:in|from) (?:the )?(?:text|essay|reading|article)\b`,
    String.raw`\b(?:am i|was i|are we) (?:right|wrong|correct)(?: (?:that|to say|in saying))?`,
    String.raw`\btrue\s*(?:or|/)\s*(?:false|flase|fasle|not)\b|\bt\s*/\s*f\b`,
    // A worksheet's or quiz's instructions, pasted with the item ("Fill in the blank:", "q4 on the
    // sheet:", "Multiple choice:", "Put in order:"): how to answer, not what about.
    String.raw`\bfill(?:\s+in)?\s+(?:the\s+)?(?:blanks?|gaps?)\b|_{2,}|\b(?:multiple[- ]choice|short[- ]answer|open[- ]ended)(?:\s+(?:question|item))?\s*:|\bq(?:uestion)?\s*#?\s*\d{1,2}\b(?:\s+(?:on|from|of)\s+the\s+(?:work)?sheet)?\s*[:-]|\b(?:on|from|of)\s+(?:the|my|our)\s+(?:work)?sheet\b|\bhelp (?:me )?with this(?: one)?\b|\bin (?:your|my|our) own words\b|\bput (?:these |them |the following |the events )?in (?:the right |the correct |chronological |time )?order\b|\bmatch (?:the|each) \w+ (?:to|with) (?:the|its|his|her|their) \w+`,
    String.raw`\b(?:does|did|would|do) (?:the author|the essay|the text|the writer|yokote)(?: really| actually)? (?:agree|disagree|accept|support|back up)(?: with)?(?: (?:that|the (?:claim|idea|view|point) that))?`,
    String.raw`\b(?:does|did|would) (?:he|it)(?: really| actually)? (?:agree|disagree|accept|support) (?:that|the (?:claim|idea|view|point) that)`,
    // Checking how a claim is supported ("does he back up the claim that ...", "does he give evidence
    // for ..."): the claim is the topic. ("Where does he back up ..." keeps its "where does he": a
    // place in the essay, not a place.)
    String.raw`(?<!\bwhere\s)\b(?:does|did|do|can|how does|how did) (?:he|she|it|the author|the writer|yokote|the essay|the text)(?: really| actually)? (?:back up|prove|justify|support|substantiate|give (?:any )?(?:evidence|proof|sources?|support) for)(?: (?:that|the (?:claim|idea|view|point|argument)(?: that)?))?`,
    String.raw`\bcan (?:i|we|you|u) (?:say|argue|claim|use|cite|quote)(?: (?:that|this))?`,
    // Hunting evidence for their own paper: "a line i can cite", "something we could quote",
    // "quote please", "citation needed". The words of quoting would pull the footnotes ("cite")
    // or the essay's one "line" ("hard line"); what the line should say is the topic.
    String.raw`\b(?:(?:a|an|one|some|any|the) )?(?:(?:good|short|nice|strong|direct|exact|single) )?(?:line|lines|quote|quotes|quotation|sentence|sentences|passage|passages|bit|something|anything|evidence) (?:that )?(?:i|we|u) (?:can|could|might) (?:use|cite|quote)\b`,
    String.raw`\b(?:i|we|u) (?:can|could) (?:use|cite|quote)\b`,
    String.raw`\b(?:(?:a|an|one) )?(?:line|lines|quote|quotes|sentence|sentences) to (?:cite|quote|use)\b`,
    String.raw`\b(?:quotes?|quotation|quotations) (?:please|pls|plz)\b|\b(?:please|pls|plz) quote\b|\bcitation needed\b`,
    String.raw`\b(?:or )?did i make (?:that|this|it) up\b`,
    // A lecture's slides and notes, mapped back to the reading ("slide 12:", "lec 5 slide 3 -",
    // "notes say", "prof said", "lecturer:"): the point noted is the topic, who made it is not
    // ("lecturer" would otherwise be the glossary's "lectured", pressure).
    String.raw`\b(?:lec(?:ture)?\s*\d{1,2}\s*,?\s*)?slides?\s*#?\s*\d{1,3}\s*[:\-–—]?|\blec(?:ture)?\s*\d{1,2}\s*[:\-–—]`,
    String.raw`\b(?:my |the |our )?(?:lecture |class )?notes? (?:say|says|said)(?: that)?|\b(?:my |the |our )?(?:lecture |class )?notes\s*:|\bi (?:wrote|noted|jotted|copied) down(?: that)?`,
    String.raw`\b(?:the |my |our )?(?:prof|professor|lecturer|teacher|tutor|instructor)\s+(?:said|says|claimed|claims|mentioned|told us|argued|argues|thinks|put it)(?: that)?|\b(?:the |my |our )?(?:prof|professor|lecturer|teacher|tutor|instructor)\s*:`,
    // The people around the student, by title and name ("my teacher mrs lopez keeps talking about",
    // "my friend jake says", "my dad said"): who raised the point, not the point ("Lopez" is no
    // name the reading lacks).
    String.raw`\b(?:my|our) (?:prof|professor|lecturer|teacher|tutor|instructor|ta|friend|friends|classmate|classmates|dad|mom|mum|father|mother|parents|brother|sister|partner|group)(?:\s+(?:mrs|mr|ms|miss|dr|prof)\.?)?(?:\s+[a-z]+)?\s+(?:said|says|say|thinks|think|told (?:us|me)|mentioned|claims|claimed|keeps (?:saying|talking about|mentioning|going on about)|kept (?:saying|talking about|mentioning)|was (?:saying|talking about))(?: that)?`,
    String.raw`\b(?:according to|in|from|on) (?:the|my|our|today'?s|last) (?:lecture|slides?|lecture notes|class notes)\b|\bthe (?:lecture|slides?) (?:said|says|say)(?: that)?`,
    // A teacher's lesson: "want it on a slide", "for the starter activity", "for my Year 9s", "to
    // project in class", "a student wrote that ...": what the passage is for, or whose claim is checked.
    String.raw`\b(?:i )?(?:want|need|put|use|show) (?:it|this|that|one) (?:on|in|for) (?:a|the|my) (?:slide|handout|worksheet|board|quiz)\b|\bfor (?:the|a|my|our|tomorrow'?s) (?:starter|warm-?up|plenary|exit ticket|handout|lesson|discussion|class discussion|seminar)(?: activity| task| question)?\b|\bfor (?:my|the|our) (?:year|grade) \d{1,2}s?\b|\bto project(?: in class| on the board)?\b`,
    String.raw`\b(?:a|one|my|this|another) (?:student|pupil|kid|essay|answer|paper|script)(?: of mine)? (?:wrote|writes|says|said|claims|claimed|argues|argued|thinks)(?: that)?`,
    String.raw`\b(?:ta|teacher|tutor|prof|professor|instructor|lecturer|teaching assistant) here\b`,
    // How the student feels ("kinda lost -", "I'm confused,", "don't get it:"): no part of what is
    // asked, and "lost" is the reading's word ("the lost territory").
    String.raw`^\W*(?:(?:i'?m|i am|im)\s+)?(?:(?:kinda|kind of|a bit|a little|so|totally|completely|really|very|super|bit)\s+)?(?:lost|confused|stuck)(?:\s+(?:here|on this|about this|with this|lol|tbh))?\s*[-–—:,.!;]|\b(?:i'?m|i am|im)\s+(?:(?:kinda|kind of|a bit|a little|so|totally|completely|really|very|super)\s+)?(?:lost|confused)\b|^\W*(?:i\s+)?(?:don'?t|dont|do not)\s+(?:get|understand)\s+(?:it|this)\s*[-–—:,.!;]`,
    // The reading's own time, as a later reader names it ("back then", "in those days"): every
    // passage is of that time, and "back" is the reading's word for other things ("bring back").
    // ("When this was written" stays: who held an office then is past what the reading names.)
    String.raw`\bback then\b|\bin those days\b|\bat (?:the|that) time(?! of)\b`,
    // Finding the part ("how do I find the part about energy", "help me find", "where can I find"): "find" is the essay's word for other things.
    String.raw`\b(?:how (?:do|can|could|would|should) (?:i|we|u|you) |help (?:me |us )?|where (?:can|do|could|would) (?:i|we|u|you) |(?:i|we) (?:can'?t|cannot|couldn'?t|could not) |trying to |need to |want to )(?:find|locate|spot)\b`,
  ].join('|'),
  'gi',
);

// "Is the population claim sourced", "is his claim about migrants backed up": the claim's topic,
// not the checking of it ("claim" would pull the paragraphs reporting claims).
const CLAIM_CHECKED = /\b(?:is|are|was|were)\s+(?:the|his|this|that|these|those|her)\s+((?:[\p{L}'-]+\s+){0,4}?)claims?\s+((?:about|on|of|that)\s+[^?.!]*?\s+)?(?:sourced|supported|backed(?: up)?|cited|referenced|evidenced|proven|proved|true|accurate|valid|fair|reliable|justified)\b/giu;

/** The question without the words saying what the student needs the answer for, or that a claim is being checked. */
export function withoutStudentTask(question: string): string {
  return question.replace(CLAIM_CHECKED, (_whole, before: string, after: string | undefined) => ` ${before} ${after ?? ''} `).replace(STUDENT_TASK, ' ');
}

/**
 * The words a question types in capitals ("ASEAN", "GDP"): names the student abbreviates, never
 * slips of the reading's words. None when the question is typed all in capitals (shouting).
 */
export function acronymsIn(question: string): ReadonlySet<string> {
  const words = question.match(/\p{L}+/gu) ?? [];
  const capitals = words.filter((word) => word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase());
  if (capitals.length === 0 || capitals.length * 2 > words.length) return new Set();
  return new Set(capitals.map((word) => word.toLowerCase()));
}

/**
 * The words a question capitalises inside a sentence ("how did Roh Moo-hyun approach Russia":
 * roh, moo, hyun), lower-cased: names, as the student writes them. Not a sentence's first word,
 * nor any word of a question typed in capitals or with every word capitalised.
 */
export function capitalisedWordsIn(question: string): ReadonlySet<string> {
  const words = [...question.matchAll(/\p{L}+/gu)];
  const capitalised = words.filter((match) => /^\p{Lu}/u.test(match[0]));
  if (capitalised.length * 2 > words.length) return new Set();
  return new Set(capitalised.filter((match) => !/(?:^|[.?!:;]|["“‘(])\s*$/u.test(question.slice(0, match.index))).map((match) => match[0].toLowerCase()));
}

/**
 * The question with roundabout phrasings put plainly: "where is the data from" as "the data come
 * from" (asking for a source), "what does the author want Japan to do" as "Japan should do", "in
 * the end" as "eventually", "Article 9" of a law as its clause, "on the West's side" as siding with it.
 */
export function putPlainly(question: string): string {
  return question.replace(ON_THE_SIDE_OF, sidingWith).replace(WHAT_LED_TO, 'why did $1').replace(AT_FIRST, 'initially').replace(LAW_ARTICLE, 'clause $1').replace(SOURCE_ASKED, '$1 come from').replace(AUTHOR_WANTS, '$1 should $2').replace(DECADE_AS_YEARS, '$1s').replace(IN_THE_END, 'eventually').replace(DOWN_THE_LINE, 'eventually').replace(ROLE_ASKED, (_match, coming: string | undefined, fitting: string | undefined) => `what about ${(coming ?? fitting ?? '').trim()}`);
}

// "In beginning of 2000 years", "the 1990 years": a decade, as learners of English from several
// languages write it (Russian "2000-е годы"). Not "2000 years ago" nor "twenty years old".
const DECADE_AS_YEARS = /\b((?:19|20)\d0) years\b(?!\s+(?:ago|old|later|before|after|earlier|long))/gi;

// "Where does Taiwan come into it", "where do the migrants fit in": what part something plays in
// the argument, no place nor anyone coming in ("moving into" is the glossary's migration).
const ROLE_ASKED = /\bwhere (?:does|do|did) ((?:\S+\s+){1,4}?)(?:come|comes|came) in(?:to (?:it|this|that|the picture|the story|the argument))?(?=\s*[?.!]*\s*$)|\bwhere (?:does|do|did) ((?:\S+\s+){1,4}?)fit(?: in(?:to (?:it|this|that|the picture|the story|the argument))?)?(?=\s*[?.!]*\s*$)/gi;

// "On the West's side", "on the side of the US": siding with it, the essay's alignment and
// partnership; "side" alone would pull the paragraphs of "the Japanese side". (Not "on the Russian
// side of the border": a place.)
const ON_THE_SIDE_OF = /\bon (?:the )?([\p{L}-]+(?:'s|’s|')?) side\b(?! of\b)|\bon the side of (?:the )?([\p{L}-]+)/giu;

function sidingWith(phrase: string, owner: string | undefined, of: string | undefined): string {
  if (of !== undefined) return `siding with ${of.toLowerCase() === 'us' ? 'the US' : of}`;
  const word = owner ?? '';
  // A possessive, with or without its apostrophe ("the West's", "the wests"); "this side", "the
  // Japanese side" are no one's.
  const party = /(?:'s|’s|')$/.test(word) ? word.replace(/(?:'s|’s|')$/, '') : /[^s]s$/i.test(word) ? word.slice(0, -1) : undefined;
  return party === undefined || STOP_WORDS.has(word.toLowerCase()) || STOP_WORDS.has(party.toLowerCase()) ? phrase : `siding with ${party}`;
}

// "What led Russia to lean on China", "what drove Moscow to ...": why it did so; "led" would pull
// the paragraphs about leaders and leadership.
const WHAT_LED_TO = /\bwhat (?:led|drove|pushed|caused|prompted|forced|made|got) ((?:the )?\p{L}+(?:\s+\p{L}+)?) to\b(?=\s+\p{L})/giu;

// "Russia backed the US at first": at the beginning, the essay's "initial years"; "first" would
// pull the paragraphs opening "First".
const AT_FIRST = /\bat first\b/gi;

// "Article 9 of the constitution", "NATO's Article 5": a numbered article is a law's or treaty's
// clause, not an article the reading cites (the glossary's word for its footnotes).
const LAW_ARTICLE = /\barticles?\s+(\d{1,3}|[ivx]{1,5})\b/gi;

// "Did the Americans leave in the end": eventually, no end the reading speaks of ("the end of
// the partnership"). Not "at the end of the essay": a place.
const IN_THE_END = /\bin the end\b(?! of\b)/gi;

// "What could go wrong down the line", "down the road": later on, as "eventually"; no line or road
// of the reading.
const DOWN_THE_LINE = /\b(?:further |farther )?down the (?:line|road|track)\b/gi;

// "What does the author want Japan to do", "what does he advise Tokyo to change": what the
// reading says Japan should do ("it should reconsider"), asked through its author.
const AUTHOR_WANTS =
  /\b(?:does|did|do|would) (?:the author|the writer|the essay|the text|yokote|he) (?:want|wants|expect|expects|advise|advises|recommend|recommends|urge|urges|tell|tells|ask|asks|suggest|suggests) ((?:the )?\p{L}+) to (\p{L}+)/giu;

// "Where is the population data from", "where's that quote from": the source of a figure or a
// quotation, asked as "where does it come from" is (the glossary's words for a source). Not "where
// is Putin from": only the things a source is cited for.
const SOURCE_ASKED =
  /\bwhere(?:'s|s|\s+(?:is|are|was|were))\s+((?:\S+\s+){0,4}?(?:data|figures?|numbers|stats|statistics|info|information|quotes?|quotation|claims?|estimates?|evidence)(?:\s+\S+){0,4}?)\s+from\b/gi;

// Modal verbs kept out of STOP_WORDS: "what should Japan do" is asking for the paragraph that
// recommends ("it should reconsider"). They rank, but never make a question relevant on their own.
export const MODAL_WORDS: ReadonlySet<string> = new Set(['should']);

// Demonyms and adjectives of place meet their country, on both sides of the index. General
// English, not this essay's glossary: any reading about countries needs them.
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['russian', 'russia'], ['russians', 'russia'], ['russo', 'russia'],
  ['chinese', 'china'], ['sino', 'china'],
  ['japanese', 'japan'], ['nippon', 'japan'],
  ['american', 'usa'], ['americans', 'usa'], ['america', 'usa'], ['usa', 'usa'],
  ['european', 'europe'], ['europeans', 'europe'],
  ['asian', 'asia'], ['asians', 'asia'], ['eurasian', 'eurasia'],
  ['korean', 'korea'], ['koreans', 'korea'],
  ['indian', 'india'], ['indians', 'india'], ['indo', 'india'],
  ['german', 'germany'], ['germans', 'germany'],
  ['french', 'france'], ['franco', 'france'],
  ['british', 'uk'], ['britain', 'uk'], ['anglo', 'uk'],
  ['taiwanese', 'taiwan'],
  ['ukrainian', 'ukraine'], ['ukrainians', 'ukraine'],
  ['georgian', 'georgia'], ['georgians', 'georgia'],
  ['uzbek', 'uzbekistan'], ['uzbeks', 'uzbekistan'],
  ['kyrgyz', 'kyrgyzstan'], ['kirghiz', 'kyrgyzstan'],
  ['iraqi', 'iraq'], ['iraqis', 'iraq'],
  ['afghan', 'afghanistan'], ['afghans', 'afghanistan'],
  ['palestinian', 'palestine'], ['palestinians', 'palestine'],
  ['israeli', 'israel'], ['israelis', 'israel'],
  ['iranian', 'iran'], ['iranians', 'iran'],
  ['syrian', 'syria'], ['syrians', 'syria'],
  ['mongolian', 'mongolia'], ['mongolians', 'mongolia'],
  ['kazakh', 'kazakhstan'], ['kazakhs', 'kazakhstan'], ['tajik', 'tajikistan'], ['tajiks', 'tajikistan'],
  ['pakistani', 'pakistan'], ['pakistanis', 'pakistan'],
  ['vietnamese', 'vietnam'], ['turkish', 'turkey'], ['italian', 'italy'], ['canadian', 'canada'],
  ['siberian', 'siberia'], ['siberians', 'siberia'],
  ['soviets', 'soviet'],
  ['western', 'west'], ['westerners', 'west'], ['eastern', 'east'],
  ['northern', 'north'], ['southern', 'south'],
]);

// Irregular English verb forms the stemmer cannot join to their base ("began" / "begin",
// "grew" / "grow"): general English, applied on both sides like the demonyms.
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  `began:begin begun:begin grew:grow grown:grow went:go gone:go fell:fall fallen:fall rose:rise risen:rise
  lost:lose took:take taken:take made:make saw:see seen:see sought:seek thought:think brought:bring
  bought:buy sold:sell held:hold led:lead left:leave met:meet paid:pay said:say told:tell won:win
  fought:fight struck:strike drew:draw drawn:draw broke:break broken:break chose:choose chosen:choose
  spoke:speak spoken:speak kept:keep felt:feel understood:understand sent:send spent:spend built:build
  became:become came:come ran:run stood:stand wrote:write written:write gave:give given:give
  knew:know known:know got:get gotten:get began:begin sank:sink shrank:shrink shrunk:shrink
  withdrew:withdraw withdrawn:withdraw undertook:undertake overcame:overcome forgot:forget
  forgotten:forget hid:hide hidden:hide rode:ride flew:fly flown:fly threw:throw thrown:throw`
    .split(/\s+/)
    .filter((pair) => pair !== '')
    .map((pair) => pair.split(':') as [string, string]),
);

// The short forms of a class chat ("ppl", "govt", "abt") and of the months ("aug 2005"): general
// English, read as the word.
export const CHAT_FORMS: ReadonlyMap<string, string> = new Map(
  `ppl:people govt:government govts:governments gov:government intl:international econ:economic
  abt:about bc:because cuz:because bcuz:because coz:because tho:though thru:through diff:different
  info:information prez:president pres:president km:kilometers kms:kilometers sq:square
  wat:what wut:what wats:whats shud:should shld:should wud:would cud:could
  gonna:going gotta:got bout:about da:the dat:that dis:this dem:them
  tmrw:tomorrow tmr:tomorrow prolly:probably obv:obviously esp:especially bcos:because
  jan:january feb:february apr:april aug:august sep:september sept:september oct:october nov:november dec:december`
    .split(/\s+/)
    .filter((pair) => pair !== '')
    .map((pair) => pair.split(':') as [string, string]),
);

// One-letter and digit chat forms ("what r the issues w sino russian relations", "y did putin
// ...", "what yr"), "abt" and "bout" ("whats the essay bout") and "rn": spelt out in the
// question's text before anything reads its phrasing (a "which countries are in" pattern, "what
// year", "what is the essay about"), lower case only and never inside "u.s." or
// "r&d". "y" is "why" only where it opens the question, "n" is "and" only between words, and
// "n korea" is North Korea.
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['r', 'are'], ['u', 'you'], ['ur', 'your'], ['w', 'with'], ['w/', 'with'], ['n', 'and'], ['yr', 'year'], ['yrs', 'years'], ['b4', 'before'],
  ['abt', 'about'], ['bout', 'about'], ['rn', 'right now'],
]);

// Short forms of the countries and of two connectives ("nk nukes", "jpn and rus", "jp n ru", "b/c").
const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['nk', 'north korea'], ['sk', 'south korea'], ['jpn', 'japan'], ['jp', 'japan'], ['rus', 'russia'], ['ru', 'russia'], ['chn', 'china'], ['cn', 'china'], ['b/c', 'because'], ['w/o', 'without'],
]);

const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([['$', 'dollars'], ['€', 'euros'], ['¥', 'yen'], ['£', 'pounds']]);

// A letter typed three times or more ("soooo", "whyyy", "reaaally"): no English word has that, so
// the word is stretched for emphasis.
const STRETCHED_WORD = /\p{L}*(\p{L})\1\1\p{L}*/gu;
const STRETCHED_RUN = /(\p{L})\1\1+/gu;

/**
 * A stretched word as the word meant: each run of one letter as one letter or two, as few doubled
 * as make a dictionary word ("soooo" -> so, "pleeease" -> please, "yesss" -> yes); with none a
 * word, each run as one letter. (Single letters are tried first, so "gooood" reads as "god": a
 * stretched word is rarely the question's key word.)
 */
function unstretched(word: string): string {
  const runs = [...word.matchAll(STRETCHED_RUN)].slice(0, 3);
  const spelt = (doubled: number): string => {
    let run = 0;
    return word.replace(STRETCHED_RUN, (_whole, letter: string) => (doubled & (1 << run++) ? letter + letter : letter));
  };
  const tries = [...Array(1 << runs.length).keys()].sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  return spelt(tries.find((doubled) => isDictionaryWord(spelt(doubled).toLowerCase())) ?? 0);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}

/** The question with its one-letter chat forms spelt out (see CHAT_SPELLINGS); otherwise as typed. */
export function spellOutChat(question: string): string {
  const opened = question
    .replace(STRETCHED_WORD, unstretched)
    .replace(/^(\s*)y(?=\s+\p{L})/u, '$1why')
    .replace(/(?<=^|\s)(nk|sk|jpn|jp|rus|ru|chn|cn|b\/c|w\/o)(?=\s|$|[?!,.'])/gi, (form: string) => SHORT_NAMES.get(form.toLowerCase()) ?? form)
    .replace(/(?<=^|\s)([ns])\.?\s+(?=korea)/gi, (_match, side: string) => (side.toLowerCase() === 'n' ? 'north ' : 'south '))
    // "What did russia get 4 being on the west's side": a 4 before a gerund or an article is "for".
    .replace(/(?<=\p{L}\s+)4(?=\s+(?:\p{L}+ing|the|a|an|me|us|them|it|sure|real|example)\b)/gu, 'for')
    // "Trade volume in $", "$ figures": a currency's sign is its name.
    .replace(/(?<=^|[\s(])([$€¥£])(?=[\s?!,.)]|$)/gu, (sign: string) => CURRENCY_SIGNS.get(sign) ?? sign);
  return opened.replace(/(?<=^|\s)(r|u|ur|w\/?|n|yr|yrs|b4|abt|bout|rn)(?=\s|$|[?!,])/g, (form, _word, at: number) => {
    if (form === 'n' && at === 0) return form;
    return CHAT_SPELLINGS.get(form) ?? form;
  });
}

/** The word a form stands for: the base of an irregular verb, the word a chat short form abbreviates. */
function baseOf(word: string): string | undefined {
  return IRREGULAR_FORMS.get(word) ?? CHAT_FORMS.get(word);
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu;
const ASCII_WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*'?/g;

// "Counterbalancing", "interfered": the stemmer takes "-ance" and "-ence" off a noun
// ("counterbalance" to "counterbal") but keeps them in the verb's forms ("counterbalanc"), so the
// forms are stemmed as the word they come from.
const ANCE_VERB = /^(.{4,}[ae]nc)(?:ing|ed)$/;
// "Militarily", "necessarily": the stemmer keeps an adverb's "-ily" ("militarili"), so it is stemmed
// as the word it comes from ("military"). (Four letters before it at least: not "family", "daily".)
const ILY_ADVERB = /^(.{4,})ily$/;

// Plurals whose stem is another word: "cheap goods" are no "good partners", and "news" is not "new".
const KEPT_WHOLE: ReadonlySet<string> = new Set(['goods', 'news']);

/** The index term for one folded word: demonym to country, then the English stem. */
export function termOf(word: string): string {
  const known = termCache.get(word);
  if (known !== undefined) return known;
  const country = DEMONYMS.get(word);
  const base = baseOf(word) ?? word.replace(ANCE_VERB, '$1e').replace(ILY_ADVERB, '$1y');
  // A demonym's country is stemmed like the country's own name, so "European" meets "Europe"
  // ("europ") and "German" meets "Germany" ("germani").
  const term = /^\p{N}+$/u.test(word) || KEPT_WHOLE.has(word) ? word : stemmer(country ?? base);
  // Stemming is the cost of indexing; a bounded memo makes a 20,000-passage build cheap.
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

const TERM_CACHE_LIMIT = 200_000;
const termCache = new Map<string, string>();

// The same contractions typed without the apostrophe ("wont budge", "didnt trust"), as students
// type them: "not" too, so that a glossary phrase written "won't budge" meets them.
const NEGATIVES_WITHOUT_APOSTROPHE: ReadonlySet<string> = new Set(
  'dont doesnt didnt isnt arent wasnt werent cant wont wouldnt couldnt shouldnt hasnt havent hadnt mustnt neednt aint'.split(' '),
);

function stripPossessive(word: string): string {
  if (NEGATIVES_WITHOUT_APOSTROPHE.has(word)) return 'not';
  if (!word.includes("'")) return word;
  // Negative contractions carry no topic ("didn't", "can't"): they fold to a stop word.
  if (/n't$/.test(word)) return 'not';
  return word
    .replace(/'(?:s|re|ve|ll|d|m)$/, '')
    .replace(/'$/, '')
    .replace(/'/g, ''); // inner apostrophes of transliterations: Bol'shoi -> bolshoi
}

function makeToken(word: string, joined: boolean, previous: string | undefined): Token {
  // Lower-case "us" after "the" is the country typed in lower case ("what did the us do").
  if (word === 'us' && previous === 'the') return { word, term: 'usa', stop: false, joined };
  // "went" is as empty as "go": an irregular form of a stop word is one too.
  const stop = STOP_WORDS.has(word) || STOP_WORDS.has(baseOf(word) ?? '') || (word.length === 1 && !(word >= '0' && word <= '9'));
  return { word, term: termOf(word), stop, joined };
}

// Lower-case "us" before a country or a word the US has ("us russia relations", "us troops") is
// the country too; not after a verb or preposition taking "us" ("tell us", "for us").
const COUNTRY_NAMES: ReadonlySet<string> = new Set([...DEMONYMS.keys(), ...DEMONYMS.values()].map((name) => name.toLowerCase()));
const US_HAS: ReadonlySet<string> = new Set(
  'troops army military forces soldiers president presidents government administration alliance influence influences led policy policies hegemony pressure base bases officials role side relations ties'.split(' '),
);
const TAKES_US: ReadonlySet<string> = new Set('tell tells told give gives gave show shows showed help helps let lets for to with of about among from make makes made'.split(' '));

function markUsBeforeItsWords(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1]?.word ?? '';
    if (token === undefined || token.word !== 'us' || token.term === 'usa' || TAKES_US.has(tokens[i - 1]?.word ?? '')) continue;
    // (Opening a question before a word, "us" is no pronoun either: "us factor in japan russia ties".)
    const opens = i === 0 && next !== '' && !(tokens[i + 1]?.stop ?? true);
    if (COUNTRY_NAMES.has(next) || US_HAS.has(next) || opens) tokens[i] = { ...token, term: 'usa', stop: false };
  }
}

// Fixed phrases whose words do not carry their own sense: the essay's "No doubt, China and Russia
// make good partners" says nothing of doubts, "full of expectations" nothing of full membership,
// "in turn" nothing of turning. Their words are read as small words, in the text and in questions.
const IDIOMS: readonly (readonly string[])[] = [
  'no doubt', 'without doubt', 'full of', 'in turn', 'in spite of', 'in other words', 'in a word', 'in this sense', 'in that sense',
  'in part', 'on their part', 'on its part', 'for its part', 'for their part', 'in the long run', 'in the same vein', 'in the light of',
  'in light of', 'in the end', 'in terms of', 'so far', 'to this point', 'by contrast', 'as is well known', 'in the case of', 'taking place',
  'take place', 'took place', 'take part', 'takes part', 'took part', 'taking part', 'at least', 'as well', 'in fact',
].map((phrase) => phrase.split(' '));
const IDIOMS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const idiom of IDIOMS) IDIOMS_BY_FIRST.set(idiom[0] ?? '', [...(IDIOMS_BY_FIRST.get(idiom[0] ?? '') ?? []), idiom]);

/** Marks the words of fixed phrases ("no doubt", "full of") as small words, in place. */
function markIdioms(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (const idiom of IDIOMS_BY_FIRST.get(tokens[i]?.word ?? '') ?? []) {
      if (!idiom.every((word, k) => tokens[i + k]?.word === word)) continue;
      for (let k = 0; k < idiom.length; k++) {
        const token = tokens[i + k];
        if (token !== undefined && !token.stop) tokens[i + k] = { ...token, stop: true };
      }
    }
  }
}

/**
 * Splits text into tokens. A hyphenated compound gives its parts ("sino", "russian") and, when
 * `withJoined`, the joined form ("hardline") so a question typed either way finds it.
 * "united states" becomes one `usa` token; the words of fixed phrases are small words.
 */
export function tokenize(text: string, withJoined = false): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  let previous: string | undefined;
  for (const match of folded.matchAll(NON_ASCII.test(folded) ? WORD : ASCII_WORD)) {
    const raw = stripPossessive(match[0]);
    if (raw === '') continue;
    const parts = raw.includes('-') ? raw.split('-').filter((part) => part !== '') : [raw];
    for (const part of parts) {
      if (part === 'states' && previous === 'united') {
        tokens.pop();
        tokens.push({ word: 'united states', term: 'usa', stop: false, joined: false });
      } else {
        tokens.push(makeToken(part, false, previous));
      }
      previous = part;
    }
    if (withJoined && parts.length > 1) {
      const joinedWord = parts.join('');
      if (!parts.some((part) => DEMONYMS.has(part) || part === 'usa')) {
        tokens.push({ word: joinedWord, term: termOf(joinedWord), stop: false, joined: true });
      }
    }
  }
  markUsBeforeItsWords(tokens);
  markIdioms(tokens);
  return tokens;
}

/** The terms a passage is indexed under (stop words dropped), in text order. */
export function indexTerms(text: string): string[] {
  return tokenize(text, true)
    .filter((token) => !token.stop)
    .map((token) => token.term);
}
