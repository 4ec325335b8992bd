// The moderator's command from the other side: students refused on every action (even though
// Discord would hide it from them), the moderator role setting, commands outside a debate thread
// or in a DM, a missing thread permission named to the moderator, the proposal queue, settings
// and deleting a server's data — all through the fake Discord and the real client.
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { RECORDS_BEING_DELETED } from '../../commands/moderate/records.js';
import { NOT_IN_A_SERVER } from '../../src/views/discord/refusals.js';
import { NOT_A_MODERATOR } from '../../src/views/discord/refusals.js';
import { DEFAULT_BOT_PERMISSIONS, type SimpleOptions, embedsOf, leadText } from '../support/fake-discord/index.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function openDebate(harness: DebateHarness, motion = 'sco-effective-instrument'): Promise<string> {
  const opened = await harness.run({ name: 'moderate', sub: 'open', user: harness.discord.users.teacher, options: { motion } });
  const id = /<#(\d+)>/.exec(leadText(opened))?.[1];
  if (id === undefined) throw new Error(`debate not opened: ${leadText(opened)}`);
  return id;
}

describe('moderator actions', () => {
  it('refuses a student every moderator action with a private message, changing nothing', async () => {
    h = await startDebateHarness();
    const threadId = await openDebate(h);
    const student = h.discord.users.student(1);
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'for' } });
    await h.run({ name: 'debate', sub: 'raise-hand', user: student, channelId: threadId });
    await h.run({ name: 'debate', sub: 'propose', user: student, channelId: threadId, options: { motion: 'This house believes the SCO is a paper tiger.', paragraphs: '21' } });
    const attempts: [string, SimpleOptions | undefined][] = [
      ['open', { motion: 'china-reliable-partner' }],
      ['pause', undefined],
      ['resume', undefined],
      ['close', undefined],
      ['next', { seconds: 60 }],
      ['export', undefined],
      ['proposals', undefined],
      ['approve', { proposal: 1 }],
      ['reject', { proposal: 1, reason: 'Not about the essay.' }],
      ['settings', { 'ask-private': false }],
      ['delete-server-data', { confirm: 'DELETE' }],
    ];
    for (const [sub, options] of attempts) {
      const refused = await h.run({ name: 'moderate', sub, user: student, channelId: threadId, ...(options === undefined ? {} : { options }) });
      expect(leadText(refused), sub).toBe(NOT_A_MODERATOR);
      expect(isEphemeral(refused), sub).toBe(true);
      expect(refused.attachments, sub).toEqual([]);
    }
    const store = h.store();
    const debate = store.debateByThread(threadId)!;
    expect(debate.status).toBe('open');
    expect(store.queue(debate.id).map((hand) => hand.userId)).toEqual([student.id]);
    expect(store.proposals(h.discord.guild.id, 'pending')).toHaveLength(1);
    expect(store.getSettings(h.discord.guild.id).askPrivate).toBe(true);
    expect(store.liveDebates()).toHaveLength(1);
    expect(h.discord.channel(threadId)).toMatchObject({ locked: false, archived: false });
    expect(h.discord.threads).toHaveLength(1);
  });

  it("accepts the server's moderator role in place of Manage Threads", async () => {
    h = await startDebateHarness();
    const threadId = await openDebate(h);
    const teacher = h.discord.users.teacher;
    // The teacher holds the Moderator role; without Manage Threads the role alone must do.
    const sendRoleOnly = () => h!.discord.sendCommand({ name: 'moderate', subcommand: 'pause', user: teacher, channelId: threadId, memberPermissions: PermissionFlagsBits.SendMessages }).waitForReply();
    expect(leadText(await sendRoleOnly())).toBe(NOT_A_MODERATOR);
    const set = await h.run({ name: 'moderate', sub: 'settings', user: teacher, options: { 'moderator-role': h.discord.guild.roles.moderator } });
    expect(embedsOf(set)[0]?.fields?.find((f) => f.name === 'Moderator role')?.value).toBe(`<@&${h.discord.guild.roles.moderator}>`);
    expect(leadText(await sendRoleOnly())).toMatch(/^⏸️ The debate is paused/);
  });
});

describe('where debate commands work', () => {
  it('answers politely in a channel that is not a debate thread, pointing to the open debates', async () => {
    h = await startDebateHarness();
    const general = h.discord.guild.channels['general']!;
    const student = h.discord.users.student(2);
    expect(leadText(await h.run({ name: 'debate', sub: 'join', user: student, channelId: general, options: { side: 'for' } }))).toBe(
      'This command works inside a debate’s thread. No debate is open in this server right now.',
    );
    const threadId = await openDebate(h);
    const outside = await h.run({ name: 'debate', sub: 'cite', user: student, channelId: general, options: { paragraph: 3 } });
    expect(leadText(outside)).toBe(`This command works inside a debate’s thread. Open debates: <#${threadId}>.`);
    expect(isEphemeral(outside)).toBe(true);
    expect(leadText(await h.run({ name: 'moderate', sub: 'next', user: h.discord.users.teacher, channelId: general }))).toMatch(/^This command works inside a debate’s thread/);
  });

  it('answers politely in a direct message', async () => {
    h = await startDebateHarness({}, { global: true });
    const student = h.discord.users.student(1);
    const dm = await h.run({ name: 'debate', sub: 'status', user: student, dm: true });
    expect(leadText(dm)).toBe(NOT_IN_A_SERVER);
    expect(isEphemeral(dm)).toBe(true);
    expect(leadText(await h.run({ name: 'moderate', sub: 'close', user: h.discord.users.teacher, dm: true }))).toBe(NOT_IN_A_SERVER);
  });
});

describe('opening without the thread permission', () => {
  it('tells the moderator which permission the bot lacks, and leaves nothing behind', async () => {
    h = await startDebateHarness({ botPermissions: DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.CreatePublicThreads });
    const refused = await h.run({ name: 'moderate', sub: 'open', user: h.discord.users.teacher, options: { motion: 'china-reliable-partner' } });
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toBe(`I cannot open a thread for the debate in <#${h.debatesChannel}>: I am missing **Create Public Threads** there. Give me that permission and try again.`);
    expect(h.discord.threads).toEqual([]);
    expect(h.discord.channelMessages(h.debatesChannel)).toEqual([]);
    expect(h.store().liveDebates()).toEqual([]);

    // Once the permission is given, the same command works.
    h.discord.setBotPermissions(DEFAULT_BOT_PERMISSIONS);
    await h.discord.waitForQuiet();
    expect(leadText(await h.run({ name: 'moderate', sub: 'open', user: h.discord.users.teacher, options: { motion: 'china-reliable-partner' } }))).toMatch(/^Debate opened in <#\d+>\.$/);
  });
});

describe('the proposal queue', () => {
  it('lets students propose, moderators reject with a reason the student sees, and approve into a motion', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const teacher = discord.users.teacher;
    const student = discord.users.student(3);
    const first = await h.run({ name: 'debate', sub: 'propose', user: student, options: { motion: 'Japan should *ignore* Russia', paragraphs: '24, 25' } });
    expect(leadText(first)).toBe('Proposal #1 sent to the moderators. See their decision with `/debate proposals`.');
    await h.run({ name: 'debate', sub: 'propose', user: student, options: { motion: 'This house believes that Russia will stay in the G8.', paragraphs: '¶13, 9-10' } });
    expect(leadText(await h.run({ name: 'debate', sub: 'propose', user: student, options: { motion: 'This house believes in ¶99 only.', paragraphs: '99' } }))).toBe(
      'I could not take that proposal. Paragraph 99 does not exist: this reading has paragraphs 1–31.',
    );

    const queue = await h.run({ name: 'moderate', sub: 'proposals', user: teacher });
    expect(embedsOf(queue)[0]?.fields?.map((f) => f.name)).toEqual(['#1 · pending', '#2 · pending']);
    expect(embedsOf(queue)[0]?.fields?.[0]?.value).toBe(`This house believes that Japan should \\*ignore\\* Russia\nProposed by <@${student.id}>\nEvidence: ¶24, ¶25\nWaiting for a moderator.`);
    const offered = await discord.sendAutocomplete({ name: 'moderate', subcommand: 'approve', user: teacher, channelId: h.debatesChannel, options: { proposal: '' }, focused: 'proposal' }).waitForChoices();
    expect(offered.map((c) => c.value)).toEqual([1, 2]);

    expect(leadText(await h.run({ name: 'moderate', sub: 'reject', user: teacher, options: { proposal: 1, reason: 'The essay argues the opposite; find its evidence.' } }))).toBe(
      'Rejected proposal #1. The student sees your reason with `/debate proposals`.',
    );
    expect(leadText(await h.run({ name: 'moderate', sub: 'approve', user: teacher, options: { proposal: 2 } }))).toMatch(/^Approved proposal #2\./);
    expect(leadText(await h.run({ name: 'moderate', sub: 'approve', user: teacher, options: { proposal: 1 } }))).toBe('Proposal #1 was already rejected.');

    const mine = await h.run({ name: 'debate', sub: 'proposals', user: student });
    expect(embedsOf(mine)[0]?.fields?.map((f) => f.value.split('\n').at(-1))).toEqual([
      'Approved: it is now one of this server’s motions.',
      'Not accepted. Reason: The essay argues the opposite; find its evidence.',
    ]);

    const motions = await discord.sendAutocomplete({ name: 'moderate', subcommand: 'open', user: teacher, channelId: h.debatesChannel, options: { motion: 'G8' }, focused: 'motion' }).waitForChoices();
    expect(motions.map((c) => c.value)).toContain('server-1');
    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, options: { motion: 'server-1' } });
    expect(leadText(opened)).toMatch(/^Debate opened/);
    const post = discord.channelMessages(h.debatesChannel).at(-1)!;
    expect(embedsOf(post)[0]?.title).toBe('This house believes that Russia will stay in the G8.');
    expect(embedsOf(post)[0]?.fields?.map((f) => f.name)).toEqual(['¶9 · context', '¶10 · context', '¶13 · context']);
  });
});

describe('settings and server data', () => {
  it('opens debates in the configured channel and deletes everything on confirmation only', async () => {
    h = await startDebateHarness();
    const teacher = h.discord.users.teacher;
    const general = h.discord.guild.channels['general']!;
    const shown = await h.run({ name: 'moderate', sub: 'settings', user: teacher, channelId: general });
    expect(embedsOf(shown)[0]?.fields?.map((f) => f.value)).toEqual(['Private by default', 'None (Manage Threads only)', 'Wherever /moderate open is used', 'Russo-Japanese Relations in the New Strategic Environment (russo-japanese-relations)', 'Off: nothing is kept', 'None (no “Ask the teacher” button)']);
    await h.run({ name: 'moderate', sub: 'settings', user: teacher, channelId: general, options: { 'debate-channel': h.debatesChannel, 'ask-private': false } });
    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, channelId: general, options: { motion: 'japan-drop-territorial-goal' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))?.[1];
    expect(h.discord.channel(threadId ?? '')?.parentId).toBe(h.debatesChannel);
    await h.run({ name: 'debate', sub: 'join', user: h.discord.users.student(1), channelId: threadId!, options: { side: 'for' } });

    expect(leadText(await h.run({ name: 'moderate', sub: 'delete-server-data', user: teacher, channelId: general, options: { confirm: 'yes' } }))).toMatch(/^Nothing deleted\./);
    expect(h.store().liveDebates()).toHaveLength(1);
    const deleted = await h.run({ name: 'moderate', sub: 'delete-server-data', user: teacher, channelId: general, options: { confirm: 'DELETE' } });
    expect(leadText(deleted)).toMatch(/^Deleted everything stored for this server: 1 debate with their sides/);
    // The debate still open was said so, in its thread, before its records went, and locked.
    expect(leadText(deleted)).toContain(`1 debate was still open (<#${threadId}>): I said so in its thread and locked it.`);
    expect(h.discord.channelMessages(threadId!).at(-1)?.content).toBe(RECORDS_BEING_DELETED);
    expect(h.discord.channel(threadId!)?.locked).toBe(true);
    expect(Object.values(h.store().countGuildRows(h.discord.guild.id)).every((n) => n === 0)).toBe(true);
    expect(h.store().getSettings(h.discord.guild.id).askPrivate).toBe(true);
    // Afterwards a command in that old thread says the debate's records were deleted.
    for (const [name, sub] of [['debate', 'status'], ['moderate', 'export']] as const) {
      const after = await h.run({ name, sub, user: name === 'debate' ? h.discord.users.student(1) : teacher, channelId: threadId! });
      expect(leadText(after), sub).toMatch(/^This thread’s debate records were deleted by a moderator \(`\/moderate delete-server-data`\), so there is no debate here any more\./);
      expect(isEphemeral(after)).toBe(true);
    }
  });
});
