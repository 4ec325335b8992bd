// Crash safety with the whole bot as a child process (`node dist/src/index.js`, what `npm start`
// runs) against the fake Discord: killed with SIGKILL in the middle of debate activity and started
// again, 20 times, its database opens sound and holds every action the bot acknowledged; a debate
// goes on in the same thread after a kill; and a close the bot recorded but died before applying
// in Discord is applied when it starts again.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { DATABASE_FILE } from '../../src/debate/store.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { startFakeDiscord, type FakeDiscord, type FakeInteraction, type FakeUser, type SimpleOptions, embedsOf, leadText } from '../support/fake-discord/index.js';
import { mulberry32 } from '../support/seeded-random.js';

const BOT_ENTRY = path.resolve('dist/src/index.js');
const KILLS = 20;
/** Each kill lands this long (at most) after a round's burst of actions starts. */
const KILL_WITHIN_MS = 120;
const NOBODY = { everyone: false, users: [], roles: [], repliedUser: false };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface BotProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The fake Discord, a data folder, and the bot run in it as a process: started, killed, stopped. */
interface Rig {
  readonly discord: FakeDiscord;
  readonly dataDir: string;
  /** Everything every bot process wrote (stdout and stderr). */
  output(): string;
  /** Starts a bot process and waits for its own READY (a new IDENTIFY). */
  start(): Promise<void>;
  /** SIGKILL: no cleanup, no flush, no goodbye. */
  kill(): Promise<void>;
  /** SIGTERM, as a process manager stops it; resolves with the exit. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Runs a command as `user` and waits for its reply. */
  run(spec: { name: 'debate' | 'moderate'; sub: string; user: FakeUser; channelId: string; options?: SimpleOptions }): Promise<FakeInteraction>;
  /** Reads the bot's database file with a read-only connection of its own. */
  read<T>(fn: (db: Database.Database) => T): T;
}

async function startRig(students: number): Promise<Rig> {
  expect(existsSync(BOT_ENTRY), 'run `npm run build` first (npm test does it)').toBe(true);
  const discord = await startFakeDiscord({ students });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-crash-'));
  let bot: BotProcess | undefined;
  let starts = 0;
  let output = '';
  cleanups.push(async () => {
    bot?.child.kill('SIGKILL');
    if (bot !== undefined) await withTimeout(bot.exited, 10_000, 'the bot to die in cleanup').catch(() => undefined);
    await discord.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await deployCommands(
    loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id }),
    commands.map((command) => command.data),
    createSilentLogger(),
  );
  const rig: Rig = {
    discord,
    dataDir,
    output: () => output,
    async start() {
      const child = spawn(process.execPath, [BOT_ENTRY], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      bot = { child, exited };
      starts += 1;
      await discord.waitForReady({ identifies: starts, timeoutMs: 30_000 });
    },
    async kill() {
      if (bot === undefined) return;
      const { child, exited } = bot;
      child.kill('SIGKILL');
      expect((await withTimeout(exited, 10_000, 'the bot to die of SIGKILL')).signal).toBe('SIGKILL');
      bot = undefined;
    },
    async stop() {
      if (bot === undefined) throw new Error('no bot is running');
      const { child, exited } = bot;
      child.kill('SIGTERM');
      const exit = await withTimeout(exited, 20_000, 'the bot to stop after SIGTERM');
      bot = undefined;
      return exit;
    },
    async run(spec) {
      const interaction = discord.sendCommand({ name: spec.name, subcommand: spec.sub, user: spec.user, channelId: spec.channelId, ...(spec.options === undefined ? {} : { options: spec.options }) });
      await interaction.waitForReply({ timeoutMs: 10_000 });
      return interaction;
    },
    read(fn) {
      const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
      try {
        return fn(db);
      } finally {
        db.close();
      }
    },
  };
  await rig.start();
  return rig;
}

/** Opens a debate as the teacher and returns its thread. */
async function openDebate(rig: Rig, motion: string): Promise<string> {
  const debates = rig.discord.guild.channels['debates'];
  if (debates === undefined) throw new Error('test setup: the fake guild has no #debates');
  const opened = await rig.run({ name: 'moderate', sub: 'open', user: rig.discord.users.teacher, channelId: debates, options: { motion } });
  const threadId = /<#(\d+)>/.exec(opened.reply?.content ?? '')?.[1];
  if (threadId === undefined) throw new Error(`the debate did not open: ${opened.reply?.content}`);
  return threadId;
}

/** The text of the bot's first response, if Discord accepted one (= the action was acknowledged). */
const acknowledged = (interaction: FakeInteraction): string | undefined => {
  const content = interaction.callback?.data?.['content'];
  return typeof content === 'string' ? content : undefined;
};

type Action =
  | { readonly kind: 'join'; readonly user: FakeUser; readonly side: 'for' | 'against' }
  | { readonly kind: 'raise-hand'; readonly user: FakeUser }
  | { readonly kind: 'lower-hand'; readonly user: FakeUser }
  | { readonly kind: 'cite'; readonly user: FakeUser; readonly paragraph: number }
  | { readonly kind: 'next'; readonly user: FakeUser }
  | { readonly kind: 'post'; readonly user: FakeUser };

interface Sent {
  readonly action: Action;
  readonly interaction?: FakeInteraction;
}

/** Debate activity in one thread, chosen by the seeded PRNG; remembers what was sent. */
function createClass(rig: Rig, threadId: string, random: () => number) {
  const sent: Sent[] = [];
  const students = rig.discord.users.students;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const choose = (): Action => {
    const user = pick(students);
    const roll = random();
    if (roll < 0.3) return { kind: 'cite', user, paragraph: 1 + Math.floor(random() * 31) };
    if (roll < 0.55) return { kind: 'post', user };
    if (roll < 0.7) return { kind: 'raise-hand', user };
    if (roll < 0.8) return { kind: 'join', user, side: random() < 0.5 ? 'for' : 'against' };
    if (roll < 0.85) return { kind: 'lower-hand', user };
    return { kind: 'next', user: rig.discord.users.teacher };
  };
  const send = (action: Action): Sent => {
    if (action.kind === 'post') {
      rig.discord.sendUserMessage({ channelId: threadId, user: action.user, content: `a point from ${action.user.username}` });
      const record = { action };
      sent.push(record);
      return record;
    }
    const options: SimpleOptions | undefined = action.kind === 'join' ? { side: action.side } : action.kind === 'cite' ? { paragraph: action.paragraph } : undefined;
    const interaction = rig.discord.sendCommand({
      name: action.kind === 'next' ? 'moderate' : 'debate',
      subcommand: action.kind,
      user: action.user,
      channelId: threadId,
      ...(options === undefined ? {} : { options }),
    });
    const record = { action, interaction };
    sent.push(record);
    return record;
  };
  return { sent, choose, send };
}

describe('kill -9 during debate activity', () => {
  it(`keeps the file sound and every acknowledged action through ${KILLS} kills at random moments`, async () => {
    const random = mulberry32(20261129);
    const rig = await startRig(6);
    const threadId = await openDebate(rig, 'china-reliable-partner');
    const klass = createClass(rig, threadId, random);
    // Everyone on a side first, so citations and hands count.
    for (const [n, user] of rig.discord.users.students.entries()) {
      await klass.send({ kind: 'join', user, side: n % 2 === 0 ? 'for' : 'against' }).interaction?.waitForReply({ timeoutMs: 10_000 });
    }

    const killMoments: number[] = [];
    for (let round = 0; round < KILLS; round += 1) {
      // One action seen through to its answer, then a burst that the kill cuts into.
      const settled = klass.send(klass.choose());
      await settled.interaction?.waitForReply({ timeoutMs: 10_000 });
      // The round's plan is drawn before it runs, so the seed alone decides it (not the timing).
      const killAt = Math.floor(random() * KILL_WITHIN_MS);
      const burst = Array.from({ length: 3 + Math.floor(random() * 4) }, () => ({ action: klass.choose(), pauseMs: Math.floor(random() * 30) }));
      killMoments.push(killAt);
      let killed = false;
      const killing = sleep(killAt).then(async () => {
        killed = true;
        await rig.kill();
      });
      for (const { action, pauseMs } of burst) {
        if (killed) break;
        klass.send(action);
        await sleep(pauseMs);
      }
      await killing;
      await rig.start();
    }

    // After the last start: the bot still answers in the same thread, then stops cleanly.
    const status = await rig.run({ name: 'debate', sub: 'status', user: rig.discord.users.student(1), channelId: threadId });
    expect(embedsOf(status.reply!)[0]?.fields?.[0]?.value).toBe('Open');
    expect(await rig.stop()).toEqual({ code: 0, signal: null });

    const interactions = klass.sent.filter((s): s is Sent & { interaction: FakeInteraction } => s.interaction !== undefined);
    const acks = interactions.flatMap(({ action, interaction }) => {
      const text = acknowledged(interaction);
      return text === undefined ? [] : [{ action, text }];
    });
    const stored = rig.read((db) => {
      const row = (sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as Record<string, number>;
      const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, number | string>[];
      const debate = row('SELECT id FROM debates WHERE thread_id = ?', threadId);
      return {
        integrity: db.pragma('integrity_check', { simple: true }),
        sideChanges: all('SELECT user_id, to_side FROM side_changes WHERE debate_id = ?', debate['id']),
        sides: all('SELECT user_id, side FROM sides WHERE debate_id = ?', debate['id']),
        hands: all('SELECT user_id, lowered_at FROM hands WHERE debate_id = ?', debate['id']),
        citations: all('SELECT user_id, paragraph FROM citations WHERE debate_id = ?', debate['id']),
        speakers: row('SELECT COUNT(*) AS n FROM speakers WHERE debate_id = ?', debate['id'])['n'],
        posts: all('SELECT user_id, posts FROM post_counts WHERE debate_id = ?', debate['id']),
      };
    });
    expect(stored.integrity).toBe('ok');

    // For each kind of action: stored at least as often as acknowledged, at most as often as sent.
    const tally = <T,>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
      return counts;
    };
    const expectBetween = (what: string, acked: Map<string, number>, inStore: Map<string, number>, sentCounts: Map<string, number>): void => {
      for (const [key, n] of acked) expect(inStore.get(key) ?? 0, `${what} ${key}: acknowledged ${n}`).toBeGreaterThanOrEqual(n);
      for (const [key, n] of inStore) expect(n, `${what} ${key}: stored ${n}, sent ${sentCounts.get(key) ?? 0}`).toBeLessThanOrEqual(sentCounts.get(key) ?? 0);
    };
    const sentOf = <K extends Action['kind']>(kind: K) => klass.sent.map((s) => s.action).filter((a): a is Extract<Action, { kind: K }> => a.kind === kind);
    const ackedOf = <K extends Action['kind']>(kind: K, reply: RegExp) =>
      acks.filter((a): a is { action: Extract<Action, { kind: K }>; text: string } => a.action.kind === kind && reply.test(a.text)).map((a) => a.action);

    const joinsAcked = ackedOf('join', /^You (joined|switched)/);
    expectBetween('side change', tally(joinsAcked, (a) => `${a.user.id}:${a.side}`), tally(stored.sideChanges, (r) => `${r['user_id']}:${r['to_side']}`), tally(sentOf('join'), (a) => `${a.user.id}:${a.side}`));
    for (const user of new Set(ackedOf('join', /^You /).map((a) => a.user.id))) expect(stored.sides.some((r) => r['user_id'] === user)).toBe(true);
    const raisedAcked = ackedOf('raise-hand', /^Hand raised/);
    expectBetween('raised hand', tally(raisedAcked, (a) => a.user.id), tally(stored.hands, (r) => String(r['user_id'])), tally(sentOf('raise-hand'), (a) => a.user.id));
    const loweredAcked = ackedOf('lower-hand', /^Hand lowered/);
    expectBetween('lowered hand', tally(loweredAcked, (a) => a.user.id), tally(stored.hands.filter((r) => r['lowered_at'] !== null), (r) => String(r['user_id'])), tally(sentOf('lower-hand'), (a) => a.user.id));
    const citesAcked = ackedOf('cite', /^📖/);
    expectBetween('citation', tally(citesAcked, (a) => `${a.user.id}:¶${a.paragraph}`), tally(stored.citations, (r) => `${r['user_id']}:¶${r['paragraph']}`), tally(sentOf('cite'), (a) => `${a.user.id}:¶${a.paragraph}`));
    const callsAcked = ackedOf('next', /^🎤/);
    expect(stored.speakers).toBeGreaterThanOrEqual(callsAcked.length);
    expect(stored.speakers).toBeLessThanOrEqual(sentOf('next').length);
    // Posts are never acknowledged (Discord delivers them; the bot only counts): never more than sent.
    const postsSent = tally(sentOf('post'), (a) => a.user.id);
    for (const row of stored.posts) expect(row['posts']).toBeLessThanOrEqual(postsSent.get(String(row['user_id'])) ?? 0);

    // The kills did cut into activity: some actions were never answered.
    const unanswered = interactions.filter(({ interaction }) => interaction.callback === undefined).length;
    expect(unanswered).toBeGreaterThan(0);
    expect(rig.output()).not.toContain(rig.discord.token);
    expect(rig.output()).not.toMatch(/"level":(50|60)/);
    const recorded = { joins: joinsAcked.length, hands: raisedAcked.length, lowered: loweredAcked.length, citations: citesAcked.length, calls: callsAcked.length };
    console.info(
      `crash safety: ${KILLS} kills at ${killMoments.join(', ')} ms into a burst; ${klass.sent.length} actions sent (${interactions.length} interactions, ` +
        `${klass.sent.length - interactions.length} posts), ${acks.length} acknowledged, ${unanswered} cut off by a kill; acknowledged and stored: ` +
        `${Object.entries(recorded).map(([k, v]) => `${k} ${v}`).join(', ')}; stored: ${stored.sideChanges.length} side changes, ${stored.hands.length} hands, ` +
        `${stored.citations.length} citations, ${stored.speakers} calls, ${stored.posts.reduce((sum, r) => sum + Number(r['posts']), 0)} posts of ${sentOf('post').length}`,
    );
  }, 180_000);

  it('goes on in the same thread after one kill, and the summary holds everything from before it', async () => {
    const rig = await startRig(3);
    const { discord } = rig;
    const [s1, s2] = [discord.users.student(1), discord.users.student(2)];
    const threadId = await openDebate(rig, 'china-reliable-partner');
    await rig.run({ name: 'debate', sub: 'join', user: s1, channelId: threadId, options: { side: 'for' } });
    await rig.run({ name: 'debate', sub: 'join', user: s2, channelId: threadId, options: { side: 'against' } });
    await rig.run({ name: 'debate', sub: 'raise-hand', user: s1, channelId: threadId });
    await rig.run({ name: 'debate', sub: 'cite', user: s1, channelId: threadId, options: { paragraph: 14 } });
    await rig.run({ name: 'debate', sub: 'cite', user: s2, channelId: threadId, options: { paragraph: 20 } });
    for (const user of [s1, s1, s2]) discord.sendUserMessage({ channelId: threadId, user, content: 'a point' });
    // The bot cannot acknowledge a post; it is counted once it is in the file.
    await discord.waitFor(
      () => (rig.read((db) => (db.prepare('SELECT SUM(posts) AS n FROM post_counts').get() as { n: number | null }).n) === 3 ? true : undefined),
      'the three posts to be counted',
      { timeoutMs: 10_000 },
    );

    await rig.kill();
    await rig.start();

    const cited = await rig.run({ name: 'debate', sub: 'cite', user: s2, channelId: threadId, options: { paragraph: 21 } });
    expect(cited.reply?.channelId).toBe(threadId);
    expect(leadText(cited.reply!)).toBe('📖 **Student 2** (against the motion) cites ¶21.');
    const called = await rig.run({ name: 'moderate', sub: 'next', user: discord.users.teacher, channelId: threadId });
    expect(called.reply?.content).toBe(`🎤 <@${s1.id}> — **Student 1** (for the motion) has the floor. No one else is waiting.`);
    const closed = await rig.run({ name: 'moderate', sub: 'close', user: discord.users.teacher, channelId: threadId });
    const field = (name: string) => embedsOf(closed.reply!)[0]?.fields?.find((f) => f.name === name)?.value;
    expect(field('For (1)')).toBe('**Student 1** — 2 posts, 1 citation');
    expect(field('Against (1)')).toBe('**Student 2** — 1 post, 2 citations');
    expect(field('Passages cited by the side for')).toBe('¶14');
    expect(field('Passages cited by the side against')).toBe('¶20, ¶21');
    expect(field('Totals')).toBe('3 posts · 3 citations · 1 speakers called');
    expect(closed.reply?.pings).toEqual(NOBODY);
    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the thread to be archived', { timeoutMs: 10_000 });
    expect(discord.channel(threadId)?.locked).toBe(true);
    expect(await rig.stop()).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('locks and archives, at the next start, a thread whose close the bot recorded before it was killed', async () => {
    const rig = await startRig(2);
    const { discord } = rig;
    const threadId = await openDebate(rig, 'japan-drop-territorial-goal');
    await rig.run({ name: 'debate', sub: 'join', user: discord.users.student(1), channelId: threadId, options: { side: 'for' } });
    // Discord fails every edit of the thread until the bot is dead: the close is recorded, the lock never lands.
    const fault = discord.failNext({ method: 'PATCH', path: `/channels/${threadId}`, status: 500, code: 0, message: '500: Internal Server Error', times: 1000 });
    const close = discord.sendCommand({ name: 'moderate', subcommand: 'close', user: discord.users.teacher, channelId: threadId });
    await close.waitForReply({ timeoutMs: 10_000 });
    await discord.waitFor(() => (fault.hits > 0 ? true : undefined), 'the bot to try to lock the thread', { timeoutMs: 10_000 });
    await rig.kill();
    discord.clearFaults();
    expect(discord.channel(threadId)).toMatchObject({ locked: false, archived: false });

    await rig.start();

    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the thread to be archived after the restart', { timeoutMs: 10_000 });
    expect(discord.channel(threadId)?.locked).toBe(true);
    expect(discord.channelMessages(threadId).filter((m) => embedsOf(m)[0]?.author?.name === 'Debate summary')).toHaveLength(1);
    expect(await rig.stop()).toEqual({ code: 0, signal: null });
    expect(rig.read((db) => db.prepare('SELECT thread_state, thread_pending, summary_pending FROM debates WHERE thread_id = ?').get(threadId))).toEqual({
      thread_state: 'archived',
      thread_pending: 0,
      summary_pending: 0,
    });
  }, 60_000);
});
