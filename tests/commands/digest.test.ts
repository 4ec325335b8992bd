// The teacher's digest end to end: the real bot against the fake Discord, its store in a
// throw-away DATA_DIR, a clock the test moves. Opting in, what /ask keeps (never who asked),
// Helpful / Not helpful with the form's reason, Ask the teacher (anonymous and named, no pings),
// /moderate digest and its CSV, pruning on the clock, and delete-server-data erasing it all.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { button, buttonsOf, expectNobodyPinged } from '../discord/bot-harness.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { cardsOf, DiscordErrors, embedsOf, messageText, type StoredMessage } from '../support/fake-discord/index.js';

const DAY = 86_400_000;
let h: DebateHarness;
let general: string;
let teachers: string;
beforeAll(async () => {
  h = await startDebateHarness({ guilds: [{ name: 'Class', channels: ['general', 'debates', 'teachers'] }] }, { global: true });
  general = h.discord.guild.channels['general']!;
  teachers = h.discord.guild.channels['teachers']!;
});
afterAll(async () => {
  await h?.stop();
});
// Each test starts outside the previous test's cooldown windows.
beforeEach(() => h.clock.advance(10 * 60_000));

const teacher = () => h.discord.users.teacher;
const student = (n: number) => h.discord.users.student(n);

async function settings(options: Record<string, string | number | boolean>): Promise<StoredMessage> {
  return h.run({ name: 'moderate', sub: 'settings', user: teacher(), options });
}
async function ask(question: string, n = 1, extra: Record<string, string | boolean> = {}): Promise<StoredMessage> {
  return structuredClone(await h.discord.sendCommand({ name: 'ask', options: { question, ...extra }, user: student(n), channelId: general }).waitForReply());
}
const keptRows = () => h.store().db.prepare('SELECT * FROM digest_questions ORDER BY id').all() as Record<string, unknown>[];
const voteRows = () => h.store().db.prepare('SELECT * FROM digest_votes').all() as Record<string, unknown>[];

describe('the teacher’s digest', () => {
  it('keeps nothing and shows no vote buttons until a moderator opts in; then keeps the words, never who asked', async () => {
    const before = await ask('Why did Russia move closer to China?');
    expect(buttonsOf(before).map((b) => b.label)).toEqual(['More passages', 'Post to class']);
    expect(keptRows()).toEqual([]);

    const shown = await settings({ 'keep-questions': true });
    // A V2 card stacks its fields line by line (no inline fields), so the field reads back without `inline`.
    expect(embedsOf(shown)[0]!.fields).toContainEqual({ name: 'Keep questions (digest)', value: 'On: kept 30 days, without who asked' });

    const after = await ask('Why did Russia move closer to China?', 2);
    expect(buttonsOf(after).map((b) => b.label)).toEqual(['More passages', 'Post to class', 'Helpful', 'Not helpful']);
    const rows = keptRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ question: 'Why did Russia move closer to China?', coverage: 'answered', shown_kind: 'paragraph', reading: 'russo-japanese-relations', asked_on: '2026-11-30' });
    expect(JSON.stringify(rows)).not.toContain(student(2).id);
    expectNobodyPinged(h.discord);
  });

  it('never keeps a question asked in a DM', async () => {
    const dm = structuredClone(await h.discord.sendCommand({ name: 'ask', options: { question: 'What is the role of the SCO?' }, user: student(1), dm: true }).waitForReply());
    expect(buttonsOf(dm).map((b) => b.label)).not.toContain('Helpful');
    expect(keptRows().map((row) => row['question'])).not.toContain('What is the role of the SCO?');
  });

  it('counts Helpful and Not helpful once per student, with the reason from the form', async () => {
    const answer = await ask('What is the role of the SCO?', 1);
    const questionId = keptRows().at(-1)!['id'];
    const helpful = h.discord.clickButton({ message: answer, customId: button(answer, 'Helpful'), user: student(1) });
    const thanks = await helpful.waitForReply();
    expect(isEphemeral(thanks)).toBe(true);
    expect(thanks.content).toMatch(/^Thanks — noted as helpful/);

    // The same student changes their mind: the vote changes, and the form asks why.
    const notHelpful = h.discord.clickButton({ message: answer, customId: button(answer, 'Not helpful'), user: student(1) });
    const form = await notHelpful.waitForCallback();
    expect(form.type).toBe(9);
    expect(form.data?.['custom_id']).toBe(`ask:why:${String(questionId)}`);
    const submitted = h.discord.submitModal({ interaction: notHelpful, values: { reason: 'I wanted the *1990s* @everyone' } });
    const noted = await submitted.waitForReply();
    expect(isEphemeral(noted)).toBe(true);
    expect(noted.content).toContain('and why. They never see who said it.');

    const votes = voteRows().filter((vote) => vote['question_id'] === questionId);
    expect(votes).toEqual([{ question_id: questionId, voter_key: expect.stringMatching(/^[0-9a-f]{32}$/), helpful: 0, reason: 'I wanted the *1990s* @everyone' }]);
    expect(JSON.stringify(voteRows())).not.toContain(student(1).id);
    expectNobodyPinged(h.discord);
  });

  it('shows a moderator the passages asked about, the questions the reading could not answer (escaped), the feedback and the days', async () => {
    await ask('What is the best recipe for banana bread? <@123456789012345678> **bold**', 3);
    h.clock.advance(DAY);
    await ask('What does the essay say about the Kuril islands and Brexit?', 3);
    const digest = await h.run({ name: 'moderate', sub: 'digest', user: teacher() });
    expect(isEphemeral(digest)).toBe(true);
    const embed = embedsOf(digest)[0]!;
    expect(embed.title).toMatch(/^What the class asked — the last 7 days/);
    const field = (name: RegExp) => embed.fields!.find((f) => name.test(f.name))!.value;
    // The passage's exact opening, cut between words.
    const passages = field(/^Most-asked passages/);
    expect(passages).toMatch(/^\*\*¶\d+\*\* · 1 question — “[^”]+…”$/m);
    const weak = field(/^Found nothing/);
    expect(weak).toContain('∅ What is the best recipe for banana bread? \\<@123456789012345678\\> \\*\\*bold\\*\\*');
    expect(weak).toContain('◐ What does the essay say about the Kuril islands and Brexit?');
    expect(field(/^Feedback/)).toContain('👍 Helpful: 0 · 👎 Not helpful: 1');
    expect(field(/^Feedback/)).toContain('“I wanted the \\*1990s\\* @\u200beveryone”');
    expect(field(/^Questions per day/)).toMatch(/^[^\n]+: 3\n[^\n]+: 1$/);
    expectNobodyPinged(h.discord);
  });

  it('refuses the digest to students', async () => {
    const refused = await h.run({ name: 'moderate', sub: 'digest', user: student(1) });
    expect(refused.content).toMatch(/^Only moderators can do that/);
    expect(refused.embeds).toEqual([]);
    expect(cardsOf(refused)).toEqual([]);
  });

  it('exports every kept question as a CSV file with a byte-order mark, escaped for spreadsheets', async () => {
    await ask('=SUM(A1), "quoted", and more', 2);
    const exported = await h.run({ name: 'moderate', sub: 'digest-export', user: teacher() });
    expect(isEphemeral(exported)).toBe(true);
    const file = exported.attachments[0]!;
    expect(file.filename).toMatch(/^asked-questions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.content.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('day,reading,question,coverage,first passage shown,helpful,not helpful,reasons');
    expect(lines).toContainEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2},russo-japanese-relations,"'=SUM\(A1\), ""quoted"", and more",/));
    expect(lines.filter((line) => line !== '')).toHaveLength(keptRows().length + 1);
    expect(file.content.toString('utf8')).not.toContain(student(2).id);
  });

  it('sends a question the reading could not answer to the teacher channel, anonymously or named, without pinging', async () => {
    const none = await ask('What is the best recipe for banana bread?', 1);
    expect(buttonsOf(none).map((b) => b.label)).not.toContain('Ask the teacher');
    await settings({ 'teacher-channel': teachers });

    const answered = await ask('Why did Russia move closer to China?', 1);
    expect(buttonsOf(answered).map((b) => b.label)).not.toContain('Ask the teacher');

    const weak = await ask('What is the best recipe for @everyone banana bread?', 1);
    const offer = structuredClone(await h.discord.clickButton({ message: weak, customId: button(weak, 'Ask the teacher'), user: student(1) }).waitForReply());
    expect(isEphemeral(offer)).toBe(true);
    expect(offer.content).toContain(`<#${teachers}>`);
    // Someone else may not send another student's question.
    const stranger = await h.discord.clickButton({ message: weak, customId: button(weak, 'Ask the teacher'), user: student(2) }).waitForReply();
    expect(stranger.content).toMatch(/^Only the student who asked/);

    const send = h.discord.clickButton({ message: offer, customId: button(offer, 'Send without my name'), user: student(1) });
    const sent = await send.waitForReply({ until: (message) => message.edits > offer.edits });
    expect(sent.content).toBe(`Sent to your teachers in <#${teachers}>, without your name.`);
    expect(buttonsOf(sent)).toEqual([]);
    const anonymous = await h.discord.waitForMessage(teachers);
    expect(anonymous.content).toContain('A student (who chose not to give their name)');
    expect(anonymous.content).toContain('> What is the best recipe for @\u200beveryone banana bread?');
    expect(messageText(anonymous)).not.toContain('Student 1');

    const partial = await ask('What does the essay say about the Kuril islands and Brexit?', 2);
    const offer2 = structuredClone(await h.discord.clickButton({ message: partial, customId: button(partial, 'Ask the teacher'), user: student(2) }).waitForReply());
    await h.discord.clickButton({ message: offer2, customId: button(offer2, 'Send with my name'), user: student(2) }).waitForReply({ until: (m) => m.edits > offer2.edits });
    const named = await h.discord.waitForMessage(teachers, (message) => message.content.includes('Student 2'));
    expect(named.content).toMatch(/^📮 \*\*Question for the teacher\*\* — \*\*Student 2\*\* asked `\/ask`, and I found only part of an answer/);
    for (const message of h.discord.channelMessages(teachers)) expect(message.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
    expectNobodyPinged(h.discord);
  });

  it('limits how many questions one student sends to the teachers, politely', async () => {
    const sendOne = async (question: string): Promise<StoredMessage> => {
      const weak = await ask(question, 1);
      const offer = structuredClone(await h.discord.clickButton({ message: weak, customId: button(weak, 'Ask the teacher'), user: student(1) }).waitForReply());
      return h.discord.clickButton({ message: offer, customId: button(offer, 'Send without my name'), user: student(1) }).waitForReply({ until: (m) => m.edits > offer.edits || m.id !== offer.id });
    };
    for (const cake of ['apple', 'cherry', 'plum']) expect((await sendOne(`How do I bake a ${cake} pie?`)).content).toMatch(/^Sent to your teachers/);
    const refused = await sendOne('How do I bake a pear pie?');
    expect(isEphemeral(refused)).toBe(true);
    expect(refused.content).toMatch(/^You've sent several questions to your teachers just now: this is your own limit of 3 questions to the teacher per 10 min\. Try again <t:\d+:R>\.$/);
    expect(h.discord.channelMessages(teachers).some((m) => m.content.includes('pear pie'))).toBe(false);
  });

  it('tells the student privately when Discord refuses the post in the teacher channel', async () => {
    const weak = await ask('How do I bake a quince pie?', 2);
    const offer = structuredClone(await h.discord.clickButton({ message: weak, customId: button(weak, 'Ask the teacher'), user: student(2) }).waitForReply());
    h.discord.failNext({ method: 'POST', path: `/channels/${teachers}/messages`, ...DiscordErrors.MissingPermissions });
    const failed = await h.discord.clickButton({ message: offer, customId: button(offer, 'Send with my name'), user: student(2) }).waitForReply({ until: (m) => m.edits > offer.edits });
    expect(failed.content).toBe(`I could not post in <#${teachers}>. Tell your teacher in class; they may need to give me **Send Messages** there.`);
    expect(h.discord.channelMessages(teachers).some((m) => m.content.includes('quince'))).toBe(false);
  });

  it('works for Ask the teacher even when the server keeps no questions', async () => {
    await settings({ 'keep-questions': false });
    const weak = await ask('What is the best recipe for lemon cake?', 3);
    expect(buttonsOf(weak).map((b) => b.label)).toEqual(['Ask the teacher']);
    expect(keptRows()).toEqual([]);
    const offer = structuredClone(await h.discord.clickButton({ message: weak, customId: button(weak, 'Ask the teacher'), user: student(3) }).waitForReply());
    await h.discord.clickButton({ message: offer, customId: button(offer, 'Send without my name'), user: student(3) }).waitForReply({ until: (m) => m.edits > offer.edits });
    await h.discord.waitForMessage(teachers, (message) => message.content.includes('lemon cake'));
    const off = await h.run({ name: 'moderate', sub: 'digest', user: teacher() });
    expect(off.content).toMatch(/^This server does not keep questions.*keep-questions: True/);
  });

  it('forgets questions once their retention runs out: at start, measured on the bot’s clock', async () => {
    await settings({ 'keep-questions': true, 'question-retention-days': 2 });
    await ask('What is the role of the SCO?', 1);
    expect(keptRows()).toHaveLength(1);
    h.clock.advance(DAY);
    await h.restart();
    expect(keptRows()).toHaveLength(1);
    h.clock.advance(DAY);
    await h.restart();
    expect(keptRows()).toEqual([]);
  });

  it('erases kept questions and votes with delete-server-data, and says so', async () => {
    await settings({ 'keep-questions': true });
    const answer = await ask('Why did Russia move closer to China?', 2);
    await h.discord.clickButton({ message: answer, customId: button(answer, 'Helpful'), user: student(2) }).waitForReply();
    expect(h.store().countGuildRows(h.discord.guild.id)).toMatchObject({ digest_questions: 1, digest_votes: 1 });
    const deleted = await h.run({ name: 'moderate', sub: 'delete-server-data', user: teacher(), options: { confirm: 'DELETE' } });
    expect(deleted.content).toContain('1 question kept for the digest with their Helpful / Not helpful votes');
    expect(h.store().countGuildRows(h.discord.guild.id)).toMatchObject({ digest_questions: 0, digest_votes: 0, guild_settings: 0 });
    // Keeping is off again: a new question is not kept.
    await ask('Why did Russia move closer to China?', 2);
    expect(keptRows()).toEqual([]);
  });
});
