// `npm run start:sharded` against the fake Discord: two shard processes (Discord's recommendation
// here), each identifying as [i, 2] and sent only its own servers, (guild_id >> 22) % 2. Both
// answer in their servers, share one SQLite database, and each closes on start only the overdue
// debates of its own servers; SIGTERM stops them all with exit 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { openDebateService } from '../../src/debate/open-debates.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { distScript, PROJECT_ROOT, startChild } from '../hardening/child-process.js';
import { shardOfGuild, startFakeDiscord, embedsOf } from '../support/fake-discord/index.js';

const CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Snowflakes whose timestamps are even and odd: one server on each of two shards.
const SERVER_ON_SHARD_0 = (200_000_000_000n << 22n).toString();
const SERVER_ON_SHARD_1 = (200_000_000_001n << 22n).toString();

type LogLine = { msg?: string; pid?: number; shards?: number[]; debate?: number };

describe('npm run start:sharded', () => {
  it('runs two shards that each serve and auto-close only their own servers, then stop on SIGTERM', async () => {
    expect([shardOfGuild(SERVER_ON_SHARD_0, 2), shardOfGuild(SERVER_ON_SHARD_1, 2)]).toEqual([0, 1]);
    const discord = await startFakeDiscord({ guilds: [{ id: SERVER_ON_SHARD_0, name: 'Class A' }, { id: SERVER_ON_SHARD_1, name: 'Class B' }], recommendedShards: 2 });
    cleanups.push(() => discord.stop());
    await deployCommands(loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }), commands.map((command) => command.data), createSilentLogger());

    // Two debates that ran out of time while the bot was down, one per server.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-sharded-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const anHourAgo = Date.now() - 60 * 60_000;
    const seeding = openDebateService({ dataDir, corpus: loadCorpus(CORPUS_DIR), now: () => anHourAgo });
    const debateOf: Record<string, number> = {};
    for (const [n, guildId] of [SERVER_ON_SHARD_0, SERVER_ON_SHARD_1].entries()) {
      const outcome = seeding.openDebate({ guildId, channelId: `90000000000000000${n}`, threadId: `91000000000000000${n}`, motionId: 'sco-effective-instrument', openedBy: discord.users.teacher.id, durationMinutes: 5 });
      if (outcome.kind !== 'opened') throw new Error('test setup: debate not opened');
      debateOf[guildId] = outcome.debate.id;
    }
    seeding.close();

    const manager = startChild([distScript('shard-manager.js')], { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATA_DIR: dataDir, CORPUS_DIR });
    cleanups.push(() => manager.kill());
    // discord.js spawns shards 5.5 s apart (Discord's identify rate limit).
    await discord.waitFor(() => (discord.readyShards.length === 2 ? true : undefined), 'both shards to be ready', { timeoutMs: 60_000 });

    for (const guildId of [SERVER_ON_SHARD_0, SERVER_ON_SHARD_1]) {
      const reply = await discord.sendCommand({ name: 'ask', options: { question: 'Why did the Kremlin grow closer to Beijing?' }, guildId }).waitForReply({ timeoutMs: 15_000 });
      expect(JSON.stringify(embedsOf(reply))).toContain('¶');
    }

    const logs = (): LogLine[] =>
      manager
        .stderr()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as LogLine);
    const closes = await discord.waitFor(() => {
      const lines = logs().filter((line) => line.msg === 'debate closed: time is up');
      return lines.length >= 2 ? lines : undefined;
    }, 'both overdue debates to be closed', { timeoutMs: 20_000 });
    const shardOfPid = new Map(logs().filter((line) => line.msg === 'connected to Discord').map((line) => [line.pid, line.shards]));
    expect(shardOfPid.size).toBe(2);
    // Each debate was closed once, by the process of its server's shard.
    expect(closes.map((line) => [line.debate, shardOfPid.get(line.pid)]).sort()).toEqual(
      [
        [debateOf[SERVER_ON_SHARD_0], [0]],
        [debateOf[SERVER_ON_SHARD_1], [1]],
      ].sort(),
    );

    manager.process.kill('SIGTERM');
    expect(await manager.exited(30_000), manager.output().slice(-2000)).toBe(0);
  }, 120_000);
});
