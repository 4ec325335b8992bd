// What a thing is: "what is X" and "how does X work" questions, the events a reading tells of
// ("what was the 2004 agreement") and what a document holds ("what's in the 2001 treaty"), and
// whether a passage says it. Pure; kinds-not-given.ts marks what is not given.
import { KIND_WORDS } from './kind-passage.js';
import type { KindPassage } from './kind-passage.js';
import { holdsConcept } from './names-and-places.js';
import { foldText, QUESTION_FRAME_WORDS, STOP_WORDS, termOf, tokenize } from '../search/analyze.js';
import type { QueryConcept } from '../search/query.js';
import { otherSpellings } from '../search/spelling-variants.js';

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
// "What's a 'bipolar system'": a term quoted from the reading asks what the reading means by it,
// which the passage using it shows.
const QUOTED_TERM = /^(?:(?:a|an|the)\s+)?'[^']+'$/i;
// The reading's own points in the reader's words: what they are is what the passages say.
const REASONING_HEADS: ReadonlySet<string> = new Set(
  'problem problems issue issues advice reason reasons cause causes solution solutions plan plans goal goals aim aims message lesson lessons takeaway takeaways outcome result results impact effect effects role dilemma dillema difference differences relationship relationships connection link dispute disputes conflict conflicts controversy rivalry tension tensions'.split(' '),
);

// "What's the difference between a president and a prime minister": two kinds of thing told
// apart in general (each "a" or "an"), which only a reading explaining them does; the essay's own
// comparisons name what they compare ("Russia's trade with Europe vs with China").
const KINDS_TOLD_APART =
  /\b(?:difference|differences|diff)\s+between\s+(?:a|an)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:and|&)\s+(?:a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*[?.!]*\s*$/iu;

/** The thing a "what is X" or "how does X work" question names (the first of two kinds told apart), as typed; undefined for other questions. */
function thingAsked(question: string): string | undefined {
  return (KINDS_TOLD_APART.exec(question) ?? DEFINITION_QUESTION.exec(question) ?? HOW_IT_WORKS_QUESTION.exec(question))?.[1];
}

/** The words of the thing a "what is X" (or "how does X work") question asks to have explained, each as the index terms it may take; undefined for other questions. */
export function definitionAsked(question: string): readonly (readonly string[])[] | undefined {
  const thing = thingAsked(question);
  // A thing named plainly: not "the deal with the islands", "the olcott paper about", "russia's
  // gdp" (what it is about, or a figure), nor "the issues", "the author's advice" (the reading's
  // own points, asked in the reader's words).
  if (thing === undefined || NOT_A_PLAIN_THING.test(thing) || QUOTED_TERM.test(thing)) return undefined;
  const head = tokenize(thing).filter((token) => !token.stop).at(-1)?.word;
  if (head === undefined || QUESTION_FRAME_WORDS.has(head) || KIND_WORDS.has(head) || REASONING_HEADS.has(head)) return undefined;
  // Each word as the reading may spell it ("colour" / "color").
  const terms = tokenize(thing)
    .filter((token) => !token.stop)
    .map((token) => [token.term, ...otherSpellings(token.word).map(termOf)]);
  return terms.length > 0 && terms.length <= 4 ? terms : undefined;
}

// Events a reading tells of: "what was the 2004 agreement", "what were the war games" ask what
// happened, which the sentence telling of it says; "what was the Cold War" asks for history
// the reading only uses, and "the Tokyo declaration" is another declaration than the one it tells of.
const EVENT_HEADS: ReadonlySet<string> = new Set(
  `agreement agreements treaty pact accord declaration demand demands decision visit visits exercise exercises
  maneuver maneuvers manoeuvre manoeuvres games drill drills talks promise proposal offer invitation summit
  meeting meetings statement remarks`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** The question's words for an event a "what was X" question asks about ("2004 agreement"); undefined for other things. */
export function eventAsked(question: string): ReadonlySet<string> | undefined {
  const thing = thingAsked(question);
  if (thing === undefined) return undefined;
  const words = tokenize(thing).filter((token) => !token.stop).map((token) => token.word);
  return EVENT_HEADS.has(words.at(-1) ?? '') ? new Set(words) : undefined;
}

// What a treaty, agreement, declaration or doctrine holds: "what's in the X treaty", "what trade
// provisions were in the X agreement", "what does the X agreement say / require", "what the X
// declaration actually contains".
const DOCUMENT_HEADS = String.raw`(?:treaty|agreement|pact|accord|declaration|deal|charter|communiqu[eé]|doctrine|constitution|resolution)`;
const DOCUMENT_CONTENTS = new RegExp(
  [
    String.raw`\bwhat(?:\s+[\p{L}-]+){0,3}?(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+in\s+(?:the\s+)?((?:[\p{L}\d'-]+\s+){0,6}?${DOCUMENT_HEADS})\b`,
    String.raw`\bwhat\s+(?:(?:does|did|do)\s+)?(?:the\s+)?((?:[\p{L}\d'-]+\s+){0,6}?${DOCUMENT_HEADS})\s+(?:actually\s+|really\s+|exactly\s+)?(?:say|says|said|contain|contains|contained|require|requires|required|include|includes|included|cover|covers|covered|provide|provides|provided|state|states|stated)\b`,
  ].join('|'),
  'iu',
);

/** The question's words for a document whose contents it asks for ("2001 sino russian friendship treaty"); undefined for other questions. */
export function documentAsked(question: string): ReadonlySet<string> | undefined {
  const match = DOCUMENT_CONTENTS.exec(question);
  const thing = match?.[1] ?? match?.[2];
  if (thing === undefined) return undefined;
  const words = tokenize(thing).filter((token) => !token.stop).map((token) => token.word);
  return words.length > 1 ? new Set(words) : undefined;
}

/**
 * True when a sentence of the passage holds every concept of the event's words: it tells of that
 * event. A sentence speaking of it as "it" or "they" names it in the sentence before ("The SCO
 * ... Moreover, ... it succeeded in issuing a joint declaration").
 */
export function tellsOf(passage: KindPassage, event: ReadonlySet<string>, concepts: readonly QueryConcept[]): boolean {
  const ofEvent = concepts.filter((concept) => concept.words > 0 && tokenize(concept.source).every((token) => token.stop || event.has(token.word)));
  if (ofEvent.length === 0) return false;
  const { sentences, terms } = passage.sentences();
  return sentences.some((sentence, at) => {
    const own = terms[at] ?? new Set<string>();
    const before = at > 0 && /\b(?:it|they|its|their)\b/i.test(sentence.text) ? (terms[at - 1] ?? new Set<string>()) : new Set<string>();
    return ofEvent.every((concept) => holdsConcept(own, concept) || holdsConcept(before, concept));
  });
}

/** True when the sentence says what the thing (its index terms) is, or names it as a term. */
export function definesTerm(sentence: string, thing: readonly (readonly string[])[]): boolean {
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
