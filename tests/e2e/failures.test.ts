// Failures found from outside, as a school's IT person meets them: each ends the process with a
// non-zero code and one line on stderr that names what to fix, never a stack trace (the log keeps
// it), and never touches the database file it complains about.
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { distScript, PROJECT_ROOT, runChild, startChild, type Child } from '../hardening/child-process.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';

const CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'essay-failures-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function fake(): Promise<FakeDiscord> {
  const discord = await startFakeDiscord();
  cleanups.push(() => discord.stop());
  return discord;
}

/** A loopback port nobody listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The bot's entry point with a token, a data folder and Discord at `apiUrl`. */
async function runBot(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const { code, stderr } = await runChild([distScript('index.js')], { DISCORD_TOKEN: 'fake.bot.token', CORPUS_DIR, ...env }, '', 30_000);
  return { code, stderr };
}

/** The one line a person reads: no stack frames, no "Unexpected error". */
function expectOneClearLine(stderr: string, names: RegExp): void {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(names);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Unexpected error/);
}

describe('DATA_DIR problems', () => {
  it('says DATA_DIR cannot be created for /proc/nope, at once instead of looping', async () => {
    const { code, stderr } = await runBot({ DATA_DIR: '/proc/nope', DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(code).toBe(1);
    expectOneClearLine(stderr, /DATA_DIR \/proc\/nope cannot be created/);
  });

  it('says DATA_DIR is a file', async () => {
    const file = path.join(tempDir(), 'data');
    writeFileSync(file, 'not a folder');
    const { code, stderr } = await runBot({ DATA_DIR: file, DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(code).toBe(1);
    expectOneClearLine(stderr, /DATA_DIR .* is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('names the file that is not a database and leaves it untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'bot.sqlite');
    writeFileSync(file, 'my grade book, not a database\n'.repeat(200));
    const { code, stderr } = await runBot({ DATA_DIR: dataDir, DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(code).toBe(1);
    expectOneClearLine(stderr, /DATA_DIR .*bot\.sqlite is not a database this bot can read.*left untouched/);
    expect(readFileSync(file, 'utf8')).toBe('my grade book, not a database\n'.repeat(200));
  });

  it('names a database from a newer version of the bot and leaves it untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'bot.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);
    const { code, stderr } = await runBot({ DATA_DIR: dataDir, DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(code).toBe(1);
    expectOneClearLine(stderr, /DATA_DIR .*bot\.sqlite was written by a newer version of the bot.*left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('Discord unreachable', () => {
  it('says Discord cannot be reached and exits 1 when the connection is refused', async () => {
    const { code, stderr } = await runBot({ DATA_DIR: tempDir(), DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(code).toBe(1);
    expectOneClearLine(stderr, /Cannot reach Discord \(ECONNREFUSED\)\. Check this machine's internet connection, DNS and firewall/);
  });
});

describe('fatal gateway closes', () => {
  function startBotProcess(discord: FakeDiscord): Child {
    const child = startChild([distScript('index.js')], { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATA_DIR: tempDir(), CORPUS_DIR });
    cleanups.push(() => child.kill());
    return child;
  }

  it('explains a token the gateway refuses at login (4004) and exits 1', async () => {
    const discord = await fake();
    discord.refuseIdentify(4004);
    const bot = startBotProcess(discord);
    expect(await bot.exited(30_000)).toBe(1);
    expectOneClearLine(bot.stderr(), /Discord refused DISCORD_TOKEN \(gateway close 4004.*Reset Token/);
    expect(bot.output()).not.toContain(discord.token);
  });

  it('explains disallowed intents (4014) at login and exits 1', async () => {
    const discord = await fake();
    discord.refuseIdentify(4014);
    const bot = startBotProcess(discord);
    expect(await bot.exited(30_000)).toBe(1);
    expectOneClearLine(bot.stderr(), /gateway close 4014: disallowed intents/);
  });

  it('stops with code 1 and the reason when the token is reset while running (4004 after login)', async () => {
    const discord = await fake();
    const bot = startBotProcess(discord);
    await discord.waitForReady({ timeoutMs: 30_000 });
    discord.refuseIdentify(4004);
    discord.closeGateway(4004);
    expect(await bot.exited(30_000)).toBe(1);
    expectOneClearLine(bot.stderr(), /Discord refused DISCORD_TOKEN \(gateway close 4004/);
    expect(bot.stderr()).toMatch(/"msg":"the gateway closed for good; stopping"/);
  });
});
