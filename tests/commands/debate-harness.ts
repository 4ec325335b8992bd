// Runs the real bot (startBot, the real discord.js client, the real commands) against the fake
// Discord with its debate store in a throw-away DATA_DIR and a clock the test moves, and can
// stop and start the bot again on the same data, as after a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands } from '../../commands/index.js';
import { loadAnswerEngine, type AnswerEngine } from '../../src/answers/answer-engine.js';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDebateStore, type DebateStore } from '../../src/debate/store.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { MessageFlagBits, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type FakeUser, type SimpleOptions, type StoredMessage } from '../support/fake-discord/index.js';

let sharedEngine: AnswerEngine | undefined;
function essayEngine(): AnswerEngine {
  sharedEngine ??= loadAnswerEngine(path.resolve('corpus'));
  return sharedEngine;
}

export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export interface DebateHarness {
  readonly discord: FakeDiscord;
  readonly config: Config;
  readonly clock: Clock;
  readonly dataDir: string;
  bot: RunningBot;
  /** The #debates channel of the first guild. */
  readonly debatesChannel: string;
  /** A second connection to the bot's database file, to check what it stored. */
  store(): DebateStore;
  /** Stops the bot (as a shutdown would) and starts it again on the same data. */
  restart(between?: () => void): Promise<void>;
  /** Runs `/name sub options` as `user` in `channelId` and waits for the reply. */
  run(spec: { name: 'debate' | 'moderate'; sub: string; user: FakeUser; channelId?: string; options?: SimpleOptions; dm?: boolean }): Promise<StoredMessage>;
  stop(): Promise<void>;
}

export interface DebateHarnessOptions {
  /** Also deploy the commands globally, as a bot without DISCORD_GUILD_ID does (they then reach DMs). */
  readonly global?: boolean;
  /** The engine (and so the corpus) the bot runs on; default the essay alone. */
  readonly engine?: AnswerEngine;
}

export async function startDebateHarness(fake: FakeDiscordOptions = {}, options: DebateHarnessOptions = {}): Promise<DebateHarness> {
  const discord = await startFakeDiscord(fake);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-circle-e2e-'));
  const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id, DATA_DIR: dataDir });
  await deployCommands(
    config,
    commands.map((command) => command.data),
    createSilentLogger(),
  );
  if (options.global === true) {
    await deployCommands(
      loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }),
      commands.map((command) => command.data),
      createSilentLogger(),
    );
  }
  let time = Date.UTC(2026, 10, 30, 9, 0, 0);
  const clock: Clock = { now: () => time, advance: (ms) => void (time += ms) };
  const launch = (): Promise<RunningBot> => startBot({ config, engine: options.engine ?? essayEngine(), log: createSilentLogger(), now: clock.now });
  let identifies = 1;
  let reader: DebateStore | undefined;
  const debatesChannel = discord.guild.channels['debates'];
  if (debatesChannel === undefined) throw new Error('test setup: the fake guild has no #debates');
  const harness: DebateHarness = {
    discord,
    config,
    clock,
    dataDir,
    bot: await launch(),
    debatesChannel,
    store() {
      reader ??= openDebateStore(dataDir);
      return reader;
    },
    async restart(between) {
      await harness.bot.stop();
      between?.();
      harness.bot = await launch();
      identifies += 1;
      await discord.waitForReady({ identifies });
    },
    async run(spec) {
      const interaction = discord.sendCommand({
        name: spec.name,
        subcommand: spec.sub,
        user: spec.user,
        ...(spec.dm === true ? { dm: true } : { channelId: spec.channelId ?? debatesChannel }),
        ...(spec.options === undefined ? {} : { options: spec.options }),
      });
      return interaction.waitForReply();
    },
    async stop() {
      await harness.bot.stop();
      await discord.stop();
      reader?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await discord.waitForReady();
  return harness;
}

export const isEphemeral = (message: StoredMessage): boolean => (message.flags & MessageFlagBits.Ephemeral) !== 0;
