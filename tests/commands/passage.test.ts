// /passage end to end: the real bot and discord.js client against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { button, buttonsOf, essayEngine, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
});
afterAll(async () => {
  await h?.stop();
});

const essay = () => essayEngine().corpus.readings[0]!;

describe('/passage', () => {
  it('quotes the paragraph whole with its footnotes, privately', async () => {
    const paragraph = essay().paragraphs[13]!; // ¶14 cites footnote 4
    const reply = await h.discord.sendCommand({ name: 'passage', options: { number: 14 } }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(embedsOf(reply)[0]?.title).toBe(`¶14 — ${essay().title}`);
    expect(embedsOf(reply)[0]?.description).toBe(paragraph.text);
    const footnote = essay().footnotes.find((f) => f.number === 4)!;
    expect(embedsOf(reply)[0]?.fields).toContainEqual({ name: 'Footnote 4', value: footnote.text });
    expect(embedsOf(reply)[0]?.fields?.at(-1)).toEqual({ name: 'Cite as', value: '`Yokote, "Russo-Japanese Relations", ¶14, n. 4`' });
    expect(embedsOf(reply)[0]?.footer?.text).toBe('¶14 of 31');
  });

  it('moves with Next and Previous, disabled at the ends', async () => {
    const first = structuredClone(await h.discord.sendCommand({ name: 'passage', options: { number: 1 } }).waitForReply());
    expect(buttonsOf(first).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', true],
      ['Next', false],
      ['Post to class', false],
    ]);
    const next = h.discord.clickButton({ message: first, customId: button(first, 'Next') });
    const second = structuredClone(await next.waitForReply({ until: (message) => embedsOf(message)[0]?.title?.startsWith('¶2 ') === true }));
    expect(second.id).toBe(first.id);
    expect(embedsOf(second)[0]?.description).toBe(essay().paragraphs[1]!.text);
    const back = h.discord.clickButton({ message: second, customId: button(second, 'Previous') });
    const again = await back.waitForReply({ until: (message) => embedsOf(message)[0]?.title?.startsWith('¶1 ') === true });
    expect(embedsOf(again)[0]?.description).toBe(essay().paragraphs[0]!.text);

    const last = await h.discord.sendCommand({ name: 'passage', options: { number: 31 } }).waitForReply();
    expect(buttonsOf(last).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', false],
      ['Next', true],
      ['Post to class', false],
    ]);
  });

  it.each([0, 32])('answers paragraph %i with the valid range, privately', async (number) => {
    const reply = await h.discord.sendCommand({ name: 'passage', options: { number } }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(leadText(reply)).toBe(`Paragraph ${number} does not exist: this reading has paragraphs 1–31.`);
  });

  it('autocompletes at most 25 paragraphs with previews, filtered by what is typed', async () => {
    const all = await h.discord.sendAutocomplete({ name: 'passage', options: { number: '' }, focused: 'number' }).waitForChoices();
    expect(all).toHaveLength(25);
    for (const choice of all) expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(all[0]?.name.startsWith('¶1 — In the initial years of the twenty-first century')).toBe(true);
    const typed = await h.discord.sendAutocomplete({ name: 'passage', options: { number: '3' }, focused: 'number' }).waitForChoices();
    expect(typed.map((choice) => choice.value)).toEqual([3, 30, 31]);
    const words = await h.discord.sendAutocomplete({ name: 'passage', options: { number: 'yasukuni' }, focused: 'number' }).waitForChoices();
    expect(words.length).toBeGreaterThan(0);
    for (const choice of words) expect(essay().paragraphs[Number(choice.value) - 1]!.text.toLowerCase()).toContain('yasukuni');
  });
});
