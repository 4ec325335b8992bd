// A reading whose first paragraph is ~10,000 characters and whose footnote is 1,500, through the
// real bot and discord.js client against the fake Discord (which refuses any message over
// Discord's limits with 50035): /passage, its buttons, /ask, Post to class and /footnote deliver
// every character in order across messages, marked as continued, pinging nobody.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswerEngine } from '../../src/answers/answer-engine.js';
import type { FakeInteraction, StoredMessage } from '../support/fake-discord/index.js';
import { button, buttonsOf, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from './bot-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

// Sentences of different lengths, one of them citing footnote 1, one naming Nakhodka (the word /ask looks for).
const SENTENCES = Array.from({ length: 160 }, (_, n) =>
  n % 3 === 0
    ? `Sentence ${n + 1} says that the Sakhalin projects and the pipeline to the Pacific coast shaped how Moscow weighed Tokyo against Beijing.`
    : `Sentence ${n + 1} is about Sakhalin and the pipeline.`,
);
SENTENCES[80] = 'The route was finally chosen to run from Taishet to Nakhodka, a decision Tokyo welcomed.';
const PARAGRAPH_SOURCE = SENTENCES.map((sentence, n) => (n === 99 ? `${sentence}<sup>1</sup>` : sentence)).join(' ');
/** As the parser gives it: the footnote marker as a superscript digit. */
const PARAGRAPH = PARAGRAPH_SOURCE.replace('<sup>1</sup>', '¹');
const NOTE = `See *The Long Pipeline* (Example Press, 2020), 4. ${Array.from({ length: 40 }, (_, n) => `Note sentence ${n + 1} cites its source in full.`).join(' ')}`;
const SHORT = 'The second paragraph is short and mentions the harbour.';

const READING = `# A Long Reading

TEST Author

${PARAGRAPH_SOURCE}

${SHORT}<sup>2</sup>

---

<sup>1</sup> ${NOTE}

<sup>2</sup> A short note.
`;

let h: BotHarness;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'long-reading-'));
  writeFileSync(path.join(dir, 'a-long-reading.md'), READING);
  h = await startBotHarness({ engine: loadAnswerEngine(dir) });
});
afterAll(async () => {
  await h?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const finished = (): number => h.logs.filter((line) => line.msg === 'interaction' && line['kind'] !== 'autocomplete').length;

/** Sends an interaction and returns every message it produced, once its handler has finished (the router logs it then). */
async function messagesOf(send: () => FakeInteraction): Promise<StoredMessage[]> {
  const before = finished();
  const interaction = send();
  await h.discord.waitFor(() => (finished() > before ? true : undefined), 'the interaction to finish');
  return [interaction.reply, ...interaction.followUps].filter((message): message is StoredMessage => message !== undefined);
}

/** The descriptions of the ¶1 embeds (before the footnote's own embed), joined as the text reads. */
function quotedParagraph(messages: readonly StoredMessage[]): string {
  const embeds = messages.flatMap((message) => embedsOf(message));
  const note = embeds.findIndex((embed) => embed.title === 'Footnote 1');
  return embeds
    .slice(0, note === -1 ? undefined : note)
    .flatMap((embed) => (embed.description === undefined ? [] : [embed.description]))
    .join(' ');
}

/** Footnote 1 as shown: its own embed and its continuations. */
function quotedNote(messages: readonly StoredMessage[]): string {
  const embeds = messages.flatMap((message) => embedsOf(message));
  const texts: string[] = [];
  for (const embed of embeds.slice(embeds.findIndex((candidate) => candidate.title === 'Footnote 1'))) {
    if (embed.title !== undefined && embed.title !== 'Footnote 1' && !embed.title.startsWith('Footnote 1 (continued')) break;
    if (embed.description !== undefined) texts.push(embed.description);
  }
  return texts.join(' ');
}

function expectEveryRequestAccepted(): void {
  expect(h.discord.requests.filter((request) => request.status >= 400).map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([]);
}

/** Each later message says it continues ¶1; each says which part it is; nothing is cut with an ellipsis. */
function expectMarkedParts(messages: readonly StoredMessage[]): void {
  const parts = messages.filter((message) => embedsOf(message).length > 0);
  expect(parts.length).toBeGreaterThan(1);
  for (const [index, message] of parts.entries()) {
    if (index > 0 && embedsOf(message)[0]?.title?.startsWith('Footnote 1') !== true) expect(embedsOf(message)[0]?.title).toBe(`¶1 (continued, ${index + 1}/${parts.length})`);
    expect(embedsOf(message).at(-1)?.footer?.text).toMatch(new RegExp(`[Pp]art ${index + 1} of ${parts.length}`));
    for (const embed of embedsOf(message)) expect(embed.description ?? '').not.toContain('…');
  }
}

describe('a paragraph of 10,000 characters', () => {
  it('is parsed whole, as written', () => {
    expect(PARAGRAPH.length).toBeGreaterThan(9500);
    expect(NOTE.length).toBeGreaterThan(1400);
    expect(h.bot).toBeDefined();
    const reading = loadAnswerEngine(dir).corpus.readings[0]!;
    expect(reading.paragraphs[0]!.text).toBe(PARAGRAPH);
    expect(reading.footnotes[0]!.text).toBe(NOTE);
  });

  it('/passage quotes it whole across private messages, with the footnote whole, the citation and the buttons on the last', async () => {
    const messages = await messagesOf(() => h.discord.sendCommand({ name: 'passage', options: { number: 1 } }));
    expect(messages.every(isEphemeral)).toBe(true);
    expect(embedsOf(messages[0]!)[0]!.title).toBe('¶1 — A Long Reading');
    expect(quotedParagraph(messages)).toBe(PARAGRAPH);
    expect(quotedNote(messages)).toBe(NOTE);
    expectMarkedParts(messages);
    const last = messages.at(-1)!;
    const cite = embedsOf(last).at(-1)?.fields?.at(-1);
    expect(cite?.name).toBe('Cite as');
    expect(cite?.value).toMatch(/¶1, n\. 1`$/);
    expect(messages.slice(0, -1).flatMap((message) => embedsOf(message).flatMap((embed) => embed.fields ?? []))).toEqual([]);
    expect(messages.slice(0, -1).every((message) => buttonsOf(message).length === 0)).toBe(true);
    expect(buttonsOf(last).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', true],
      ['Next', false],
      ['Post to class', false],
    ]);
    expectEveryRequestAccepted();
    expectNobodyPinged(h.discord);
  });

  it('Next on its last part answers with a new message, leaving the parts above whole', async () => {
    const messages = await messagesOf(() => h.discord.sendCommand({ name: 'passage', options: { number: 1 } }));
    const last = structuredClone(messages.at(-1)!);
    const [second] = await messagesOf(() => h.discord.clickButton({ message: last, customId: button(last, 'Next') }));
    expect(second!.id).not.toBe(last.id);
    expect(isEphemeral(second!)).toBe(true);
    expect(embedsOf(second!)[0]?.title).toBe('¶2 — A Long Reading');
    expect(embedsOf(second!)[0]?.description).toBe(`${SHORT}²`);
    expect(h.discord.message(last.id)?.components).toEqual(last.components);
    expectEveryRequestAccepted();
  });

  it('Previous from ¶2 brings ¶1 whole, as new messages', async () => {
    const shortOne = structuredClone((await messagesOf(() => h.discord.sendCommand({ name: 'passage', options: { number: 2 } })))[0]!);
    const messages = await messagesOf(() => h.discord.clickButton({ message: shortOne, customId: button(shortOne, 'Previous') }));
    expect(messages.every(isEphemeral)).toBe(true);
    expect(quotedParagraph(messages)).toBe(PARAGRAPH);
    expect(quotedNote(messages)).toBe(NOTE);
    expectMarkedParts(messages);
    expect(h.discord.message(shortOne.id)?.components).toEqual(shortOne.components);
    expectEveryRequestAccepted();
  });

  it('/ask quotes it whole with its best sentence in bold, the question echoed once, Post to class on the last part', async () => {
    const messages = await messagesOf(() => h.discord.sendCommand({ name: 'ask', options: { question: 'Which route ends at Nakhodka?' }, user: h.discord.users.student(2) }));
    expect(messages.every(isEphemeral)).toBe(true);
    expect(leadText(messages[0]!)).toBe('**Your question:** Which route ends at Nakhodka?');
    for (const message of messages.slice(1)) expect(leadText(message)).toBe('');
    expect(messages.flatMap((message) => embedsOf(message)).some((embed) => embed.description?.includes(`**${SENTENCES[80]}**`) === true)).toBe(true);
    expect(quotedParagraph(messages).replaceAll('**', '')).toBe(PARAGRAPH);
    expectMarkedParts(messages);
    expect(buttonsOf(messages.at(-1)!).map((b) => b.label)).toContain('Post to class');
    expectEveryRequestAccepted();
    expectNobodyPinged(h.discord);

    // Shared with the class: the same whole quote, in public messages, crediting the student.
    const last = structuredClone(messages.at(-1)!);
    const posted = await messagesOf(() => h.discord.clickButton({ message: last, customId: button(last, 'Post to class'), user: h.discord.users.student(2) }));
    expect(posted.some(isEphemeral)).toBe(false);
    expect(leadText(posted[0]!)).toMatch(/^Asked by \*\*.+\*\*: Which route ends at Nakhodka\?$/);
    expect(quotedParagraph(posted).replaceAll('**', '')).toBe(PARAGRAPH);
    expectMarkedParts(posted);
    expectEveryRequestAccepted();
    expectNobodyPinged(h.discord);

    // Delete on its last part removes every part of the post, not only the last.
    expect(posted.length).toBeGreaterThan(1);
    const lastPosted = posted.at(-1)!;
    await messagesOf(() => h.discord.clickButton({ message: lastPosted, customId: button(lastPosted, 'Delete'), user: h.discord.users.student(2) }));
    await h.discord.waitFor(() => (posted.every((message) => h.discord.message(message.id)?.deleted === true) ? true : undefined), 'every part of the post to be deleted');
    expectEveryRequestAccepted();
  });

  it('/footnote gives the 1,500-character note whole and the citing sentence whole', async () => {
    const messages = await messagesOf(() => h.discord.sendCommand({ name: 'footnote', options: { number: 1 } }));
    expect(messages.every(isEphemeral)).toBe(true);
    const embeds = messages.flatMap((message) => embedsOf(message));
    expect(embeds[0]?.title).toBe('Footnote 1 — A Long Reading');
    expect(embeds.flatMap((embed) => (embed.description === undefined ? [] : [embed.description])).join(' ')).toBe(NOTE);
    const fields = embeds.flatMap((embed) => embed.fields ?? []);
    expect(fields[0]).toEqual({ name: 'Cited in ¶1', value: `${SENTENCES[99]}¹` });
    expect(fields.at(-1)?.name).toBe('Cite as');
    expect(buttonsOf(messages.at(-1)!).map((b) => b.label)).toEqual(['Read ¶1', 'Post to class']);
    expectEveryRequestAccepted();
    expectNobodyPinged(h.discord);
  });
});
