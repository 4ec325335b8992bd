// Starts the bot exactly as a teacher does (`npm start` with a token in the environment) against
// the fake Discord, asks a question through the real discord.js client, then stops it the way a
// process manager does (SIGTERM) and expects a clean exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { MessageFlagBits, startFakeDiscord, type FakeDiscord, embedsOf } from '../support/fake-discord/index.js';

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves once every process holding the pipes is gone, with how the spawned one ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function start(command: string, args: readonly string[], env: Record<string, string>): Started {
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the test can signal npm and the bot together, as Ctrl-C or a
    // process manager does.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  // 'close' waits for every process holding the pipes (npm and the bot) to be gone.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  cleanups.push(() => {
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // Already gone.
    }
  });
  return { child, output: () => output, exited };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function startFake(): Promise<{ discord: FakeDiscord; dataDir: string }> {
  const discord = await startFakeDiscord();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-npm-start-'));
  cleanups.push(async () => {
    await discord.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id });
  await deployCommands(config, commands.map((command) => command.data), createSilentLogger());
  return { discord, dataDir };
}

describe('npm start with a token', () => {
  it('connects, answers /ask through the real client, and exits 0 on SIGTERM', async () => {
    const { discord, dataDir } = await startFake();
    const bot = start('npm', ['start'], { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATA_DIR: dataDir, LOG_LEVEL: 'info' });

    // Allow for a slow shared machine.
    await discord.waitForReady({ timeoutMs: 60_000 });
    const ask = discord.sendCommand({ name: 'ask', options: { question: 'Why did the Kremlin grow closer to Beijing?' }, user: discord.users.student(1) });
    const reply = await ask.waitForReply({ timeoutMs: 10_000 });

    expect(reply.flags & MessageFlagBits.Ephemeral).toBe(MessageFlagBits.Ephemeral);
    expect(JSON.stringify(embedsOf(reply))).toMatch(/¶\d+ — /);
    expect(reply.allowedMentions).toEqual(expect.objectContaining({ parse: [] }));

    // npm forwards SIGTERM to the bot, which also gets the group's own: stopping twice is safe.
    process.kill(-(bot.child.pid ?? 0), 'SIGTERM');
    const exit = await withTimeout(bot.exited, 20_000, 'npm start to exit after SIGTERM');
    // npm itself re-raises the signal it got; the bot under it finished its work and logged so.
    expect(exit.code === 0 || exit.signal === 'SIGTERM', bot.output()).toBe(true);
    expect(bot.output()).toMatch(/"msg":"shutting down"[\s\S]*"msg":"stopped"/);
    expect(bot.output()).not.toContain(discord.token);
  }, 120_000);

  it('exits 0 when stopped twice in a row, as npm and a process manager both do', async () => {
    const { discord, dataDir } = await startFake();
    const bot = start(process.execPath, ['dist/src/index.js'], { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATA_DIR: dataDir });
    await discord.waitForReady({ timeoutMs: 30_000 });

    bot.child.kill('SIGTERM');
    bot.child.kill('SIGINT');
    const exit = await withTimeout(bot.exited, 20_000, 'the bot to exit after SIGTERM and SIGINT');

    expect(exit, bot.output()).toEqual({ code: 0, signal: null });
    expect(bot.output().match(/"msg":"shutting down"/g)).toHaveLength(1);
  }, 60_000);
});
