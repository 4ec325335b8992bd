// Runs the Discord bot: a discord.js Client with no privileged intent, logged in with the
// configured token (against DISCORD_API_URL when set), every interaction sent to the router,
// and a graceful stop that takes no new work, lets the work in flight finish, then disconnects.
// Once connected it brings debate threads up to date (reconcile.ts) and starts the auto-close.
import path from 'node:path';
import { Client, Events, GatewayIntentBits, ShardClientUtil, type Interaction, type RateLimitData } from 'discord.js';
import type { Logger } from 'pino';
import { commands as defaultCommands, helpFor } from '../commands/index.js';
import type { AnswerEngine } from './answers/answer-engine.js';
import type { Config } from './config.js';
import { openInDataDir, prepareDataDir } from './data-dir.js';
import { startAutoCloser } from './debate/auto-close.js';
import type { DebateService } from './debate/debate-service.js';
import { openDebateService } from './debate/open-debates.js';
import { reconcileThreads } from './debate/reconcile.js';
import { DATABASE_FILE } from './debate/store.js';
import { DigestService } from './digest/digest-service.js';
import { startQuestionPruner } from './digest/pruner.js';
import type { AppCommand } from './discord/command.js';
import { createCommandContext, type CommandContext } from './discord/context.js';
import { syncDebateThread } from './discord/debate-threads.js';
import { NO_MENTIONS, replyPrivately, suggest } from './discord/reply.js';
import { createRouter } from './discord/router.js';
import { ConfigError, GatewayFatalError } from './errors.js';

export interface BotOptions {
  readonly config: Config;
  readonly engine: AnswerEngine;
  readonly log: Logger;
  /** The clock for cooldowns and button expiry (default Date.now). */
  readonly now?: () => number;
  /** The commands to route (default: commands/index.ts). */
  readonly commands?: readonly AppCommand[];
  /** Replaces the default command context, e.g. to add the debates store or a failing engine in a test. */
  readonly context?: CommandContext;
  /** The debate service; default: opened from `config.dataDir` (and closed by stop()). */
  readonly debates?: DebateService;
  /** How long stop() waits for interactions in flight (default 5 s). */
  readonly drainTimeoutMs?: number;
  /** How long to wait for the gateway's READY after login (default 30 s). */
  readonly readyTimeoutMs?: number;
}

export interface RunningBot {
  readonly client: Client<true>;
  /**
   * Settles when Discord closed the gateway for good after login (a token reset, bad intents):
   * discord.js will not reconnect, so the process should stop and exit non-zero with the message.
   */
  readonly failed: Promise<GatewayFatalError>;
  /** Settles once the commands' ids have been fetched (or the fetch failed and was logged). */
  readonly commandIdsFetched: Promise<void>;
  /** Stops taking interactions, waits for those in flight (bounded), destroys the client. Safe to call twice. */
  stop(): Promise<void>;
}

export const RESTARTING = 'The bot is restarting — please try again in a moment.';

/**
 * The gateway close codes after which Discord accepts no reconnect (discord.js stops trying),
 * each with what the person running the bot should do. Other codes are resumed by discord.js.
 */
const FATAL_CLOSES: Readonly<Record<number, string>> = {
  4004: 'Discord refused DISCORD_TOKEN (gateway close 4004: authentication failed; was the token reset?). Copy a fresh token from the Developer Portal (your application > Bot > Reset Token) into .env and start the bot again.',
  4010: 'Discord refused the shard settings (gateway close 4010: invalid shard). Unset SHARD_COUNT to use Discord\'s recommendation, or set it to at least 1.',
  4011: 'Discord requires sharding for this many servers (gateway close 4011). Run the bot with `npm run start:sharded`.',
  4012: 'Discord refused the gateway API version (gateway close 4012). Update the bot (npm ci with the current package-lock.json).',
  4013: 'Discord refused the bot\'s gateway intents (gateway close 4013: invalid intents). Update the bot.',
  4014: 'Discord refused a privileged intent (gateway close 4014: disallowed intents). The bot needs none: update the bot, or enable the intent in the Developer Portal (Bot > Privileged Gateway Intents).',
};

/** How long the gateway must be quiet before a stop takes no more interactions, and the most it waits for that. */
const SETTLE_QUIET_MS = 100;
const SETTLE_MAX_MS = 1_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The error for a fatal gateway close, or undefined when discord.js reconnects by itself. */
export function fatalGatewayClose(code: number): GatewayFatalError | undefined {
  const message = FATAL_CLOSES[code];
  return message === undefined ? undefined : new GatewayFatalError(code, message);
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, engine } = options;
  const token = config.discordToken;
  if (token === undefined) throw new ConfigError(['DISCORD_TOKEN is required to run the bot (Developer Portal > Bot > Reset Token).']);
  const log = options.log.child({ module: 'bot' });
  const commands = options.commands ?? defaultCommands;
  // Debates: the SQLite store in DATA_DIR, unless the caller brings its own service.
  const ownsDebates = options.context?.debates === undefined && options.debates === undefined;
  const debates = options.context?.debates ?? options.debates ?? openOwnDebates();
  // The teacher's digest shares the debates' database file, connection and migrations.
  const digest = options.context === undefined ? new DigestService({ db: debates.sharedDatabase(), settings: debates, ...(options.now !== undefined ? { now: options.now } : {}) }) : options.context.digest;
  const ctx =
    options.context ??
    createCommandContext({
      debates,
      ...(digest !== undefined ? { digest } : {}),
      engine,
      log: options.log.child({ module: 'commands' }),
      commands: helpFor(commands),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
  const router = createRouter(commands, ctx);

  // discord.js waits out a 429 and retries by itself, reporting it only as a debug string (its
  // rateLimited event covers pre-emptive waits, not 429s). Its rejectOnRateLimit hook sees both,
  // so the bot logs there and never rejects. A burst on one route is one warning; the retries
  // inside it go to debug (tests/faults/rest-faults.test.ts).
  const rateLimitedUntil = new Map<string, number>();
  const noteRateLimit = (limit: RateLimitData): boolean => {
    const now = Date.now();
    const inBurst = (rateLimitedUntil.get(limit.route) ?? 0) > now;
    rateLimitedUntil.set(limit.route, now + limit.retryAfter + 1_000);
    const line = { route: limit.route, method: limit.method, retryAfterMs: limit.retryAfter, global: limit.global };
    if (inBurst) log.debug(line, 'still rate limited');
    else log.warn(line, 'rate limited');
    return false;
  };

  const client = new Client({
    // Guilds is all slash commands need; privileged intents (members, message content) never.
    // GuildMessages (not privileged) lets debate threads count posts: ids only, never the text.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    // The URL goes to rest.api unchanged (a base such as http://127.0.0.1:PORT/api, without /v10).
    rest: { ...(config.discordApiUrl !== undefined ? { api: config.discordApiUrl } : {}), rejectOnRateLimit: noteRateLimit },
    allowedMentions: NO_MENTIONS,
  });

  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  const track = (work: Promise<void>): void => {
    const settled = work.catch((err: unknown) => log.error({ err }, 'interaction escaped the router'));
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
  };

  let lastInteractionAt = 0;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    lastInteractionAt = Date.now();
    track(accepting ? router.handle(interaction) : decline(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!accepting || message.author.bot || !message.inGuild() || !message.channel.isThread()) return;
    try {
      debates.countPost({ guildId: message.guildId, threadId: message.channelId }, message.author.id);
    } catch (err) {
      log.error({ err, thread: message.channelId }, 'could not count a debate post');
    }
  });
  // discord.js emits shardDisconnect only when it gives up: for a fatal close (4004, 4010-4014).
  let reportFailure: (err: GatewayFatalError) => void = () => undefined;
  let fatalClose: GatewayFatalError | undefined;
  const failed = new Promise<GatewayFatalError>((resolve) => (reportFailure = resolve));
  client.on(Events.ShardDisconnect, (event, shard) => {
    fatalClose ??= fatalGatewayClose(event.code) ?? new GatewayFatalError(event.code, `Discord closed the gateway with code ${event.code} and the bot will not reconnect by itself. Start it again; if it keeps happening, check Discord's status page.`);
    log.error({ shard, code: event.code }, 'gateway closed for good');
    reportFailure(fatalClose);
  });
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardError, (err, shard) => log.warn({ err, shard }, 'gateway error'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.Warn, (message) => log.warn({ warning: message }, 'client warning'));

  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<Client<true>>((resolve, reject) => {
    readyTimer = setTimeout(() => reject(new Error(`bot: no READY from the gateway within ${readyTimeoutMs} ms`)), readyTimeoutMs);
    client.once(Events.ClientReady, resolve);
    // A fatal close before READY (a reset token at login) fails the start with its reason.
    void failed.then(reject);
  });
  // Observed below; this only keeps a login failure from also reporting an unhandled rejection.
  ready.catch(() => undefined);
  let readyClient: Client<true>;
  try {
    await client.login(token);
    readyClient = await ready;
  } catch (err) {
    await client.destroy();
    if (ownsDebates) debates.close();
    // discord.js rejects login with its own words ("Authentication failed"); ours say what to do.
    throw fatalClose ?? err;
  } finally {
    clearTimeout(readyTimer);
  }
  // Under ShardingManager this process serves the guilds of its shards only: Discord sends each
  // guild's events to shard (guild_id >> 22) % shardCount, and that shard's process owns its debates.
  const shardCount = readyClient.options.shardCount ?? 1;
  const ownShards = new Set(Array.isArray(readyClient.options.shards) ? readyClient.options.shards : [0]);
  const ownsGuild = shardCount <= 1 ? undefined : (guildId: string): boolean => ownShards.has(ShardClientUtil.shardIdForGuildId(guildId, shardCount));
  log.info(
    { user: readyClient.user.id, application: readyClient.application.id, guilds: readyClient.guilds.cache.size, shards: [...ownShards], shardCount },
    'connected to Discord',
  );
  const announceFailed = (thread: string) => (err: unknown): void => log.warn({ err, thread }, 'could not tell the channel a debate closed');
  // Threads owed a lock, an unlock, a summary or an archive by a pause, resume or close the bot
  // recorded before it last stopped (a crash mid-way) get it now. Not awaited: the bot answers
  // meanwhile, and each thread's work is serialised with the commands' (syncDebateThread).
  const reconciled = reconcileThreads({
    debates,
    log: log.child({ module: 'reconcile' }),
    syncThread: (debate) => syncDebateThread(readyClient, debates, debate.threadId, { onAnnounceError: announceFailed(debate.threadId) }),
    ...(ownsGuild !== undefined ? { ownsGuild } : {}),
  });
  // Tracked like an interaction, so a stop waits for it before closing the database.
  track(reconciled.then(() => undefined));
  // Not awaited: until the ids arrive, messages name commands in plain text.
  const commandIdsFetched = ctx.commandIds.load(readyClient, config.discordGuildId, log);
  track(commandIdsFetched);
  // Debates whose time ran out while the bot was down close now; the rest when their time comes.
  const autoCloser = startAutoCloser({
    debates,
    log: log.child({ module: 'auto-close' }),
    ...(options.now !== undefined ? { now: options.now } : {}),
    ...(ownsGuild !== undefined ? { ownsGuild } : {}),
    onClosed: async (closed) => {
      const result = await syncDebateThread(readyClient, debates, closed.debate.threadId, { summary: closed.summary, onAnnounceError: announceFailed(closed.debate.threadId) });
      if (result === 'gone') log.warn({ debate: closed.debate.id, thread: closed.debate.threadId }, 'closed debate has no thread any more');
    },
  });

  // Kept questions past their server's retention go now (days may have passed while the bot was
  // down) and then daily. Idempotent, so under sharding every process may run it.
  const pruner = digest === undefined ? undefined : startQuestionPruner({ digest, log: log.child({ module: 'digest' }) });

  let stopping: Promise<void> | undefined;
  const drainTimeoutMs = options.drainTimeoutMs ?? 5_000;
  return {
    client: readyClient,
    failed,
    commandIdsFetched,
    stop() {
      stopping ??= (async () => {
        autoCloser.stop();
        pruner?.stop();
        // Interactions Discord sent just before the signal may still sit in the socket or the
        // gateway's decoder: keep answering them in full until the gateway has been quiet for a
        // moment (bounded), then take no more. Without this, a burst just before SIGTERM was
        // told "restarting" or lost (tests/e2e/sigterm-drain.test.ts).
        const settleUntil = Date.now() + SETTLE_MAX_MS;
        do await sleep(SETTLE_QUIET_MS);
        while (Date.now() - lastInteractionAt < SETTLE_QUIET_MS && Date.now() < settleUntil);
        accepting = false;
        log.info({ inFlight: inFlight.size }, 'stopping: finishing interactions in flight');
        // Loop: an interaction declined during the drain is in flight too, and is waited for.
        const deadline = Date.now() + drainTimeoutMs;
        while (inFlight.size > 0) {
          const remaining = deadline - Date.now();
          if (remaining <= 0) {
            log.warn({ inFlight: inFlight.size, drainTimeoutMs }, 'stopping with interactions still in flight');
            break;
          }
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<void>((resolve) => {
            timer = setTimeout(resolve, remaining);
          });
          await Promise.race([Promise.allSettled([...inFlight]), timeout]);
          clearTimeout(timer);
        }
        await client.destroy();
        if (ownsDebates) debates.close();
        log.info('disconnected from Discord');
      })();
      return stopping;
    },
  };

  /** The SQLite store in DATA_DIR, with the folder checked first and its problems in words. */
  function openOwnDebates(): DebateService {
    prepareDataDir(config.dataDir);
    const file = path.join(config.dataDir, DATABASE_FILE);
    return openInDataDir(config.dataDir, file, () =>
      openDebateService({ dataDir: config.dataDir, corpus: engine.corpus, ...(options.now !== undefined ? { now: options.now } : {}) }),
    );
  }

  /** During shutdown: a polite private word instead of silence (autocomplete just gets no choices). */
  async function decline(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await suggest(interaction, []);
    else if (interaction.isRepliable()) await replyPrivately(interaction, RESTARTING);
  }
}
