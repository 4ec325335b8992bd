// Arbitraries for the text students (and the internet) can type: unicode of every kind, control
// and zero-width characters, right-to-left text, combining marks, emoji, markdown and mentions,
// mixed with the essay's own words so that many of them are real answers, not only no-matches.
import fc from 'fast-check';

/** Pieces Discord and terminals treat specially. */
export const HOSTILE_PIECES: readonly string[] = [
  // control characters, ANSI escapes, line and paragraph separators
  '\u0000', '\u0007', '\u0008', '\u001b[31m', '\u001b]0;title\u0007', '\r\n', '\r', '\n\n', '\t', '\u000b', '\u000c', '\u007f', '\u0085', '\u2028', '\u2029',
  // zero-width and invisible characters
  '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad',
  // right-to-left text and overrides
  '\u202e', '\u202d', '\u202c', '\u200f', 'مرحبا روسيا', 'שלום יפן', '\u202eaissuR\u202c',
  // combining marks, a lone surrogate, full-width and look-alike letters
  'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304', 'Z\u0335\u0321\u031b\u0324', '\ud800', '\udc00', 'Ｒｕｓｓｉａ', 'Рutin', 'İstanbul', 'ß', 'ﬁ',
  // emoji, flags, ZWJ sequences, skin tones
  '🤔', '🇯🇵', '🇷🇺', '👩‍👩‍👧‍👦', '👍🏽', '🏳️‍🌈', '1️⃣',
  // markdown
  '**', '__', '*', '_', '~~', '||', '`', '```', '```js\n', '> ', '>>> ', '# ', '- ', '\\', '\\*', '[link](https://example.com)', '<https://example.com>', '[x](<javascript:alert(1)>)', ':smile:', '<:emoji:123456789012345678>', '<t:1700000000:R>',
  // mentions
  '@everyone', '@here', '@EVERYONE', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '</ask:123456789012345678>',
  // html and quotes the parser uses
  '<sup>1</sup>', '<sup>', '</sup>', '¹', '²³', '"', '“', '”', '‘', '’', "'s", '—', '–', '…',
];

/** Words and names from the essay, so a good share of the questions really match. */
export const ESSAY_WORDS: readonly string[] = [
  'Putin', 'Russia', 'Russian', 'China', 'Chinese', 'Japan', 'Japanese', 'US', 'Kremlin', 'Beijing', 'Tokyo', 'SCO', 'G8', 'G7', 'NATO', 'WTO',
  'pipeline', 'oil', 'energy', 'Taishet', 'Nakhodka', 'Iraq', 'color revolutions', 'multipolar world', 'pluralistic unipolarity', 'Ukraine',
  'Uzbekistan', 'India', 'observer', 'great power status', 'September 11', 'Afghanistan', 'population', 'Far East', 'Heilongjiang', 'demographic',
  'why', 'did', 'what', 'how', 'the', 'footnote', 'Sino-Russian', 'Russo-Japanese', 'partner', 'hegemony', 'Cold War', 'Koizumi', 'islands',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 3, arbitrary: fc.constantFrom(...ESSAY_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\u200b', ', ', '? ');

/** A question of up to ~40 pieces mixing hostile text and essay words. */
export const hostileQuestion: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { maxLength: 40 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

/** Any question at all: plain unicode strings (graphemes, raw UTF-16 including lone surrogates) or hostile ones. */
export const anyQuestion: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  hostileQuestion,
  hostileQuestion,
);

export const QUESTION_OF_10K = 10_000;

/** A question exactly 10,000 UTF-16 units long (cut anywhere, even inside a surrogate pair). */
export const longQuestion: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(hostileQuestion, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 })), fc.constantFrom('', 'Putin China pipeline '))
  .map(([seed, lead]) => {
    const unit = seed === '' ? 'x' : seed;
    return (lead + unit.repeat(Math.ceil(QUESTION_OF_10K / unit.length) + 1)).slice(0, QUESTION_OF_10K);
  });

/** A display name as Discord allows it (never blank), hostile otherwise. */
export const hostileDisplayName: fc.Arbitrary<string> = fc
  .oneof(hostileQuestion, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }))
  .filter((name) => name.trim() !== '')
  .map((name) => name.slice(0, 64));
