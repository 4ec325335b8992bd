// Starts the real bot (startBot, the real discord.js Client) against the fake Discord, with the
// commands deployed through the real deploy step, a clock the test moves, and every log line
// captured, so end-to-end tests read as what a student does and what the class sees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { Writable } from 'node:stream';
import { commands } from '../../commands/index.js';
import { loadAnswerEngine, type AnswerEngine } from '../../src/answers/answer-engine.js';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig, type Config, type LogLevel } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createLogger, createSilentLogger } from '../../src/logger.js';
import { MessageFlagBits, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type StoredMessage } from '../support/fake-discord/index.js';

export const ESSAY_DIR = path.resolve('corpus');

/** Built once per test file: the index takes a moment and is read-only. */
let sharedEngine: AnswerEngine | undefined;
export function essayEngine(): AnswerEngine {
  sharedEngine ??= loadAnswerEngine(ESSAY_DIR);
  return sharedEngine;
}

/** A clock the test moves: cooldowns and button expiry read it. */
export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function createTestClock(start = Date.UTC(2026, 10, 29, 17, 0, 0)): TestClock {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** One parsed pino line. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface BotHarness {
  readonly discord: FakeDiscord;
  readonly bot: RunningBot;
  readonly config: Config;
  readonly clock: TestClock;
  /** Every log line the bot wrote so far. */
  readonly logs: LogLine[];
  /** Stops the bot and the fake (safe to call twice). */
  stop(): Promise<void>;
}

export interface BotHarnessOptions {
  readonly engine?: AnswerEngine;
  readonly fake?: FakeDiscordOptions;
  readonly drainTimeoutMs?: number;
  /** The bot's log level (default debug, so tests see every line). */
  readonly logLevel?: LogLevel;
}

export async function startBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  // Discord's 3-second rule, enforced: a late first response is refused as it would be in class.
  const discord = await startFakeDiscord({ ackDeadlineMs: 3000, ...options.fake });
  // The debate store lives in DATA_DIR: a fresh folder per bot, never the checkout's ./data.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-bot-test-'));
  const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id, DATA_DIR: dataDir });
  await deployCommands(
    config,
    commands.map((command) => command.data),
    createSilentLogger(),
  );
  const logs: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const clock = createTestClock();
  const bot = await startBot({
    config,
    engine: options.engine ?? essayEngine(),
    log: createLogger(options.logLevel ?? 'debug', destination),
    now: clock.now,
    ...(options.drainTimeoutMs !== undefined ? { drainTimeoutMs: options.drainTimeoutMs } : {}),
  });
  await discord.waitForReady();
  let stopped: Promise<void> | undefined;
  return {
    discord,
    bot,
    config,
    clock,
    logs,
    stop() {
      stopped ??= (async () => {
        await bot.stop();
        await discord.stop();
        rmSync(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

export const isEphemeral = (message: StoredMessage): boolean => (message.flags & MessageFlagBits.Ephemeral) !== 0;

/** The custom ids of a message's buttons, row by row. */
export function buttonsOf(message: StoredMessage): { customId: string; label: string; disabled: boolean }[] {
  // Buttons sit in action rows, top-level or (in a Components V2 message) inside a container.
  const found: { customId: string; label: string; disabled: boolean }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const component = value as { type?: unknown; custom_id?: string; label?: string; disabled?: boolean; components?: unknown };
      if (component.type === 2) found.push({ customId: component.custom_id ?? '', label: component.label ?? '', disabled: component.disabled === true });
      visit(component.components);
    }
  };
  visit(message.components);
  return found;
}

export function button(message: StoredMessage, label: string): string {
  const found = buttonsOf(message).find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`no "${label}" button; the message has: ${buttonsOf(message).map((b) => b.label).join(', ') || 'none'}`);
  return found.customId;
}

/** Every message the bot created or edited so far, ephemeral ones included. */
export function everyBotMessage(discord: FakeDiscord): StoredMessage[] {
  return discord.interactions.flatMap((interaction) => [interaction.reply, ...interaction.followUps]).filter((message): message is StoredMessage => message !== undefined);
}

/** No message the bot sent could ping anyone, and each was sent with `parse: []`. */
export function expectNobodyPinged(discord: FakeDiscord): void {
  for (const message of everyBotMessage(discord)) {
    expect({ id: message.id, pings: message.pings }).toEqual({ id: message.id, pings: { everyone: false, users: [], roles: [], repliedUser: false } });
    expect(message.allowedMentions?.parse).toEqual([]);
  }
}
