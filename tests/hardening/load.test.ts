// Load: 1,000 interactions over about 10 seconds from 30 students in 3 servers, through the real
// discord.js client logged into the fake Discord. None is lost, every one is acknowledged within
// Discord's 3-second window (the fake refuses later callbacks with 10062, as Discord does), every
// command gets its final answer, and the heap comes back near its level afterwards. No timing is
// asserted beyond Discord's own window: the machine is shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadAnswerEngine } from '../../src/answers/answer-engine.js';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createLogger, createSilentLogger } from '../../src/logger.js';
import { startFakeDiscord, type FakeDiscord, type FakeInteraction, embedsOf } from '../support/fake-discord/index.js';

const INTERACTIONS = 1_000;
const SPREAD_MS = 10_000;
const STUDENTS = 30;
const SERVERS = 3;
/** Discord's window for the first response. */
const ACK_WINDOW_MS = 3_000;
/** Generous: the fake keeps every message it was sent (~1,000 embeds) in this same heap. */
const HEAP_GROWTH_BOUND_MB = 64;

// A real GC between measurements, without restarting node with --expose-gc.
v8.setFlagsFromString('--expose_gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
function heapUsedMb(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const QUESTIONS = (JSON.parse(readFileSync('tests/fixtures/dev-questions.json', 'utf8')) as { question: string }[]).map((q) => q.question);

interface Sent {
  readonly interaction: FakeInteraction;
  readonly kind: 'command' | 'autocomplete';
  readonly name: string;
}

let discord: FakeDiscord;
let bot: RunningBot;
const errors: Record<string, unknown>[] = [];

beforeAll(async () => {
  discord = await startFakeDiscord({
    guilds: Array.from({ length: SERVERS }, (_, n) => ({ name: `Class ${String.fromCharCode(65 + n)}` })),
    students: STUDENTS,
    ackDeadlineMs: ACK_WINDOW_MS,
  });
  // Global commands, so every server has them.
  const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
  await deployCommands(config, commands.map((command) => command.data), createSilentLogger());
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (typeof entry['level'] === 'number' && entry['level'] >= 50) errors.push(entry);
      }
      done();
    },
  });
  // The cooldown clock runs 4x fast, so each student gets more questions answered than the real
  // 5 per 30 s would allow: more of the load goes through the engine, the rest meets the cooldown.
  const startedAt = Date.now();
  bot = await startBot({
    config,
    engine: loadAnswerEngine(path.resolve('corpus')),
    log: createLogger('info', destination),
    now: () => startedAt + (Date.now() - startedAt) * 4,
  });
  await discord.waitForReady({ timeoutMs: 30_000 });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

/** The n-th interaction of the load: who, where and what, in a fixed mix. */
function send(n: number): Sent {
  const student = discord.users.students[n % STUDENTS];
  if (student === undefined) throw new Error(`no student ${n % STUDENTS}`);
  // Each student sits in one server: 10 per class.
  const guild = discord.guilds[Math.floor((n % STUDENTS) / (STUDENTS / SERVERS))];
  if (guild === undefined) throw new Error('no such server');
  const place = { user: student, guildId: guild.id, channelId: guild.channelId };
  // Each student goes round the whole mix: 4 in 10 are questions, then passages, footnotes, help, autocomplete.
  switch ((n + Math.floor(n / STUDENTS)) % 10) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const question = QUESTIONS[n % QUESTIONS.length] ?? 'Why did Russia turn to China?';
      return { interaction: discord.sendCommand({ ...place, name: 'ask', options: { question, private: n % 7 !== 0 } }), kind: 'command', name: 'ask' };
    }
    case 4:
    case 5:
      return { interaction: discord.sendCommand({ ...place, name: 'passage', options: { number: (n % 33) + 1 } }), kind: 'command', name: 'passage' };
    case 6:
      return { interaction: discord.sendCommand({ ...place, name: 'footnote', options: { number: n % 50 === 6 ? 99 : (n % 6) + 1 } }), kind: 'command', name: 'footnote' };
    case 7:
      return { interaction: discord.sendCommand({ ...place, name: 'help' }), kind: 'command', name: 'help' };
    case 8:
      return { interaction: discord.sendAutocomplete({ ...place, name: 'footnote', options: { number: String(n % 7) }, focused: 'number' }), kind: 'autocomplete', name: 'footnote' };
    default:
      return { interaction: discord.sendAutocomplete({ ...place, name: 'passage', options: { number: String(n % 4) }, focused: 'number' }), kind: 'autocomplete', name: 'passage' };
  }
}

/** Sends `count` interactions evenly over `spreadMs` (bounded by the timers, not by the bot). */
async function sendOverTime(count: number, spreadMs: number, offset = 0): Promise<Sent[]> {
  const sent: Sent[] = [];
  const started = Date.now();
  for (let n = 0; n < count; n += 1) {
    const due = started + (n * spreadMs) / count;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(offset + n));
  }
  return sent;
}

/** Waits (bounded) until every interaction has its final answer: choices, or a reply no longer "thinking". */
async function settle(sent: readonly Sent[]): Promise<void> {
  await Promise.all(
    sent.map(({ interaction, kind }) =>
      kind === 'autocomplete' ? interaction.waitForChoices({ timeoutMs: 30_000 }) : interaction.waitForReply({ timeoutMs: 30_000 }),
    ),
  );
}

describe('1,000 interactions in 10 seconds from 30 students in 3 servers', () => {
  it('loses none, acknowledges each within Discord’s 3 s, answers every command, and gives the heap back', async () => {
    // Warm up (index, JIT, caches), then take the heap's level.
    await settle(await sendOverTime(60, 1_000, INTERACTIONS));
    await discord.waitForQuiet({ timeoutMs: 10_000 });
    const heapBefore = heapUsedMb();
    const already = discord.interactions.length;

    const sent = await sendOverTime(INTERACTIONS, SPREAD_MS);
    await settle(sent);
    await discord.waitForQuiet({ quietMs: 500, timeoutMs: 30_000 });

    // None lost: each one reached the bot and was answered exactly once, in time (the fake
    // refuses a callback after 3 s with 10062 Unknown interaction, as Discord does).
    const records = discord.interactions.slice(already);
    expect(records).toHaveLength(INTERACTIONS);
    const late = records.filter((record) => record.callback === undefined || record.callback.delayMs > ACK_WINDOW_MS);
    expect(late.map((record) => record.id)).toEqual([]);
    const refused = discord.requests.filter((request) => request.status === 404 || request.status === 400 || request.status >= 500);
    expect(refused.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([]);
    expect(discord.unknownRoutes).toEqual([]);

    // Every command got its own answer: an answer, a passage, a footnote, help, or a polite notice.
    const byName = new Map<string, number>();
    for (const { interaction, kind, name } of sent) {
      if (kind === 'command') {
        const reply = interaction.reply;
        expect(reply, `/${name} ${interaction.id} has a reply`).toBeDefined();
        expect((reply === undefined ? 0 : embedsOf(reply).length) + (reply?.content.length ?? 0)).toBeGreaterThan(0);
        expect(reply?.allowedMentions?.parse).toEqual([]);
      }
      byName.set(`${kind}:${name}`, (byName.get(`${kind}:${name}`) ?? 0) + 1);
    }
    const asks = sent.filter(({ name, kind }) => kind === 'command' && name === 'ask').map(({ interaction }) => interaction.reply);
    const answered = asks.filter((reply) => (reply === undefined ? 0 : embedsOf(reply).length) > 0).length;
    const cooledDown = asks.filter((reply) => /asking quickly/.test(reply?.content ?? '')).length;
    expect(answered + cooledDown).toBe(asks.length);
    expect(answered).toBeGreaterThan(STUDENTS * 5);
    // The bot logged no error while under load.
    expect(errors).toEqual([]);

    const heapAfter = heapUsedMb();
    console.info(
      `load: ${INTERACTIONS} interactions in ${SPREAD_MS / 1000} s (${[...byName].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
        `/ask answered ${answered}, cooled down ${cooledDown}; slowest acknowledgement ${Math.max(...records.map((r) => r.callback?.delayMs ?? 0))} ms; ` +
        `heap ${heapBefore.toFixed(1)} MB -> ${heapAfter.toFixed(1)} MB`,
    );
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND_MB);
  }, 120_000);
});
