// Entry point of `npm run start:sharded`: discord.js's ShardingManager runs the bot (src/index.js)
// in one process per shard, as Discord requires past 2,500 servers. The shard count is SHARD_COUNT
// or Discord's recommendation (GET /gateway/bot, against DISCORD_API_URL when set). Every shard
// opens the same SQLite database in DATA_DIR (WAL, busy timeout: src/debate/store.ts) and runs
// the auto-close and the reconcile for its own servers only (src/bot.ts).
//
// No respawn loop here: if a shard exits (a fatal gateway close, a crash), the others are stopped
// and this process exits with its code, so the process manager (systemd, Docker) restarts the
// whole bot with its usual back-off and the one-line reason stays on top of the log.
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { ConfigError } from './errors.js';
import { createLogger } from './logger.js';
import { loadEnvironment, reportFatalError } from './startup.js';
import type { Config } from './config.js';

/** How long a stop waits for the shards to finish their interactions and exit. */
const STOP_TIMEOUT_MS = 20_000;

async function recommendedShardCount(config: Config, token: string): Promise<number> {
  const rest = new REST({ version: '10', ...(config.discordApiUrl !== undefined ? { api: config.discordApiUrl } : {}) }).setToken(token);
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return Math.max(1, shards);
  } catch (err) {
    // Said the way discord.js says it at login, so the same one-line message explains it.
    if ((err as { status?: unknown }).status === 401) throw Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' });
    throw err;
  }
}

async function main(): Promise<void> {
  const config = loadEnvironment();
  const log = createLogger(config.logLevel).child({ module: 'shards' });
  const token = config.discordToken;
  if (token === undefined) throw new ConfigError(['DISCORD_TOKEN is required to run the bot sharded (Developer Portal > Bot > Reset Token).']);
  const totalShards = config.shardCount ?? (await recommendedShardCount(config, token));
  const manager = new ShardingManager(fileURLToPath(new URL('./index.js', import.meta.url)), { token, totalShards, respawn: false, mode: 'process' });

  let stopping: Promise<void> | undefined;
  const stopAll = (exitCode: number): Promise<void> =>
    (stopping ??= (async () => {
      const running = [...manager.shards.values()].filter((shard) => shard.process !== null && shard.process.exitCode === null);
      const exited = running.map((shard) => new Promise<void>((resolve) => shard.process?.once('exit', () => resolve())));
      for (const shard of running) shard.process?.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(exited), new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)))]);
      clearTimeout(timer);
      log.info({ exitCode }, 'all shards stopped');
      process.exit(exitCode);
    })());

  manager.on('shardCreate', (shard: Shard) => {
    log.info({ shard: shard.id, totalShards }, 'shard started');
    shard.on('death', (child) => {
      if (stopping !== undefined) return;
      const code = 'exitCode' in child && typeof child.exitCode === 'number' ? child.exitCode : 1;
      log.error({ shard: shard.id, code }, 'a shard stopped; stopping the others');
      void stopAll(code === 0 ? 1 : code);
    });
  });
  const onSignal = (signal: NodeJS.Signals): void => {
    log.info({ signal }, 'shutting down every shard');
    void stopAll(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await manager.spawn({ amount: totalShards });
  } catch (err) {
    // A shard that died while starting has printed its reason itself (a refused token, DATA_DIR).
    log.error({ err }, 'a shard did not start');
    await stopAll(1);
  }
}

main().catch((err: unknown) => {
  reportFatalError(err);
  process.exit(1);
});
