// Questions about the essay's structure and argument rather than its words: "what's the
// conclusion", "tldr", "what questions does the intro ask", "his 5th point". Their key words
// ("conclusion", "point", "part") are the reader's words about the text, not the text's: searched
// as words they pull whichever paragraph happens to use them. So they are recognised here, taken
// out of the search, and answered from the reading's own signals: its discourse markers ("First",
// "To sum up"), position, and the teacher's guide (thesis, conclusion, posed questions).
import type { Reading } from '../corpus/types.js';
import { foldText } from '../search/analyze.js';
import { editDistance } from '../search/edit-distance.js';
import { isDictionaryWord } from '../search/english-words.js';
import type { Guide } from '../search/guide.js';

export type Intent =
  | { readonly kind: 'summary' }
  | { readonly kind: 'posed-questions' }
  | {
      readonly kind: 'point';
      readonly ordinal: number;
      /** "The third question": one of the questions the essay poses. */
      readonly ofPosedQuestions: boolean;
      /** "The answer to the first question": where the essay answers it, not where it asks it. */
      readonly answered?: boolean;
    }
  /**
   * "How many problems does he list", "what are the five problems", "the issues he lists"
   * (`count`: the number the student gives; `ofQuestions`: a list of questions, not of points;
   * `listed`: said to be listed, so the list is the one announced with the question's topic).
   */
  | { readonly kind: 'enumeration'; readonly count?: number; readonly ofQuestions?: boolean; readonly listed?: boolean }
  /** "I don't get paragraph 12", "what does ¶14 mean", "the last paragraph": one paragraph by its place (99: the last). */
  | { readonly kind: 'paragraph'; readonly number: number }
  /** "What journal is footnote 2 from", "the book in note 3": one footnote by its number. */
  | { readonly kind: 'footnote'; readonly number: number }
  /** "Where does he switch from the West to China", "the turning point in the argument": where the argument turns. */
  | { readonly kind: 'turn' }
  /**
   * "Where does the third section start", "the second section's conclusion", "where does the part
   * on Russia and the West end": a section of the guide, by its number (99: the last) or by the
   * paragraph the question's other words rank highest, and which end of it.
   */
  | { readonly kind: 'section'; readonly ordinal?: number; readonly edge: 'start' | 'end' | 'whole' }
  /** "How is the essay organised", "what are the main sections": its plan and where each section starts. */
  | { readonly kind: 'outline' }
  /** "What comes after the Iraq war bit": the paragraph next to the one the rest of the question finds (`offset` 1 after, -1 before). */
  | { readonly kind: 'neighbour'; readonly offset: 1 | -1 };

export interface RecognizedIntent {
  readonly intent: Intent | undefined;
  /** The question without the words that expressed the intent (what is left to search). */
  readonly rest: string;
}

// The reader's words for "the gist of the whole text" ("the central claim"), and for the author's
// advice or recommendation ("what does he recommend", "the policy recommendation"), which an
// essay gives in its conclusion. A degree's
// thesis ("Putin's master's
// thesis", "he wrote a thesis", "what did Putin write in his thesis", "where did Putin defend
// his thesis") is someone's dissertation,
// not the essay's thesis.
const SUMMARY = /\b(?:tl;?\s?dr|too long,? didn'?t read|in a nutshell|sum(?:s|med)? (?:it )?up|wrap(?:s|ped|ping)?[- ]?(?:it |things |everything |this )?up|summ?ar(?:y|ise|ize|ies)|conclusions?|(?:author|he|yokote|essay|article|text|writer) (?:conclude[sd]?|sums? up)|bottom line|(?:final |overall |his |the author'?s |yokote'?s )?verdicts?|(?:the author'?s?|author'?s|his|yokote'?s|the essay'?s) (?:stance|position|view|opinion|take) (?:on|about|of|regarding|towards?)|(?:is|was|seems?) (?:he|the author|the writer|yokote|the essay|the article|the text) (?:\w+ )?(?:biased|one-sided|neutral|objective|impartial|partisan)|take-?aways?|(?:main|central|core|key) (?:point|argument|idea|claim|message|thesis)s?|(?:concluding|final|closing|policy|overall) (?:recommendations?|advice|prescriptions?)|(?:the author'?s?|author'?s|the writer'?s|his|yokote'?s|the essay'?s) (?:final |main |policy |key )?(?:advice|recommendations?|suggestions?|prescriptions?|proposals?)|what (?:does|did|would) (?:the author|the writer|yokote|the essay|he) (?:recommend|advise|suggest|propose|prescribe)s?(?= *(?:\?|$| for | to (?:japan|tokyo|do)\b))|(?<!\b(?:master'?s?|phd|doctoral|graduate|senior|undergrad(?:uate)?|a|putin'?s?) |\b(?:defend(?:s|ed|ing)?|submit(?:s|ted|ting)?|plagiari[sz](?:e|es|ed|ing)) (?:his |her |their |the )?|\b(?:write|writes|wrote|written|writing) (?:in )?(?:his |her |their |the )?)thesis|overall (?:point|argument|message)|big picture|the point of (?:the|this) (?:essay|article|text|reading)|(?:essay|article|text|reading|paper) in (?:a|one|two|three|four|five|a few|few|simple|plain|short|easy) (?:sentences?|lines?|words?|terms)|what(?:'s|s| is| was)? (?:the |this |that |our )?(?:essay|article|text|reading|paper|piece|chapter|it) (?:(?:all|really|even|actually|basically|mainly|mostly|generally) )?about(?= *(?:[?!.]|$))|what (?:does|did|is) (?:the |this )?(?:essay|article|text|reading|paper|piece|author|writer|yokote|he) (?:(?:mainly|mostly|generally|actually|even) )?(?:talk|talking|write|writing|go on|going on) about(?= *(?:[?!.]|$))|(?:the )?gist|what (?:is|was|'s|s) (?:the author|the writer|yokote|he|the essay|the text) (?:really |even |actually )?(?:trying|attempting|getting) (?:to say|at)(?= *(?:[?!.]|$))|what (?:is|'s|s) (?:the author|the writer|yokote|he|the essay) (?:really |even |actually )?arguing(?= *(?:[?!.]|$))|what (?:does|did) (?:the author|the writer|yokote|he|the essay) (?:really |even |actually )?argue(?= *(?:[?!.]|$))|what happens in (?:the |this )?(?:essay|article|text|reading|paper|piece)(?= *(?:[?!.]|$)))\b/;
// "the questions the essay asks / raises", "the intro's questions", "what does the author ask about the SCO".
const POSED = /\b(?:who (?:are|is|were|was) (?:the |these |those |his )?questions (?:\w+ ){0,4}for|who (?:is|was) (?:he|the author|yokote|the essay) (?:\w+ ){0,2}(?:writing|asking|posing|addressing|aiming) (?:these |those |the |his )?questions (?:to|for|at)|(?:what|which) questions?|(?:introduces?|introduced|introducing|poses?|posed|raises?|raised|asks?|asked|sets? out|sets? up|lays? out|laid out|lists?) (?:the |his |its |these |all )?(?:(?:\w+|\d) )?(?:main |key |big )?questions\b|questions? (?:does|do|did) (?:the |this |he |yokote )?(?:essay|author|article|text|intro|introduction|he|yokote)?\s*(?:ask|asks|raise|raises|pose|poses)|questions? (?:that )?(?:the |this )?(?:essay|author|article|text|writer|he|yokote) (?:asks|raises|poses|asked|raised|posed|sets up|set up|sets out|lays out|laid out|opens with|starts with|begins with)|questions? (?:in|from) the (?:intro|introduction|beginning|start)|(?:intro|introduction)(?:'?s)? questions?|what (?:does|do|did) (?:the |this )?(?:essay|author|article|text|writer|he|yokote) (?:ask|raise)\b(?! (?:for|of|to)\b))\b/;
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, last: 99, final: 99,
  one: 1, '1': 1, two: 2, '2': 2, three: 3, '3': 3, four: 4, '4': 4, five: 5, '5': 5, six: 6, '6': 6, seven: 7, '7': 7,
};
// "his 5th point", "the third problem", "the last reason".
const POINT = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|last|final) (point|problem|reason|argument|question|issue|factor|obstacle|concern|thing|objection)s?\b/;
// "Question one", "problem number 2", "point #3": the same, counted after the word, where the
// number ends the phrase ("the reason two countries get along" counts countries).
const POINT_NUMBERED = /\b(point|problem|reason|argument|question|issue|factor|obstacle|concern|objection) (?:(?:number|no\.?|nr\.?) ?|# ?)?(one|two|three|four|five|six|seven|[1-7])(?=\s*$|\s*[?.!,:;=)]|\s+(?:in|is|was|about|say|says|said|mean|means|from|on|again|please|pls|explain|exactly|really|here|there|he|it|yokote|the (?:author|essay|text|intro))\b)/;

// "How does the essay end", "what does he finish on", "the last part", "his closing remarks":
// where the reading ends, which is its last paragraph. Said of the reading, its author or "it"
// alone, so the essay's own ends ("the end of the Cold War", "the final resolution of the
// dispute") are left to the search.
const READING_NOUN = String.raw`(?:essay|article|text|reading|paper|piece|chapter)`;
const ENDING = new RegExp(
  [
    String.raw`\bhow (?:does|did|do) (?:the |this |his |yokote'?s )?${READING_NOUN} (?:end|finish|close)\b`,
    String.raw`\b(?:end|ends|ended|finish|finishes|finished|close|closes|closed) (?:the |this |his )?${READING_NOUN}\b`,
    String.raw`\b(?:what|how) (?:does|did) (?:he|yokote|the author|the writer|it|the ${READING_NOUN}) (?:end|finish|close) (?:on|with)\b`,
    String.raw`\bhow (?:does|did) (?:he|yokote|the author|the writer|it) (?:end|finish|close)(?: (?:it|things|off))?\s*(?:$|[?.!])`,
    String.raw`\b(?:${READING_NOUN}(?:'?s)?|his) ending\b|\bending of (?:the |this )?${READING_NOUN}\b|\bthe ending\b(?! of)`,
    String.raw`\b(?:at|in|near|towards?) the (?:very )?end of (?:the |this |his )?${READING_NOUN}\b`,
    String.raw`\b(?:last|final|closing|concluding) (?:part|section|bit|lines?|sentences?|words?|remarks?|thoughts?|pages?|arguments?|points?|paragraphs?|statement)\b(?! of (?!(?:the |this |his )?${READING_NOUN}\b))`,
    String.raw`\bend (?:part|section|bit)\b`,
    String.raw`\bleaves? (?:us|you|the reader|readers|the readers) with\b`,
  ].join('|'),
);

// "What's the intro about", "how does the essay start", "the opening part", "the beginning of
// the essay": where the reading begins, which is its first paragraph. As with its end, said of
// the reading, its author or "it", or of a part standing alone ("the first part"), so "the
// beginning of the 21st century" and "the intro slide" are left to the search; "intro questions"
// and "the conclusion of the first part" are asked above.
const STARTS = String.raw`(?:intro|introduction|opening|beginning|start)`;
const OPENING = new RegExp(
  [
    String.raw`\bhow (?:does|did|do) (?:the |this |his |yokote'?s )?${READING_NOUN} (?:start|begin|open)\b`,
    String.raw`\b(?:what|how) (?:does|did) (?:he|yokote|the author|the writer|it|the ${READING_NOUN}) (?:start|begin|open) (?:with|on|by)\b`,
    String.raw`\b(?:the |this |yokote'?s )${READING_NOUN}(?:'?s)? ${STARTS}\b|\bhis (?:intro|introduction|opening)\b`,
    String.raw`\b(?:at|in|near|from) the (?:very )?(?:beginning|start|opening) of (?:the |this |his )?${READING_NOUN}\b`,
    String.raw`\bthe ${STARTS}(?= *(?:$|[?.!,:;)]|(?:part|section|bit|paragraphs?|about|say|says|said|is|was|mean|means|of (?:the |this |his )?${READING_NOUN})\b))`,
    String.raw`\b(?:first|opening|introductory|starting) (?:part|section|bit|lines?|sentences?|words?|remarks?|pages?)\b(?! of (?!(?:the |this |his )?${READING_NOUN}\b))`,
  ].join('|'),
);

// "The final conclusion of the whole article": words saying the summary is of all of the reading,
// which would pull paragraphs using them in their own sense ("the final resolution", a footnote's
// "article").
const WHOLE_TEXT = /\b(?:final|ultimate|overall|whole|entire|general|real|actual|essay|article|text|reading|paper)\b/;

// "In a sentence or two", "in a nutshell", "briefly": how short the summary should be, not what it is of.
const ANSWER_FORM = /\b(?:in (?:a|one|two|three|a few|few|simple|plain|short|easy) (?:sentences?|words?|lines?|terms|points)(?: or (?:two|three|so))?|(?:one|two|three|a few|1|2|3)[- ](?:sentences?|lines?|words?)|in a nutshell|in brief|briefly|quickly|short version)\b/;

// "The questions he lays out / opens with": the student's words for posing them, which would pull
// the paragraph that "should begin with" an examination.
// (And what the essay will do with them: "the questions it will tackle", "sets out to address".)
const POSING_FRAME = /\b(?:sets? up|set out|sets out|lays? out|laid out|opens? with|starts? with|begins? with|(?:will |is going to |sets? out to |wants to )?(?:tackles?|address(?:es)?|explores?|investigates?|examines?|deals? with))\b/;

// "At the beginning", "in the intro": a place in the essay, not words to look for in it.
const PLACE_IN_ESSAY = /\b(?:at|in|from|near) (?:the |its )?(?:very )?(?:beginning|start|opening|intro|introduction)\b/;

// "How many problems does he list": a count of the essay's own points, which it gives by
// announcing a list ("several issues ...") and going through it ("First, ... Second, ...").
const ENUMERATION = /\bhow many (?:\w+ )?(?:problems|issues|reasons|points|factors|arguments|obstacles|examples|concerns|steps|stages)\b/;
// "The problems he lists with the partnership", "what issues does the author identify", "his list
// of reasons": the points of one of the essay's lists, said to be listed. Not "what are the
// problems with the pipeline": problems the essay may name anywhere.
const LIST_NOUNS = String.raw`(?:problems|issues|reasons|obstacles|points|factors|concerns|difficulties|challenges|arguments)`;
const LISTING = String.raw`(?:lists?|listed|gives?|gave|names?|named|identif(?:y|ies|ied)|points? out|pointed out|brings? up|brought up|goes through|went through|outlines?|outlined|sees?|saw|finds?|found|mentions?|mentioned|notes?|noted)`;
const LISTED = new RegExp(
  [
    String.raw`\b${LIST_NOUNS} (?:that |which )?(?:he|she|the author|the writer|yokote|the essay|the text|it) ${LISTING}\b`,
    String.raw`\b(?:what|which) ${LIST_NOUNS} (?:does|did|do) (?:he|she|the author|the writer|yokote|the essay|the text|it) ${LISTING.replace('lists?', 'list')}\b`,
    String.raw`\b(?:list|lists|rundown) of (?:the |his |its )?(?:main |key )?${LIST_NOUNS}\b`,
    String.raw`\b${LIST_NOUNS} (?:are )?listed\b`,
    // "Where does he start listing the problems", "where does the author go through the issues".
    String.raw`\b(?:start|starts|started|begin|begins|began|starting|beginning)\s+(?:to\s+)?(?:list|listing|go through|going through|lay out|laying out|outline|outlining)\s+(?:the |his |its )?(?:main |key )?${LIST_NOUNS}\b`,
    String.raw`\b(?:where|when) (?:does|did) (?:he|she|the author|the writer|yokote|the essay|the text|it) (?:list|go through|lay out|outline) (?:the |his |its )?(?:main |key )?${LIST_NOUNS}\b`,
    // "Does he list problems in the relationship", "does the essay give any reasons".
    String.raw`\b(?:does|did) (?:he|she|the author|the writer|yokote|the essay|the text|it) (?:list|go through|lay out|outline|give|identify|point out) (?:any |the |some |his |its )?(?:main |key )?${LIST_NOUNS}\b`,
    // "Were there problems in China-Russia relations", "does he think there are problems with
    // the partnership", "what problems hang over it": whether the relationship has problems,
    // which the essay answers with its list (where the list is announced with that topic).
    String.raw`\b(?:there (?:are|were|is|was)|(?:are|were|is|was) there) (?:any |some |many |real |serious |big )*${LIST_NOUNS} (?:with|in|for|between|facing)\b`,
    // "Why does he think the friendship has problems", "does the partnership have any problems".
    String.raw`\b(?:has|have|had|having) (?:any |some |many |real |serious |big |so many )*${LIST_NOUNS}(?=\W*$|\s+(?:with|in|for|between|according|\?))`,
    // (The subject in between stays the question's topic: "what problems does Japan have with Russia".)
    String.raw`\b(?:what|which) ${LIST_NOUNS} (?:does|did|do)(?= (?:the |this |their )?(?:[\w-]+ ){1,4}(?:face|have|run into)\b)`,
    String.raw`(?<=\b(?:what|which) ${LIST_NOUNS} (?:does|did|do) (?:the |this |their )?(?:[\w-]+ ){1,4})(?:face|have|run into)\b`,
    String.raw`\b(?:what|which) (?:main |big |key |real )?${LIST_NOUNS} (?:hang over|hung over|face|faced|threaten|threatened|are there (?:with|in|for|between))\b`,
  ].join('|'),
);

// "What are the five problems", "his 3 questions": the points of a list, counted by the student.
const COUNTED_LIST = /\b(?:the|his|its|yokote'?s|the author'?s|these|those)\s+(2|3|4|5|6|7|two|three|four|five|six|seven)\s+(?:main\s+|big\s+|key\s+)?(?:problems|issues|reasons|points|factors|arguments|obstacles|concerns|questions)\b/;

// The words that carry a structure question, as the patterns above spell them. A slip of one of
// them ("first qeustion the author asks", "whats the conclsion") is read as the word: a student
// who misspells "question" is still asking about the essay's questions.
const INTENT_WORDS = [
  'question', 'questions', 'conclusion', 'conclusions', 'conclude', 'concludes', 'summary', 'summarize', 'summarise',
  'thesis', 'argument', 'arguments', 'point', 'points', 'problem', 'problems', 'reason', 'reasons', 'introduction',
  'intro', 'essay', 'article', 'author', 'obstacle', 'obstacles', 'objection', 'factor', 'factors', 'concern', 'issue',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'final', 'beginning',
];

const QUESTION_ABBREVIATED = /\bq ?([1-7])\b/g;

/** `folded` with each slip of a structure word replaced by the word (real English words are left alone). */
function withIntentWordsSpelt(folded: string): string {
  // ("Q1", "research q3": a note's question 1, question 3.)
  return folded.replace(QUESTION_ABBREVIATED, 'question $1').replace(/[a-z]{5,}/g, (word) => {
    if (INTENT_WORDS.includes(word)) return word;
    const slips = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = slips + 1;
    for (const candidate of INTENT_WORDS) {
      const distance = editDistance(word, candidate, slips);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    // (The dictionary only where a structure word is near: most questions' words are near none,
    // and a one-shot answer need not load it.)
    return best === undefined || isDictionaryWord(word) ? word : best;
  });
}

// "Where does he switch from the good side to the problems", "where does the essay move on to
// China", "the transition where he moves from Russia and the West", "the turning point in the
// argument": where the argument turns, which the guide's turns tell (without them, the text
// answers). Said of the author or the
// text, not of a country ("why did Russia switch from the West to China").
const TURN =
  /\b(?:(?:he|yokote|it|the (?:author|writer|essay|text|article|argument|reading|paper))\s+(?:\w+\s+)?(?:switch(?:es|ed)?|mov(?:e|es|ed)(?:\s+on|\s+over|(?=\s+from\b))|shift(?:s|ed)?(?=\s+(?:from|to)\b)|transition(?:s|ed)?|pivot(?:s|ed)?|turns?(?=\s+(?:from|to)\b))|turning point|the transition (?:where|in|between)|(?:the part|the bit|where|the point) where (?:he|it|the author|the essay) (?:switch(?:es)?|moves? on|shifts?|turns?))\b/;

// "From the West to China", "to the problems": the sides of the turn asked about.
const TURN_SIDES = /^(?:(.*?)\bfrom\b(.*?)\bto\b(.*)|(.*?)\bto\b(.*))$/;

/**
 * What a turn question says the argument leaves and what it turns to ("from the West to China":
 * the West, China). Without "to", every word may be either.
 */
export function turnSides(rest: string): { readonly from: string; readonly to: string; readonly either: string } {
  const sides = TURN_SIDES.exec(rest);
  if (sides === null) return { from: '', to: '', either: rest };
  if (sides[2] !== undefined) return { from: sides[2], to: sides[3] ?? '', either: sides[1] ?? '' };
  return { from: '', to: sides[5] ?? '', either: sides[4] ?? '' };
}

// "How is the essay organised", "what are the main sections", "the outline of the essay".
const OUTLINE =
  /\bhow (?:is|was) (?:the |this |his )?(?:essay|article|text|reading|paper|argument) (?:organi[sz]ed|structured|laid out|set out|set up|divided|broken up|split up|split)\b|\b(?:what|which) are (?:the |its |his )?(?:big |main |major |different |key )?sections\b|\b(?:outline|structure|layout) of (?:the |this |his )?(?:essay|article|text|reading|paper|argument)\b|\bhow many sections\b/;
// "The third section", "section two", "the first real section".
const SECTION_NTH = /\b(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:main\s+|big\s+|real\s+|actual\s+)?section\b|\bsection\s+(one|two|three|four|[1-4])\b/;
// "Where does the intro end", "where does the actual argument start": the first section's start.
const INTRO_ENDS = /\b(?:intro|introduction)\s+(?:end|ends|stop|stops|finish|finishes)\b|\b(?:actual|real|main)\s+(?:argument|discussion|analysis|essay|content)\s+(?:start|starts|begin|begins)\b/;
// "Where does the part on Russia and the West end": a section named by its subject, and an end of it.
const SECTION_ON = /\b(?:part|section|bit|discussion|stuff)\s+(?:on|about|of|re|dealing with)\b/;
const SECTION_END = /\b(?:end|ends|ending|finish|finishes|conclusion|conclude|concludes|concluding|sum up|sums up|summ?ary|wrap up|wraps up|takeaway|verdict)\b/;
const SECTION_START = /\b(?:start|starts|begin|begins|beginning|opening|opens|kick off|kicks off)\b/;
const SECTION_WORDS = /\b(?:where|which paragraph|what paragraph|which para)\b/;
// "What comes after the Iraq war bit", "the paragraph before the one on Gref": the neighbour of a
// passage, named as a passage ("bit", "part"), not "what came after the Iraq war" (events).
const NEIGHBOUR =
  /\b(?:what (?:comes|came|goes|is|'s|s)|which (?:paragraph|part|bit|section) (?:comes|is)|what follows)\s+(?:right |just |straight |directly )?(after|before)\b(?=.*\b(?:bit|part|section|paragraph|passage|discussion)\b)|\b(?:paragraph|bit|part|section|passage)\s+(?:right |just |straight |directly )?(after|before)\s+(?:the\s+)?(?:one|bit|part|paragraph|section|passage)\b/;
// How high the paragraphs next to the best must rank to be one part with it.
const PART_RANKS = 3;
const PASSAGE_WORDS = /\b(?:bit|part|section|paragraph|passage|discussion|one)\b/g;

function without(text: string, pattern: RegExp): string {
  return text.replace(new RegExp(pattern.source, 'g'), ' ');
}

// "The answer to the first question", "how does he answer the third question", "where is the
// second question answered": the paragraphs answering one of the essay's questions.
const ANSWER_WORD = /\b(?:answer|answers|answered|answering|reply|replies|verdict|conclusion)\b/;

// "Paragraph 12", "para 12", "par. 12", "¶12", "paragraph #12", "the 12th paragraph", "the third
// paragraph", "the last paragraph": a paragraph named by its place. (Not "page 12": the bot
// numbers paragraphs, and a printout's pages are not the reading's.)
const PARAGRAPH_NUMBERED = /(?:\bparagraph|\bparagraf|\bpara|\bpar\.?|¶)\s*(?:number\s*|no\.?\s*|#\s*)?(\d{1,3})\b/;
const PARAGRAPH_ORDINAL = /\b(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+(?:paragraph|para)\b|\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|opening|introductory|closing|concluding)\s+(?:paragraph|para)\b/;
const PARAGRAPH_ORDINALS: Readonly<Record<string, number>> = { ...ORDINALS, eighth: 8, ninth: 9, tenth: 10, opening: 1, introductory: 1, closing: 99, concluding: 99 };

// "Footnote 2", "foot note #3", "fn 4", "in note 5", "endnote 1": a footnote named by its number.
// ("The essay notes 2 problems" names none.)
const FOOTNOTE_NUMBERED = /(?:\bfoot\s?notes?|\bfn|\bend\s?notes?|\b(?:in|the|see|from|of) note)\s*(?:number\s*|no\.?\s*|#\s*)?(\d{1,2})\b/;
// "The first footnote", "the 3rd note": the same, by its place.
const FOOTNOTE_ORDINAL = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th)\s+(?:foot\s?note|end\s?note|note)\b/;

/** The paragraph a question names by its place ("paragraph 12", "the third paragraph"), 99 for the last. */
function paragraphNamed(folded: string): { readonly number: number; readonly pattern: RegExp } | undefined {
  const numbered = PARAGRAPH_NUMBERED.exec(folded);
  if (numbered !== null) return { number: Number(numbered[1]), pattern: PARAGRAPH_NUMBERED };
  const ordinal = PARAGRAPH_ORDINAL.exec(folded);
  if (ordinal === null) return undefined;
  const number = ordinal[1] !== undefined ? Number(ordinal[1]) : PARAGRAPH_ORDINALS[ordinal[2] ?? ''];
  return number === undefined ? undefined : { number, pattern: PARAGRAPH_ORDINAL };
}

/** The n-th point or question (`ordinal` as the student wrote it); for a question, its answer where the student asks for that. */
function pointIntent(ordinal: string | undefined, ofPosedQuestions: boolean, folded: string): Intent {
  const point = { kind: 'point', ordinal: ORDINALS[ordinal ?? ''] ?? 1, ofPosedQuestions } as const;
  return ofPosedQuestions && ANSWER_WORD.test(folded) ? { ...point, answered: true } : point;
}

/** Finds a structure or argument intent in a question; `rest` is the question without it. */
export function recognizeIntent(question: string): RecognizedIntent {
  const folded = withIntentWordsSpelt(foldText(question));
  // A paragraph named by its place is the question's subject, whatever else it asks ("the main point of paragraph 22").
  const paragraph = paragraphNamed(folded);
  if (paragraph !== undefined) return { intent: { kind: 'paragraph', number: paragraph.number }, rest: without(folded, paragraph.pattern) };
  // So is a footnote: what the student asks of it ("what journal") is in its text, or its title's language.
  const footnote = FOOTNOTE_NUMBERED.exec(folded);
  if (footnote !== null) return { intent: { kind: 'footnote', number: Number(footnote[1]) }, rest: without(folded, FOOTNOTE_NUMBERED) };
  const footnoteByPlace = FOOTNOTE_ORDINAL.exec(folded);
  if (footnoteByPlace !== null) return { intent: { kind: 'footnote', number: ORDINALS[footnoteByPlace[1] ?? ''] ?? 1 }, rest: without(folded, FOOTNOTE_ORDINAL) };
  const point = POINT.exec(folded);
  if (point !== null) {
    return { intent: pointIntent(point[1], point[2] === 'question', folded), rest: without(without(folded, POINT), ANSWER_WORD) };
  }
  const numbered = POINT_NUMBERED.exec(folded);
  if (numbered !== null) {
    return { intent: pointIntent(numbered[2], numbered[1] === 'question', folded), rest: without(without(folded, POINT_NUMBERED), ANSWER_WORD) };
  }
  // (The words of the turn go; the rest, "from the West to China", says which turn.)
  if (TURN.test(folded)) return { intent: { kind: 'turn' }, rest: without(folded, TURN) };
  if (OUTLINE.test(folded)) return { intent: { kind: 'outline' }, rest: without(folded, OUTLINE) };
  const neighbour = NEIGHBOUR.exec(folded);
  if (neighbour !== null) return { intent: { kind: 'neighbour', offset: (neighbour[1] ?? neighbour[2]) === 'before' ? -1 : 1 }, rest: without(without(folded, NEIGHBOUR), PASSAGE_WORDS) };
  if (INTRO_ENDS.test(folded)) return { intent: { kind: 'section', ordinal: 1, edge: 'start' }, rest: without(folded, INTRO_ENDS) };
  const nth = SECTION_NTH.exec(folded);
  const edge = SECTION_END.test(folded) ? 'end' : SECTION_START.test(folded) ? 'start' : 'whole';
  if (nth !== null) return { intent: { kind: 'section', ordinal: ORDINALS[nth[1] ?? nth[2] ?? ''] ?? 1, edge }, rest: without(without(without(folded, SECTION_NTH), SECTION_END), SECTION_START) };
  if (SECTION_ON.test(folded) && SECTION_WORDS.test(folded) && edge !== 'whole') return { intent: { kind: 'section', edge }, rest: without(without(without(folded, SECTION_ON), SECTION_END), SECTION_START) };
  // The essay's own word "questions" is kept: the paragraph announcing them uses it. Where in
  // the essay ("at the beginning") is said by the intent, not by a paragraph's words.
  if (POSED.test(folded)) return { intent: { kind: 'posed-questions' }, rest: without(without(folded, PLACE_IN_ESSAY), POSING_FRAME) };
  // "Problems", "obstacles", "reasons" are the reader's words for the list's points, as "point" is.
  if (ENUMERATION.test(folded)) return { intent: { kind: 'enumeration' }, rest: without(folded, ENUMERATION) };
  const counted = COUNTED_LIST.exec(folded);
  if (counted !== null) {
    const count = ORDINALS[counted[1] ?? ''] ?? 0;
    return { intent: /\bquestions\b/.test(counted[0]) ? { kind: 'enumeration', count, ofQuestions: true } : { kind: 'enumeration', count }, rest: without(folded, COUNTED_LIST) };
  }
  if (LISTED.test(folded)) return { intent: { kind: 'enumeration', listed: true }, rest: without(folded, LISTED) };
  // ("The end part, what does he conclude": the conclusion is where it ends, no words to search.)
  if (SUMMARY.test(folded)) return { intent: { kind: 'summary' }, rest: without(without(without(without(folded, SUMMARY), ANSWER_FORM), ENDING), WHOLE_TEXT) };
  if (ENDING.test(folded)) return { intent: { kind: 'paragraph', number: 99 }, rest: without(without(folded, ENDING), WHOLE_TEXT) };
  if (OPENING.test(folded)) return { intent: { kind: 'paragraph', number: 1 }, rest: without(without(folded, OPENING), WHOLE_TEXT) };
  return { intent: undefined, rest: question };
}

// A paragraph naming its point by an ordinal ("The first problem concerning ..."): that point,
// though no list's marker. Its noun says it is a point: "The second was ..." is the second of
// two incidents, no problem.
const POINT_NOUNS = String.raw`\s+(?:problem|issue|point|reason|factor|obstacle|challenge|question)s?\b`;
const NAMED_ORDINALS: Readonly<Record<number, RegExp>> = {
  1: new RegExp(String.raw`^the\s+first${POINT_NOUNS}`, 'i'),
  2: new RegExp(String.raw`^the\s+second${POINT_NOUNS}`, 'i'),
  3: new RegExp(String.raw`^the\s+third${POINT_NOUNS}`, 'i'),
  4: new RegExp(String.raw`^the\s+fourth${POINT_NOUNS}`, 'i'),
  5: new RegExp(String.raw`^the\s+fifth${POINT_NOUNS}`, 'i'),
};

// How a paragraph opens when it sums up, or when it gives the n-th point of a list.
const SUMS_UP = /^(?:to sum up|in sum|in short|in conclusion|to conclude|in summary|all in all|thus|therefore|overall)\b/i;
const OPENING_ORDINALS: Readonly<Record<number, RegExp>> = {
  1: /^first(?:ly)?\b/i,
  2: /^second(?:ly)?\b/i,
  3: /^third(?:ly)?\b/i,
  4: /^fourth(?:ly)?\b/i,
  5: /^fifth(?:ly)?\b/i,
  6: /^sixth(?:ly)?\b/i,
  7: /^seventh(?:ly)?\b/i,
  99: /^(?:last(?:ly)?|finally|last but not least)\b/i,
};

/**
 * The paragraphs of a reading that answer an intent, best first: the guide's hints when it has
 * them, then what the text itself signals.
 */
export function paragraphsForIntent(intent: Intent, reading: Reading, guide: Guide, rankOf: (paragraph: number) => number = () => 0): number[] {
  const found: number[] = [];
  const add = (numbers: readonly number[]): void => {
    for (const n of numbers) if (!found.includes(n) && n >= 1 && n <= reading.paragraphs.length) found.push(n);
  };
  const opening = (pattern: RegExp): number[] => reading.paragraphs.filter((p) => pattern.test(p.text.trim())).map((p) => p.number);
  // Where an essay poses its questions: its first third.
  const firstThird = Math.max(3, Math.ceil(reading.paragraphs.length / 3));
  switch (intent.kind) {
    case 'summary':
      add(guide.conclusion);
      add(opening(SUMS_UP));
      add(guide.thesis);
      // Without a guide, an essay's last paragraph is where it usually concludes.
      add([reading.paragraphs.length]);
      break;
    case 'posed-questions': {
      // The paragraph announcing the questions ("raise several questions"), then those asking them.
      // An announcer comes before the first question asked: "to consider these questions" after
      // them turns to answering.
      const firstAsking = reading.paragraphs.find((p) => p.number <= firstThird && p.text.includes('?'))?.number ?? firstThird + 1;
      add(
        reading.paragraphs
          .filter((p) => p.number < firstAsking && /\bquestions\b/i.test(p.text) && !p.text.includes('?'))
          .map((p) => p.number),
      );
      add(guide.questions.map((q) => q.askedIn).sort((a, b) => a - b).slice(0, 1));
      // The paragraphs that ask the most questions (of the first third: where an essay poses them).
      add(
        reading.paragraphs
          .filter((p) => p.number <= firstThird)
          .map((p) => ({ n: p.number, asks: (p.text.match(/\?/g) ?? []).length }))
          .filter((p) => p.asks > 0)
          .sort((a, b) => b.asks - a.asks || a.n - b.n)
          .map((p) => p.n),
      );
      add([...new Set(guide.questions.map((q) => q.askedIn))].sort((a, b) => a - b));
      break;
    }
    case 'enumeration':
      add(listsOf(reading).map((list) => list[0] ?? 0));
      break;
    case 'paragraph':
      add([intent.number === 99 ? reading.paragraphs.length : intent.number]);
      break;
    case 'footnote':
      // A footnote is no paragraph: the paragraph citing it.
      add(reading.paragraphs.filter((p) => p.footnotes.includes(intent.number)).map((p) => p.number));
      break;
    case 'turn':
      // The guide's turns, the one the question's words rank highest first (the answer engine
      // first weighs which turn the question names: turnsAsked).
      add(guide.turns.map((turn) => turn.at).sort((a, b) => rankOf(a) - rankOf(b) || a - b));
      break;
    case 'outline':
      // Where the essay sets out its plan, then where each section starts.
      add(guide.thesis.slice(0, 1));
      add(guide.sections.map((section) => section.first));
      break;
    case 'section': {
      // By its number, or the section holding the paragraph the rest of the question ranks highest.
      const bestRanked = (section: { readonly first: number; readonly last: number }): number => {
        let best = Number.POSITIVE_INFINITY;
        for (let n = section.first; n <= section.last; n++) best = Math.min(best, rankOf(n));
        return best;
      };
      const section =
        intent.ordinal !== undefined
          ? intent.ordinal === 99
            ? guide.sections.at(-1)
            : guide.sections[intent.ordinal - 1]
          : [...guide.sections].filter((s) => Number.isFinite(bestRanked(s))).sort((a, b) => bestRanked(a) - bestRanked(b))[0];
      if (section !== undefined) add(intent.edge === 'start' ? [section.first] : intent.edge === 'end' ? [section.last] : [section.first, section.last]);
      break;
    }
    case 'neighbour': {
      // The paragraph the rest of the question ranks highest, with those next to it among the
      // first few ("the demographic part" is ¶18 and ¶19), and the one past them; then the one
      // next to the best alone.
      const found = reading.paragraphs.map((p) => p.number).filter((n) => Number.isFinite(rankOf(n))).sort((a, b) => rankOf(a) - rankOf(b))[0];
      if (found === undefined) break;
      let edge = found;
      while (rankOf(edge + intent.offset) <= PART_RANKS) edge += intent.offset;
      add([edge + intent.offset, found + intent.offset]);
      break;
    }
    case 'point': {
      const pattern = OPENING_ORDINALS[intent.ordinal];
      if (intent.ofPosedQuestions && intent.answered === true) {
        // "The answer to the second question": the guide's answers to the questions of the n-th
        // paragraph posing them (¶5 asks three at once), in the order it lists them.
        const askedIn = [...new Set(guide.questions.map((q) => q.askedIn))].sort((a, b) => a - b).filter((n) => n <= firstThird);
        const nthAsking = intent.ordinal === 99 ? askedIn.at(-1) : askedIn[intent.ordinal - 1];
        add(guide.questions.filter((q) => q.askedIn === nthAsking).flatMap((q) => q.answeredIn));
      }
      if (intent.ofPosedQuestions) {
        // "The third question he asks": the n-th of the paragraphs posing the essay's questions,
        // by its own marker ("Last but not least, what ...?") or else by its place among them.
        const asking = reading.paragraphs.filter((p) => p.number <= firstThird && p.text.includes('?'));
        if (pattern !== undefined) add(asking.filter((p) => pattern.test(p.text.trim())).map((p) => p.number));
        const nth = intent.ordinal === 99 ? asking.at(-1) : asking[intent.ordinal - 1];
        if (nth !== undefined) add([nth.number]);
      }
      // "The first problem", "his second reason": a point the essay makes, before a question it asks,
      // opened by its ordinal ("First, ...") or by the ordinal naming it ("The first problem ...").
      const asks = (n: number): boolean => reading.paragraphs[n - 1]?.text.includes('?') === true;
      const named = NAMED_ORDINALS[intent.ordinal];
      if (pattern !== undefined && !intent.ofPosedQuestions) {
        // Of several lists' n-th points, those of the list the question's other words rank first
        // ("the first problem with Russo-Japanese relations"); all of them, in reading order, where
        // the words tell none apart. (A paragraph naming its point is one, though it asks: "The
        // first problem ... is the following: are ...?"; it is a list of its own.)
        const points = [...opening(pattern).filter((n) => !asks(n)), ...(named === undefined ? [] : opening(named))];
        const lists = listsOf(reading);
        const listRank = (n: number): number => Math.min(...(lists.find((list) => list.includes(n)) ?? [n]).map(rankOf));
        const best = Math.min(...points.map(listRank));
        add(points.filter((n) => listRank(n) === best).sort((a, b) => a - b));
      }
      // "The last problem": the last point of a list the essay goes through ("Fifth, ...").
      if (intent.ordinal === 99 && !intent.ofPosedQuestions) add(listsOf(reading).flatMap((list) => list.slice(-1)).filter((n) => !asks(n)));
      if (pattern !== undefined) add(opening(pattern));
      break;
    }
  }
  return found;
}

function opensWithOrdinal(text: string): boolean {
  return Object.values(OPENING_ORDINALS).some((pattern) => pattern.test(text.trim()));
}

/** How many points a list of `listsOf` makes: its paragraphs opening with an ordinal ("First", "Fifth"). */
export function pointsIn(reading: Reading, list: readonly number[]): number {
  return list.slice(1).filter((n) => opensWithOrdinal(reading.paragraphs[n - 1]?.text ?? '')).length;
}

/**
 * The lists a reading goes through, each as its paragraph numbers: the paragraph announcing it
 * (the one before a paragraph opening with "First"), then every paragraph up to the last one
 * opening with an ordinal ("Second", "Fifth", "Last but not least") before the next list.
 */
export function listsOf(reading: Reading): number[][] {
  const paragraphs = reading.paragraphs;
  const starts = paragraphs.filter((p) => OPENING_ORDINALS[1]?.test(p.text.trim()) === true).map((p) => p.number - 1);
  const announcers = starts.filter((n) => n >= 1 && !opensWithOrdinal(paragraphs[n - 1]?.text ?? ''));
  return announcers.map((announcer, i) => {
    const end = (announcers[i + 1] ?? paragraphs.length + 1) - 1;
    let last = announcer + 1;
    for (let n = announcer + 1; n <= end; n++) if (opensWithOrdinal(paragraphs[n - 1]?.text ?? '')) last = n;
    return Array.from({ length: last - announcer + 1 }, (_, k) => announcer + k);
  });
}
