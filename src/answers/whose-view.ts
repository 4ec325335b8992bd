// Whose view a question asks for ("what does South Korea think", "how did Taipei react") and
// whether a passage speaks of them as one who acts. Pure; kinds-not-given.ts marks a view not
// given.
import { isNamed, namedNear } from './kind-passage.js';
import type { KindPassage } from './kind-passage.js';
import { COUNTRY_TERMS, withoutCountryLikeFirstNames } from './names-and-places.js';
import { DEMONYMS, indexTerms, termOf, tokenize } from '../search/analyze.js';
import type { QueryConcept } from '../search/query.js';

// "What does South Korea think about the islands", "how did Taipei react", "the US position on
// the dispute", "what did the Uzbek government say": the view of someone the question names,
// which only a passage that speaks of them gives. (The author's view is the whole reading: "he",
// "the author" are no holder.)
const VIEW_WORDS = String.raw`(?:say|says|said|think|thinks|thought|feel|feels|felt|react|reacts|reacted|respond|responds|responded|position|positions|view|views|stance|attitude|opinion|opinions|reaction|reactions|response)`;
const VIEW_WORD = new RegExp(String.raw`\b${VIEW_WORDS}\b`, 'i');
const VIEW_HOLDER = [
  new RegExp(String.raw`\b(?:what|how)\s+(?:do|does|did|is|was|are|were)\s+((?:\S+\s+){0,3}?)${VIEW_WORDS}\b`, 'i'),
  new RegExp(String.raw`\bwhat\s+((?:\S+\s+){1,3}?)${VIEW_WORDS}\b`, 'i'),
  new RegExp(String.raw`((?:\S+\s+){1,3}?)${VIEW_WORDS}\s+(?:on|to|about|of|towards?)\b`, 'i'),
];

// What the view is of: the words after "think of", "react to", "position on" ...
const VIEW_OBJECT = new RegExp(String.raw`\b${VIEW_WORDS}\s+(?:of|about|on|to|towards?|regarding)\s+(.+)$`, 'i');

/**
 * The question's names for what a view is of ("what did Primakov think of Japan": Japan); none
 * when it names nothing there.
 */
export function viewObjectOf(question: string, concepts: readonly QueryConcept[], namedTerms: ReadonlySet<string>): QueryConcept[] {
  const after = VIEW_OBJECT.exec(question)?.[1];
  if (after === undefined) return [];
  const words = new Set(tokenize(after).map((token) => token.word));
  return concepts.filter(
    (concept) => concept.words > 0 && tokenize(concept.source).every((token) => words.has(token.word)) && isNamed(concept, (term) => namedTerms.has(term) || COUNTRY_TERMS.has(term)),
  );
}

// What someone said: their view, as words they gave.
const SAID = /\b(?:say|says|said)\b/i;
const THOUGHT = new RegExp(String.raw`\b(?!say\b|says\b|said\b)${VIEW_WORDS}\b`, 'i');

/** True when the question asks what someone said (not also what they thought or did). */
export function asksWhatTheySaid(question: string): boolean {
  return SAID.test(question) && !THOUGHT.test(question);
}

// A view as a thing its holder has (a word before it allowed): "Putin's uncompromising attitude",
// "the American position".
const VIEW_NOUNS: ReadonlySet<string> = new Set(
  'attitude attitudes position positions view views stance stances reaction reactions response responses opinion opinions approach policy policies concern concerns perception perceptions'
    .split(' ')
    .map(termOf),
);

// Words naming who holds a view, beside a name: "the Japanese government's position", "Chinese officials".
const HOLDER_TERMS: ReadonlySet<string> = new Set(
  'government officials leaders leadership people public elite elites side scholars experts media press ministry president minister prime'.split(' ').map(termOf),
);

/**
 * The question's concepts naming whose view it asks for, if it asks for someone's view: names as
 * the reading writes names, so "the difference of opinion between Russia and the US" has no holder.
 */
export function viewHolderOf(question: string, concepts: readonly QueryConcept[], namedTerms: ReadonlySet<string>): QueryConcept[] {
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
    // (A name with the word for its people as one concept is a holder too: "Russian officials".)
    const isName = (term: string): boolean => namedTerms.has(term) || COUNTRY_TERMS.has(term);
    const named = concepts.filter(
      (concept) =>
        concept.words > 0 &&
        inSpan(concept) &&
        (isNamed(concept, isName) ||
          concept.alternatives.some((alt) => alt.via === 'word' && alt.terms.some(isName) && alt.terms.every((term) => isName(term) || HOLDER_TERMS.has(term)))),
    );
    // The holder is named right before the view word ("how did the Iraq war change Putin's
    // view"): a name earlier in the span, past another word, is another part of the question.
    const namedWords = new Set(named.flatMap((concept) => tokenize(concept.source).map((token) => token.word)));
    // (A holder's word as the reading may read a slip of it: "goverment".)
    const holderWord = (word: string): boolean =>
      HOLDER_TERMS.has(termOf(word)) || concepts.some((concept) => concept.source === word && concept.alternatives.some((alt) => alt.terms.length === 1 && HOLDER_TERMS.has(alt.terms[0] ?? '')));
    const run = new Set<string>();
    const runTerms = new Set<string>();
    for (const token of [...spanTokens].reverse()) {
      if (token.stop) continue;
      if (!namedWords.has(token.word) && !holderWord(token.word)) break;
      run.add(token.word);
      runTerms.add(token.term);
    }
    const holder = named.filter(
      (concept) =>
        tokenize(concept.source).every((token) => token.stop || run.has(token.word)) ||
        concept.alternatives.some((alt) => alt.via === 'word' && alt.terms.every((term) => runTerms.has(term))),
    );
    if (holder.length > 0) return holder;
  }
  return [];
}

// The words before a name that make it what is acted on, not who acts ("to the Taiwanese",
// "threaten the Taiwanese", "against Japan").
const OBJECT_BEFORE: ReadonlySet<string> = new Set(
  'to of from with against toward towards for on over into by at threaten threatens threatened than including include includes like as about'.split(' '),
);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const COORDINATING: ReadonlySet<string> = new Set(['and', 'or']);
// "Aligned with France", "together with Germany": acting beside the one named before.
const ALONGSIDE: ReadonlySet<string> = new Set(['aligned', 'allied', 'together', 'along', 'jointly', 'joined', 'sided', 'siding', 'cooperated', 'cooperating', 'partnered']);

/**
 * True when a sentence of the passage (or the one before it) names all of the holder's words as
 * the question writes them: "South Korea", not North Korea; "the Japanese government", not
 * Japan's scholars.
 */
export function speaksOf(passage: KindPassage, holder: readonly QueryConcept[]): boolean {
  const { sentences, terms: own } = passage.sentences();
  // "German Gref" is a Russian minister named German: no word of Germany.
  const terms = sentences.map((sentence, at) => {
    const plain = withoutCountryLikeFirstNames(sentence.text);
    return plain === sentence.text ? (own[at] ?? new Set<string>()) : new Set(indexTerms(plain));
  });
  const asTyped = holder.map((concept) => concept.alternatives.filter((alt) => alt.via !== 'fuzzy'));
  // Named as one who acts or speaks, not only as what others act on ("threaten the Taiwanese",
  // "its bid for a seat"): a reaction is told of its holder.
  const firstTerms = new Set(asTyped.flatMap((alternatives) => alternatives.map((alt) => alt.terms[0] ?? '')));
  const holderTerms = new Set(asTyped.flatMap((alternatives) => alternatives.flatMap((alt) => [...alt.terms])));
  const namedAsActor = (text: string): boolean => {
    const tokens = tokenize(text);
    // Acted on, not acting: after "to", "against" ...; "aligned with France" is acting beside it.
    const actedOnAt = (at: number): boolean => OBJECT_BEFORE.has(tokens[at]?.word ?? '') && !(tokens[at]?.word === 'with' && ALONGSIDE.has(tokens[at - 1]?.word ?? ''));
    return tokens.some((token, i) => {
      if (!firstTerms.has(token.term)) return false;
      // Owning a thing, not acting: "the Chinese offer", "Koizumi's visits" (but "Chinese
      // leaders", "the Japanese side" act, and "Putin's attitude" is his view).
      let last = i;
      while (holderTerms.has(tokens[last + 1]?.term ?? '')) last++;
      const next = tokens[last + 1];
      const word = tokens[last]?.word ?? '';
      const adjective = DEMONYMS.has(word) && DEMONYMS.get(word) !== word && !word.endsWith('s');
      const owner = adjective || new RegExp(String.raw`\b${word}(?:'s|’s|s')`, 'i').test(text);
      const ownsView = VIEW_NOUNS.has(next?.term ?? '') || VIEW_NOUNS.has(tokens[last + 2]?.term ?? '');
      if (owner && next !== undefined && !next.stop && !HOLDER_TERMS.has(next.term) && !ownsView) return false;
      // What comes before the whole name ("South Korea") and its article.
      let before = i - 1;
      while (before >= 0 && (ARTICLES.has(tokens[before]?.word ?? '') || holderTerms.has(tokens[before]?.term ?? ''))) before--;
      // Named beside another ("relations with Japan and South Korea"): what comes before both.
      if (COORDINATING.has(tokens[before]?.word ?? '')) {
        let other = before - 1;
        while (other >= 0 && before - other <= 3 && !(tokens[other]?.stop ?? true)) other--;
        while (other >= 0 && ARTICLES.has(tokens[other]?.word ?? '')) other--;
        if (other < before - 1 && actedOnAt(other)) return false;
      }
      return !actedOnAt(before);
    });
  };
  return sentences.some(
    (sentence, at) => asTyped.every((alternatives) => namedNear(terms, at, alternatives)) && (namedAsActor(sentence.text) || namedAsActor(sentences[at - 1]?.text ?? '')),
  );
}
