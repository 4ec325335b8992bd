// A course of several readings end to end in Discord: the real bot and discord.js against the fake
// Discord, over the essay, a second reading that sorts before it, and a broken reading left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineForCorpus } from '../../src/answers/answer-engine.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { commands } from '../../commands/index.js';
import { isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { makeCourseFolder, type CourseFolder } from '../support/course-folder.js';
import { embedsOf, type StoredMessage, leadText } from '../support/fake-discord/index.js';

let course: CourseFolder;
let h: BotHarness;
const ESSAY = 'russo-japanese-relations';
const ESSAY_TITLE = 'Russo-Japanese Relations in the New Strategic Environment';
const ARCTIC_TITLE = 'Arctic Shipping and the Northern Sea Route';

beforeAll(async () => {
  course = makeCourseFolder();
  h = await startBotHarness({ engine: engineForCorpus(course.dir, loadCorpus(course.dir)) });
});
afterAll(async () => {
  await h?.stop();
  course?.cleanup();
});

const fieldNames = (message: StoredMessage): string[] => embedsOf(message)[0]?.fields?.map((f) => f.name) ?? [];

describe('several readings in Discord', () => {
  it('uses the first reading by default and the named one with reading:, so passage 12 of the essay is found', async () => {
    const first = await h.discord.sendCommand({ name: 'passage', options: { number: 2 } }).waitForReply();
    expect(embedsOf(first)[0]?.title).toBe(`¶2 — ${ARCTIC_TITLE}`);
    const named = await h.discord.sendCommand({ name: 'passage', options: { number: 12, reading: ESSAY } }).waitForReply();
    expect(embedsOf(named)[0]?.title).toBe(`¶12 — ${ESSAY_TITLE}`);
    const footnote = await h.discord.sendCommand({ name: 'footnote', options: { number: 3, reading: ESSAY } }).waitForReply();
    expect(embedsOf(footnote)[0]?.title).toBe(`Footnote 3 — ${ESSAY_TITLE}`);
    const unknown = await h.discord.sendCommand({ name: 'passage', options: { number: 1, reading: 'nope' } }).waitForReply();
    expect(isEphemeral(unknown)).toBe(true);
    expect(leadText(unknown)).toBe('There is no reading "nope": the readings are arctic-shipping, russo-japanese-relations.');
  });

  it('autocompletes readings with title and author, and "All readings" for /ask', async () => {
    const choices = await h.discord.sendAutocomplete({ name: 'passage', options: { number: 1, reading: '' }, focused: 'reading' }).waitForChoices();
    expect(choices).toEqual([
      { name: `${ARCTIC_TITLE} — LARSEN Ida`, value: 'arctic-shipping' },
      { name: `${ESSAY_TITLE} — YOKOTE Shinji`, value: ESSAY },
    ]);
    const typed = await h.discord.sendAutocomplete({ name: 'ask', options: { question: 'x', reading: 'yokote' }, focused: 'reading' }).waitForChoices();
    expect(typed).toEqual([{ name: `${ESSAY_TITLE} — YOKOTE Shinji`, value: ESSAY }]);
    const all = await h.discord.sendAutocomplete({ name: 'ask', options: { question: 'x', reading: '' }, focused: 'reading' }).waitForChoices();
    expect(all[0]).toEqual({ name: 'All readings', value: 'all' });
    // The paragraph previews follow the reading chosen so far.
    const previews = await h.discord.sendAutocomplete({ name: 'passage', options: { number: '', reading: ESSAY }, focused: 'number' }).waitForChoices();
    expect(previews).toHaveLength(25);
  });

  it('lists the readings in /help, with the broken one shown to moderators only', async () => {
    const student = await h.discord.sendCommand({ name: 'help', user: h.discord.users.student(1) }).waitForReply();
    expect(fieldNames(student)).toEqual(expect.arrayContaining([`Current reading: ${ARCTIC_TITLE}`, `Reading: ${ESSAY_TITLE}`]));
    expect(JSON.stringify(embedsOf(student))).not.toContain('spreadsheet-export');
    const teacher = await h.discord.sendCommand({ name: 'help', user: h.discord.users.teacher }).waitForReply();
    const broken = embedsOf(teacher)[0]?.fields?.find((f) => f.name === 'Readings left out (moderators only)');
    expect(broken?.value).toContain(`${course.brokenFile}:5: a control character (U+0000)`);
  });

  it('follows the server\'s current reading once a moderator sets it, in /passage, /ask and /help', async () => {
    const set = await h.discord.sendCommand({ name: 'moderate', subcommand: 'settings', options: { reading: ESSAY }, user: h.discord.users.teacher }).waitForReply();
    expect(embedsOf(set)[0]?.fields).toContainEqual({ name: 'Current reading', value: `${ESSAY_TITLE} (${ESSAY})` });
    const passage = await h.discord.sendCommand({ name: 'passage', options: { number: 12 } }).waitForReply();
    expect(embedsOf(passage)[0]?.title).toBe(`¶12 — ${ESSAY_TITLE}`);
    const help = await h.discord.sendCommand({ name: 'help', user: h.discord.users.student(2) }).waitForReply();
    expect(fieldNames(help)).toEqual(expect.arrayContaining([`Current reading: ${ESSAY_TITLE}`, `Reading: ${ARCTIC_TITLE}`]));
    // The current reading's answers only; reading:all reaches the other reading.
    const own = await h.discord.sendCommand({ name: 'ask', options: { question: 'Murmansk port authority ships', private: true }, user: h.discord.users.student(2) }).waitForReply();
    expect(JSON.stringify(embedsOf(own))).not.toContain(ARCTIC_TITLE);
    const all = await h.discord.sendCommand({ name: 'ask', options: { question: 'Murmansk port authority ships', reading: 'all', private: true }, user: h.discord.users.student(3) }).waitForReply();
    expect(embedsOf(all)[0]?.title).toContain(ARCTIC_TITLE);
    const refused = await h.discord.sendCommand({ name: 'moderate', subcommand: 'settings', options: { reading: ESSAY }, user: h.discord.users.student(1) }).waitForReply();
    expect(isEphemeral(refused)).toBe(true);
  });

  it('in a DM uses the first reading and says so', async () => {
    // Deployed globally, as for DMs.
    await deployCommands({ ...h.config, discordGuildId: undefined }, commands.map((command) => command.data), createSilentLogger());
    const reply = await h.discord.sendCommand({ name: 'passage', options: { number: 1 }, dm: true }).waitForReply();
    expect(embedsOf(reply)[0]?.title).toBe(`¶1 — ${ARCTIC_TITLE}`);
    expect(leadText(reply)).toContain(`No server here, so this is the first reading, *${ARCTIC_TITLE}*`);
  });
});
