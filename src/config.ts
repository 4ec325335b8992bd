// Reads the environment once into a typed, frozen object. Nothing else in the project reads
// process.env; dotenv is loaded only by the entry points, before they call loadConfig.
import path from 'node:path';
import { ConfigError } from './errors.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  /** Bot token; absent means "run the local console instead of the bot". */
  readonly discordToken: string | undefined;
  /** Guild to deploy commands to (instant); absent means global deployment. */
  readonly discordGuildId: string | undefined;
  /** REST base URL given to discord.js's `rest.api` unchanged (tests point it at a fake Discord). */
  readonly discordApiUrl: string | undefined;
  /** Folder of readings: every `.md` in it is loaded. */
  readonly corpusDir: string;
  /** Folder for the SQLite database; created on first run. */
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /** Shards for `npm run start:sharded`; absent means Discord's recommendation. */
  readonly shardCount: number | undefined;
}

const SNOWFLAKE = /^\d{17,20}$/;
// Three base64url segments, as Discord bot tokens are: a token pasted into the wrong variable
// must not be echoed back in the error that points at that variable.
const LOOKS_LIKE_A_TOKEN = /[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/;

/** Quotes a bad value for an error message, unless it could be a secret. */
function showValue(value: string, token: string | undefined, max: number): string {
  if (LOOKS_LIKE_A_TOKEN.test(value) || (token !== undefined && token.length >= 8 && value.includes(token.slice(0, 8)))) {
    return '(a value that looks like a token, not shown)';
  }
  return `"${value.slice(0, max)}"`;
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  const discordToken = read('DISCORD_TOKEN');
  // Never echo the token back, even when it is malformed: say what is wrong with it instead.
  if (discordToken !== undefined && /\s/.test(discordToken)) {
    problems.push('DISCORD_TOKEN contains whitespace; copy it again from the Developer Portal (Bot > Reset Token).');
  }

  const discordGuildId = read('DISCORD_GUILD_ID');
  if (discordGuildId !== undefined && !SNOWFLAKE.test(discordGuildId)) {
    problems.push(`DISCORD_GUILD_ID must be a server id (17-20 digits; right-click the server > Copy Server ID), got ${showValue(discordGuildId, discordToken, 40)}.`);
  }

  const discordApiUrl = read('DISCORD_API_URL');
  if (discordApiUrl !== undefined) {
    try {
      const url = new URL(discordApiUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    } catch {
      problems.push(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got ${showValue(discordApiUrl, discordToken, 80)}.`);
    }
  }

  // Any case: INFO and Debug are what people type after reading pino's or systemd's docs.
  const logLevelGiven = read('LOG_LEVEL') ?? 'info';
  const logLevelText = logLevelGiven.toLowerCase();
  if (!LOG_LEVELS.includes(logLevelText as LogLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${showValue(logLevelGiven, discordToken, 40)}.`);
  }

  const shardCountText = read('SHARD_COUNT');
  let shardCount: number | undefined;
  if (shardCountText !== undefined) {
    shardCount = /^\d{1,5}$/.test(shardCountText) ? Number(shardCountText) : Number.NaN;
    if (!(shardCount >= 1)) problems.push(`SHARD_COUNT must be a whole number of shards, 1 or more (or empty for Discord's recommendation), got ${showValue(shardCountText, discordToken, 20)}.`);
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    discordToken,
    discordGuildId,
    discordApiUrl,
    corpusDir: path.resolve(cwd, read('CORPUS_DIR') ?? 'corpus'),
    dataDir: path.resolve(cwd, read('DATA_DIR') ?? 'data'),
    logLevel: logLevelText as LogLevel,
    shardCount,
  });
}
