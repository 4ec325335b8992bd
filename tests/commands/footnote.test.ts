// /footnote end to end: the real bot and discord.js client against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { button, buttonsOf, essayEngine, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
});
afterAll(async () => {
  await h?.stop();
});

const essay = () => essayEngine().corpus.readings[0]!;

describe('/footnote', () => {
  it('gives the footnote whole, privately, with the sentence that cites it', async () => {
    const footnote = essay().footnotes.find((f) => f.number === 4)!;
    const ask = h.discord.sendCommand({ name: 'footnote', options: { number: 4 } });
    const reply = await ask.waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(embedsOf(reply)[0]?.title).toBe(`Footnote 4 — ${essay().title}`);
    expect(embedsOf(reply)[0]?.description).toBe(footnote.text);
    const cited = embedsOf(reply)[0]?.fields?.[0];
    expect(cited?.name).toBe(`Cited in ¶${footnote.citedBy[0]}`);
    expect(cited?.value).toContain('⁴');
    expect(essay().paragraphs[footnote.citedBy[0]! - 1]!.text).toContain(cited!.value);
    expect(embedsOf(reply)[0]?.fields?.at(-1)).toEqual({ name: 'Cite as', value: '`Yokote, "Russo-Japanese Relations", n. 4`' });
    expectNobodyPinged(h.discord);
  });

  it('opens the citing paragraph from its button', async () => {
    const reply = await h.discord.sendCommand({ name: 'footnote', options: { number: 1 } }).waitForReply();
    const click = h.discord.clickButton({ message: reply, customId: button(reply, 'Read ¶1') });
    const passage = await click.waitForReply({ until: (message) => embedsOf(message)[0]?.title?.startsWith('¶1 ') === true });
    expect(embedsOf(passage)[0]?.description).toBe(essay().paragraphs[0]!.text);
  });

  it.each([0, 99, -3])('answers footnote %i with the valid range, privately', async (number) => {
    const reply = await h.discord.sendCommand({ name: 'footnote', options: { number } }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(leadText(reply)).toBe(`Footnote ${number} does not exist: this reading has footnotes 1–6.`);
    expect(embedsOf(reply)).toEqual([]);
  });

  it('autocompletes every footnote with a short preview', async () => {
    const choices = await h.discord.sendAutocomplete({ name: 'footnote', options: { number: '' }, focused: 'number' }).waitForChoices();
    expect(choices.map((choice) => choice.value)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choices[0]?.name.startsWith('Footnote 1 — See, for example, Bobo Lo')).toBe(true);
  });

  it('filters the choices by what is typed: a number or words', async () => {
    const byNumber = await h.discord.sendAutocomplete({ name: 'footnote', options: { number: '4' }, focused: 'number' }).waitForChoices();
    expect(byNumber.map((choice) => choice.value)).toEqual([4]);
    const byWords = await h.discord.sendAutocomplete({ name: 'footnote', options: { number: 'olcott oil' }, focused: 'number' }).waitForChoices();
    expect(byWords.map((choice) => choice.value)).toEqual([4]);
  });

  it('works in a direct message, where there is no server or member', async () => {
    // Only global commands reach DMs: deploy them globally too, as a class without a guild id would.
    await deployCommands({ ...h.config, discordGuildId: undefined }, commands.map((command) => command.data), createSilentLogger());
    const reply = await h.discord.sendCommand({ name: 'footnote', options: { number: 2 }, dm: true }).waitForReply();
    expect(embedsOf(reply)[0]?.title).toBe(`Footnote 2 — ${essay().title}`);
    expect(buttonsOf(reply).map((b) => b.label)).toEqual(['Read ¶10']);
  });
});
