// The messages the commands send, built from the real essay and the real engine, without Discord.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswerEngine } from '../../../src/answers/answer-engine.js';
import type { Answer, ParagraphResult } from '../../../src/answers/types.js';
import type { Reading } from '../../../src/corpus/types.js';
import { citingSentence, emphasise, renderParagraphParts, splitSentences } from '../../../src/views/discord/embeds.js';
import { LIMITS } from '../../../src/views/discord/limits.js';
import { fitMessage, messageEmbedLength, type MessageDraft } from '../../../src/views/discord/message-drafts.js';
import { renderCitation } from '../../../src/views/discord/debate-messages.js';
import { renderAnswerMessage, renderFootnoteMessage, renderHelpMessage, renderPassageMessage } from '../../../src/views/discord/answer-messages.js';

const engine = loadAnswerEngine(path.resolve('corpus'));
const corpus = engine.corpus;
const essay = corpus.readings[0]!;
const stripBold = (text: string): string => text.replaceAll('**', '');

/** Every text of a draft is already within Discord's limits: fitting it changes nothing. */
function expectWithinLimits(draft: MessageDraft): void {
  expect(fitMessage(draft)).toEqual(draft);
  expect(messageEmbedLength(draft.embeds ?? [])).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('an answer about the reading itself', () => {
  it('names the readings within Discord\'s limits however many and however long their titles', () => {
    const long = 'A Very Long Title '.repeat(60);
    const readings = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, title: `${long}${i}`, author: `AUTHOR ${'Name '.repeat(100)}`, latestYear: null, paragraphs: 3, footnotes: 0 }));
    const answer: Answer = { kind: 'about-reading', coverage: 'answered', question: 'who wrote these?', asked: 'author', readings, suggestions: [] };
    const { draft, shown } = renderAnswerMessage({ answer, corpus, key: 'k1', offset: 0, audience: { kind: 'private' } });
    expect(shown).toBe(0);
    expect(draft.embeds?.[0]?.title).toBe('About the reading');
    expect(draft.embeds?.[0]?.description).toMatch(/and 3 more\.$/);
    expect(draft.buttons).toEqual([]);
    expectWithinLimits(draft);
  });
});

describe('an answer to /ask', () => {
  const question = 'Why did Russia move towards China?';
  const answer = engine.answer(question, { limit: 3 });

  it('quotes each paragraph exactly, with its best sentence in bold, and a citation line', () => {
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    const { draft, shown } = renderAnswerMessage({ answer, corpus, key: 'k1', offset: 0, audience: { kind: 'private' } });
    expect(shown).toBe(3);
    const first = answer.results[0]!;
    if (first.kind !== 'paragraph') throw new Error('expected a paragraph');
    const embed = draft.embeds![0]!;
    expect(embed.title).toBe(`¶${first.number} — ${essay.title}`);
    expect(embed.description).toContain(`**${first.highlight}**`);
    expect(stripBold(embed.description!)).toBe(first.text);
    expect(embed.fields!.at(-1)).toEqual({ name: 'Cite as', value: `\`Yokote, "Russo-Japanese Relations", ¶${first.number}\`` });
    expect(embed.footer).toEqual({ text: `Result 1 of ${answer.total}` });
    expectWithinLimits(draft);
  });

  it('is private, echoes the question, and offers More passages and Post to class', () => {
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    const { draft } = renderAnswerMessage({ answer, corpus, key: 'k1', offset: 0, audience: { kind: 'private' } });
    expect(draft.ephemeral).toBe(true);
    expect(draft.content).toBe(`**Your question:** Why did Russia move towards China?`);
    expect(draft.buttons).toEqual([
      [
        { customId: 'ask:more:k1:3', label: 'More passages', tone: 'primary' },
        { customId: 'ask:post:k1:0', label: 'Post to class', tone: 'secondary' },
      ],
    ]);
  });

  it('credits the student by name on a public post, and offers Delete to its owner', () => {
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    const askedBy = { id: '222222222222222222', displayName: 'Alice *the* @everyone' };
    const { draft } = renderAnswerMessage({ answer, corpus, key: 'k1', offset: 0, audience: { kind: 'public', askedBy } });
    expect(draft.ephemeral).toBe(false);
    expect(draft.content).toBe('Asked by **Alice \\*the\\* @\u200beveryone**: Why did Russia move towards China?');
    expect(draft.buttons![0]!.map((button) => button.customId)).toEqual(['ask:more:k1:3', 'ask:del:222222222222222222']);
  });

  it('shows a display name that looks like a mention or a link as plain text', () => {
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    const askedBy = { id: '222222222222222222', displayName: '<@111111111111111111> [mod](https://evil.example) ||x||' };
    const { draft } = renderAnswerMessage({ answer, corpus, key: 'k1', offset: 0, audience: { kind: 'public', askedBy } });
    expect(draft.content).toBe('Asked by **\\<@111111111111111111\\> \\[mod\\]\\(https\\://evil.example\\) \\|\\|x\\|\\|**: Why did Russia move towards China?');
  });

  it('shows a cited footnote whole as a field', () => {
    const withNote = engine.answer('What did Olcott write about the geopolitics of oil?', { limit: 3 });
    if (withNote.kind !== 'answer') throw new Error('expected an answer');
    const { draft } = renderAnswerMessage({ answer: withNote, corpus, key: 'k', offset: 0, audience: { kind: 'private' } });
    const fields = draft.embeds!.flatMap((embed) => embed.fields ?? []);
    const note = essay.footnotes.find((footnote) => footnote.number === 4)!;
    expect(fields).toContainEqual({ name: 'Footnote 4', value: note.text });
  });

  it('echoes a 6,000-character question briefly, escaped, within the limits', () => {
    const long = `Why **did** <@&123456789012345678> Russia ${'turn east and '.repeat(460)}`.slice(0, 6000);
    const result = engine.answer(long, { limit: 3 });
    const { draft } = renderAnswerMessage({ answer: result, corpus, key: 'k', offset: 0, audience: { kind: 'private' } });
    expect(draft.content!.length).toBeLessThanOrEqual(320);
    expect(draft.content).toContain('Why \\*\\*did\\*\\* \\<@&123456789012345678\\> Russia');
    expect(draft.content!.endsWith('…')).toBe(true);
    expectWithinLimits(draft);
  });

  it('says honestly when nothing matches, with the engine’s suggestions', () => {
    const noMatch: Answer = { kind: 'no-match', coverage: 'none', smallTalk: false, question: 'zzqx', suggestions: ['Sakhalin'], nearest: [] };
    const { draft, shown } = renderAnswerMessage({ answer: noMatch, corpus, key: 'k', offset: 0, audience: { kind: 'private' } });
    expect(shown).toBe(0);
    expect(draft.embeds![0]!.title).toBe('No good match');
    expect(draft.embeds![0]!.description).toContain('Did you mean: **Sakhalin**?');
    expect(draft.buttons).toEqual([]);
  });

  it('says when a later page has no more passages', () => {
    const end: Answer = { kind: 'answer', coverage: 'answered', missing: [], question: 'q', results: [], total: 4, matchedTerms: [], suggestions: [] };
    const { draft } = renderAnswerMessage({ answer: end, corpus, key: 'k', offset: 4, audience: { kind: 'private' } });
    expect(draft.embeds![0]!.title).toBe('No more passages');
  });
});

describe('a passage', () => {
  it('quotes paragraph 1 whole with footnote 1 and disables Previous at the start', () => {
    const draft = renderPassageMessage(essay, 1);
    const paragraph = essay.paragraphs[0]!;
    expect(draft.embeds![0]!.description).toBe(paragraph.text);
    expect(draft.embeds![0]!.fields![0]).toEqual({ name: 'Footnote 1', value: essay.footnotes[0]!.text });
    expect(draft.buttons).toEqual([
      [
        { customId: 'passage:russo-japanese-relations:0', label: 'Previous', tone: 'secondary', disabled: true },
        { customId: 'passage:russo-japanese-relations:2', label: 'Next', tone: 'secondary', disabled: false },
      ],
    ]);
    expectWithinLimits(draft);
  });

  it('disables Next at the last paragraph', () => {
    const draft = renderPassageMessage(essay, essay.paragraphs.length);
    expect(draft.buttons![0]![1]!.disabled).toBe(true);
    expect(draft.buttons![0]![0]!.disabled).toBe(false);
  });

  it('splits a very long paragraph across embeds and messages at sentence ends, quoting it exactly with bold balanced', () => {
    const sentences = Array.from({ length: 120 }, (_, n) => `Sentence number ${n + 1} says something about Sakhalin and the pipeline.`);
    const text = sentences.join(' ');
    const reading: Reading = { ...essay, paragraphs: [{ reading: essay.id, number: 1, text, footnotes: [], line: 1 }] };
    const parts = renderParagraphParts(reading, { number: 1, text, highlight: sentences[60]!, footnotes: [] });
    expect(parts.length).toBeGreaterThan(1);
    const embeds = parts.flat();
    for (const embed of embeds) {
      expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(embed.description!.endsWith('.') || embed.description!.endsWith('.**')).toBe(true);
      expect((embed.description!.match(/\*\*/g) ?? []).length % 2).toBe(0);
    }
    expect(stripBold(embeds.map((embed) => embed.description).join(' '))).toBe(text);
    for (const embeds of parts) expectWithinLimits({ embeds });
  });
});

describe('a footnote', () => {
  it('gives the note whole and the sentence citing it, with a button to read that paragraph', () => {
    const footnote = essay.footnotes[0]!;
    const draft = renderFootnoteMessage(essay, footnote);
    const embed = draft.embeds![0]!;
    expect(embed.title).toBe(`Footnote 1 — ${essay.title}`);
    expect(embed.description).toBe(footnote.text);
    expect(embed.fields![0]!.name).toBe('Cited in ¶1');
    expect(embed.fields![0]!.value).toMatch(/^Vladimir Putin appeared|In those days.*Afghanistan\.¹$/);
    expect(embed.fields![0]!.value.endsWith('Afghanistan.¹')).toBe(true);
    expect(draft.buttons).toEqual([[{ customId: 'passage:russo-japanese-relations:1', label: 'Read ¶1', tone: 'secondary' }]]);
  });

  it('finds the citing sentence by its exact marker (¹ is not ¹²)', () => {
    expect(citingSentence('One.¹² Two.¹ Three.', 1)).toBe('Two.¹');
    expect(splitSentences('It ended.¹ However, it went on. (Then more.)')).toEqual(['It ended.¹', 'However, it went on.', '(Then more.)']);
  });
});

describe('emphasise', () => {
  it('bolds the sentence where it occurs and leaves the text alone otherwise', () => {
    expect(emphasise('One. Two. Three.', 'Two.')).toBe('One. **Two.** Three.');
    expect(emphasise('One. Two.', 'Absent.')).toBe('One. Two.');
    expect(emphasise('One. Two.', '')).toBe('One. Two.');
  });
});

describe('/help', () => {
  it('names the reading with its author and counts, and each command with an example', () => {
    const draft = renderHelpMessage(corpus, [{ name: 'ask', description: 'Ask a question', example: '/ask question: Why?' }]);
    const fields = draft.embeds![0]!.fields!;
    expect(fields[0]).toEqual({ name: `Reading: ${essay.title}`, value: 'by YOKOTE Shinji · 31 paragraphs, 6 footnotes' });
    expect(fields[1]).toEqual({ name: '/ask', value: 'Ask a question\nExample: `/ask question: Why?`' });
    expect(draft.ephemeral).toBe(true);
  });
});

describe('a passage whose footnote is longer than a field holds', () => {
  it('shows the paragraph whole and the footnote whole in an embed of its own, then the citation', () => {
    const longNote = `${'A very long bibliographic note. '.repeat(150)}`.trim();
    const text = `${'The paragraph says a great deal. '.repeat(60).trim()}¹`;
    const reading: Reading = {
      ...essay,
      paragraphs: [{ reading: essay.id, number: 1, text, footnotes: [1], line: 1 }],
      footnotes: [{ reading: essay.id, number: 1, text: longNote, citedBy: [1], line: 2 }],
    };
    const draft = renderPassageMessage(reading, 1);
    expect(draft.embeds![0]!.description).toBe(text);
    const embeds = [draft, ...(draft.followUps ?? [])].flatMap((message) => message.embeds ?? []);
    const note = embeds.filter((embed) => embed.title?.startsWith('Footnote 1') === true || (embed.title === undefined && embed !== embeds[0]));
    expect(note[0]!.title).toBe('Footnote 1');
    expect(note.map((embed) => embed.description).join(' ')).toBe(longNote);
    expect(embeds.flatMap((embed) => embed.fields ?? []).map((field) => field.name)).toEqual(['Cite as']);
    expect(embeds.at(-1)!.fields!.at(-1)!.name).toBe('Cite as');
    for (const message of [draft, ...(draft.followUps ?? [])]) expectWithinLimits(message);
  });
});

describe('a paragraph too long for one message', () => {
  const sentences = Array.from({ length: 200 }, (_, n) => `Sentence ${n + 1} is about Sakhalin and the pipeline.`);
  const long = sentences.join(' ');
  const reading: Reading = {
    ...essay,
    paragraphs: [
      { reading: essay.id, number: 1, text: 'A short first paragraph.', footnotes: [], line: 1 },
      { reading: essay.id, number: 2, text: long, footnotes: [], line: 3 },
    ],
    footnotes: [],
  };
  const readingCorpus = { readings: [reading] };
  const result = (number: number, text: string, highlight: string): ParagraphResult => ({
    kind: 'paragraph',
    reading: reading.id,
    number,
    text,
    highlight,
    footnotes: [],
    score: 1,
    matchedTerms: [],
  });
  const messagesOf = (draft: MessageDraft): MessageDraft[] => [draft, ...(draft.followUps ?? [])];
  const quoted = (draft: MessageDraft): string => stripBold(messagesOf(draft).flatMap((message) => (message.embeds ?? []).map((embed) => embed.description ?? '')).join(' '));

  it('is an /ask page of its own, whole, in follow-ups, the buttons on the last', () => {
    const answer: Answer = { kind: 'answer', coverage: 'answered', missing: [], question: 'Sakhalin?', results: [result(2, long, sentences[150]!), result(1, 'A short first paragraph.', '')], total: 2, matchedTerms: [], suggestions: [] };
    const { draft, shown } = renderAnswerMessage({ answer, corpus: readingCorpus, key: 'k', offset: 0, audience: { kind: 'private' } });
    expect(shown).toBe(1);
    expect(draft.followUps!.length).toBeGreaterThan(0);
    expect(quoted(draft)).toBe(long);
    expect(draft.content).toBe('**Your question:** Sakhalin?');
    expect(draft.buttons).toBeUndefined();
    expect(draft.followUps!.at(-1)!.buttons![0]!.map((b) => b.label)).toEqual(['More passages', 'Post to class']);
    for (const message of messagesOf(draft)) expectWithinLimits(message);
  });

  it('waits for the next /ask page when it does not fit beside the results before it', () => {
    const answer: Answer = { kind: 'answer', coverage: 'answered', missing: [], question: 'Sakhalin?', results: [result(1, 'A short first paragraph.', ''), result(2, long, sentences[150]!)], total: 2, matchedTerms: [], suggestions: [] };
    const { draft, shown } = renderAnswerMessage({ answer, corpus: readingCorpus, key: 'k', offset: 0, audience: { kind: 'private' } });
    expect(shown).toBe(1);
    expect(draft.followUps).toBeUndefined();
    expect(draft.embeds!.map((embed) => embed.description)).toEqual(['A short first paragraph.']);
    expect(draft.buttons![0]![0]).toEqual({ customId: 'ask:more:k:1', label: 'More passages', tone: 'primary' });
    const next = renderAnswerMessage({ answer: { ...answer, results: [answer.results[1]!] }, corpus: readingCorpus, key: 'k', offset: 1, audience: { kind: 'private' } });
    expect(quoted(next.draft)).toBe(long);
  });

  it('is cited in a debate whole, the student’s line first and the citation last', () => {
    const draft = renderCitation({ reading, paragraph: reading.paragraphs[1]!, userId: '866666666666666661', displayName: 'Ana', side: 'for', point: null });
    expect(draft.content).toBe('📖 **Ana** (for the motion) cites ¶2.');
    expect(draft.followUps!.length).toBeGreaterThan(0);
    expect(quoted(draft)).toBe(long);
    for (const message of draft.followUps!) expect(message.content).toBeUndefined();
    expect(draft.followUps!.at(-1)!.embeds!.at(-1)!.fields!.at(-1)!.name).toBe('Cite as');
    expect(draft.followUps!.at(-1)!.embeds!.every((embed) => embed.color === 0x2e8b57)).toBe(true);
    for (const message of messagesOf(draft)) expectWithinLimits(message);
  });
});
