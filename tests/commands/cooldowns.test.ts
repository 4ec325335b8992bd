// Cooldowns end to end (the real bot against the fake Discord, on the harness's clock): the
// per-server cap on /ask, and the per-user and per-server limits on citing and proposing, each
// refused with a private notice that says when to try again.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COOLDOWN_RULES } from '../../src/discord/cooldowns.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const retryTime = (ms: number): string => `<t:${Math.ceil(ms / 1000)}:R>`;

describe('the per-server cap on /ask', () => {
  it('answers a whole class asking at once, then tells the next student when the class may ask again', async () => {
    const { perUser, perServer } = DEFAULT_COOLDOWN_RULES.ask;
    // Enough students that the server's limit is met before any one student's.
    const students = Math.ceil(perServer.limit / perUser.limit) + 1;
    h = await startDebateHarness({ students });
    const { discord, clock } = h;
    const started = clock.now();
    const asks = [];
    for (let n = 0; n < perServer.limit; n += 1) {
      const user = discord.users.student(Math.floor(n / perUser.limit) + 1);
      asks.push(discord.sendCommand({ name: 'ask', options: { question: `What is the SCO? (${n})` }, user }));
    }
    const replies = await Promise.all(asks.map((ask) => ask.waitForReply({ timeoutMs: 30_000 })));
    expect(replies.filter((reply) => embedsOf(reply).length > 0)).toHaveLength(perServer.limit);

    clock.advance(1000);
    const fresh = discord.users.student(students);
    const refused = await discord.sendCommand({ name: 'ask', options: { question: 'And the SCO?' }, user: fresh }).waitForReply();
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toBe(`The class is asking quickly: this is the server’s limit of 200 questions per 30 s for everyone together, not yours. Try again ${retryTime(started + perServer.windowMs)}.`);

    clock.advance(perServer.windowMs);
    const later = await discord.sendCommand({ name: 'ask', options: { question: 'And the SCO?' }, user: fresh }).waitForReply();
    expect(leadText(later)).toBe('**Your question:** And the SCO?');
  }, 60_000);
});

describe('citing', () => {
  it('lets a student cite three passages in 30 seconds, then says privately when to cite again', async () => {
    h = await startDebateHarness();
    const { discord, clock } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    const student = discord.users.student(1);
    const cite = (paragraph: number) => h!.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph } });
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'for' } });

    // A refused citation (no such paragraph) costs nothing.
    expect(leadText(await cite(99))).toMatch(/^Paragraph 99 does not exist/);
    const started = clock.now();
    for (const paragraph of [14, 15, 16]) {
      expect(leadText(await cite(paragraph))).toBe(`📖 **Student 1** (for the motion) cites ¶${paragraph}.`);
      clock.advance(1000);
    }
    const refused = await cite(17);
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toBe(`You're citing quickly: this is your own limit of 3 citations per 30 s. Try again ${retryTime(started + DEFAULT_COOLDOWN_RULES.cite.perUser.windowMs)}.`);
    expect(h.store().citations(h.store().debateByThread(threadId)!.id).map((c) => c.paragraph)).toEqual([14, 15, 16]);

    // Another student is not held back by the first one's limit.
    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(2), channelId: threadId, options: { side: 'against' } });
    expect(leadText(await h.run({ name: 'debate', sub: 'cite', user: discord.users.student(2), channelId: threadId, options: { paragraph: 20 } }))).toMatch(/^📖/);

    clock.advance(DEFAULT_COOLDOWN_RULES.cite.perUser.windowMs);
    expect(leadText(await cite(17))).toBe('📖 **Student 1** (for the motion) cites ¶17.');
  });
});

describe('proposing', () => {
  const propose = (n: number, user: Parameters<DebateHarness['run']>[0]['user']) =>
    h!.run({ name: 'debate', sub: 'propose', user, options: { motion: `This house believes that proposal number ${n} is worth a debate.`, paragraphs: '12' } });

  it('takes three proposals from a student in ten minutes, then says when to propose again', async () => {
    h = await startDebateHarness();
    const { discord, clock } = h;
    const student = discord.users.student(1);
    const started = clock.now();
    for (let n = 1; n <= 3; n += 1) expect(leadText(await propose(n, student))).toBe(`Proposal #${n} sent to the moderators. See their decision with \`/debate proposals\`.`);
    clock.advance(60_000);
    const refused = await propose(4, student);
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toBe(`You've proposed several motions just now: this is your own limit of 3 proposals per 10 min. Try again ${retryTime(started + DEFAULT_COOLDOWN_RULES.propose.perUser.windowMs)}.`);
    expect(h.store().proposalsBy(discord.guild.id, student.id)).toHaveLength(3);
  });

  it('takes ten proposals from a server in ten minutes, then tells the next student when', async () => {
    const { perUser, perServer } = DEFAULT_COOLDOWN_RULES.propose;
    const students = Math.ceil(perServer.limit / perUser.limit) + 1;
    h = await startDebateHarness({ students });
    const { discord, clock } = h;
    const started = clock.now();
    for (let n = 0; n < perServer.limit; n += 1) {
      expect((await propose(n, discord.users.student(Math.floor(n / perUser.limit) + 1))).content).toMatch(/^Proposal #\d+ sent/);
    }
    const refused = await propose(99, discord.users.student(students));
    expect(leadText(refused)).toBe(`Many motions were proposed here just now: this is the server’s limit of 10 proposals per 10 min for everyone together, not yours. Try again ${retryTime(started + perServer.windowMs)}.`);
    clock.advance(perServer.windowMs);
    expect(leadText(await propose(99, discord.users.student(students)))).toMatch(/^Proposal #11 sent/);
  });
});
