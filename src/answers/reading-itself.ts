// Questions about the reading itself rather than what it says: who wrote it, what it is called,
// when it was written, how long it is, who its author is. No passage answers them ("who is the author" shares no word with the
// text), but the reading's title and author line do; "the author" in "what does the author say
// about China" or "who is the author of the book in footnote 1" is another question.

/** What a student asked about the reading itself. */
export type ReadingFact = 'author' | 'background' | 'title' | 'date' | 'length';

// The words a student uses for the reading.
const READING = String.raw`(?:the |this |our |that )?(?:essay|text|reading|article|piece|paper|chapter|assigned reading|thing we read)`;
// ... or, in a question about it, only "this" or "it" ("who wrote this?", "what is it called").
const READING_OR_THIS = String.raw`(?:${READING}|this|it)`;
// An opening that frames the question ("ok so", "hey bot", "quick question:") and a closing ("again?", "pls").
const OPENING = String.raw`^(?:(?:hi|hey|hello|ok|okay|so|um|uh|quick question|sorry|bot|hey bot)\W+)*`;
const CLOSING = String.raw`(?:\W+(?:again|pls|please|exactly|btw|lol|then))*\W*$`;

const ASKED: readonly (readonly [ReadingFact, RegExp])[] = [
  [
    'author',
    new RegExp(
      String.raw`${OPENING}(?:who(?:'s|s| is| was)? (?:the )?(?:author|writer)(?: of ${READING})?|who (?:wrote|writes|has written|is writing) ${READING_OR_THIS}|(?:what is |whats |what's )?(?:the )?(?:author|writer)(?:'s|s)? name|(?:the )?(?:name of )?(?:the )?(?:author|writer)(?: of ${READING})?)${CLOSING}`,
      'i',
    ),
  ],
  [
    // "Is the author Japanese", "where is the writer from", "the author's background": more than
    // the name, which the reading does not give.
    'background',
    new RegExp(
      String.raw`${OPENING}(?:is (?:the )?(?:author|writer) (?:a |an )?\p{L}+(?:ese|ian|an|ish)|where (?:is|was|does|did) (?:the )?(?:author|writer)(?: come)? from|(?:what is |whats |what's )?(?:the )?(?:author|writer)(?:'s|s)? (?:nationality|background|job|profession|affiliation|bio|biography|credentials)|what (?:does|did) (?:the )?(?:author|writer) do for a living|tell me about (?:the )?(?:author|writer))${CLOSING}`,
      'iu',
    ),
  ],
  [
    'title',
    new RegExp(
      String.raw`${OPENING}(?:what(?:'s|s| is) (?:the )?(?:title|name)(?: of ${READING})?|what(?:'s|s| is) ${READING_OR_THIS} called|what(?:'s|s| is) ${READING}(?:'s|s)? (?:title|name)|(?:the )?title(?: of ${READING})?)${CLOSING}`,
      'i',
    ),
  ],
  [
    'date',
    new RegExp(
      String.raw`${OPENING}(?:when (?:was|is|did) ${READING} (?:written|published|come out|came out|from)|when (?:was|did) (?:it|this|he) (?:written|published|write it|write this|come out)|what year (?:was|is) ${READING} (?:written|published|from)|how old is ${READING}|what year is ${READING} from|(?:the )?(?:date|year) of ${READING})${CLOSING}`,
      'i',
    ),
  ],
  [
    'length',
    new RegExp(
      String.raw`${OPENING}(?:how (?:long|big|short) is ${READING_OR_THIS}|how many (?:paragraphs|footnotes|pages|words|parts|sections)(?: (?:does|do|are|is) (?:there|it|${READING})(?: have| has)?| (?:in|of) ${READING}| are there)?|(?:the )?length of ${READING})${CLOSING}`,
      'i',
    ),
  ],
];

// A word every such question has: one plain look before the patterns' search.
const FACT_WORD = /\b(?:author|writer|wrote|writes|written|writing|title|called|name|published|come out|came out|old|long|big|short|paragraphs|footnotes|pages|words|parts|sections|length|date|year)\b/i;

/** The fact about the reading itself a question asks for, if that is all it asks. */
export function readingFactAsked(question: string): ReadingFact | undefined {
  const text = question.trim().replace(/\s+/g, ' ');
  if (text.length > 80 || !FACT_WORD.test(text)) return undefined;
  return ASKED.find(([, pattern]) => pattern.test(text))?.[0];
}
