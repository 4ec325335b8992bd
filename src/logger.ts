// One pino root logger for the process; modules take children of it. JSON lines go to stderr,
// because stdout belongs to answers (console, CLI, --json).
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

// Wherever a token could appear in a log object, pino replaces it before the line is written.
const REDACT_PATHS = ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization', '*.headers.authorization', 'config.discordToken'];

// An interaction's token sits in the URL of every callback and webhook request (it lets anyone
// answer as the bot for 15 minutes): logged request errors keep the route but not the token.
const INTERACTION_TOKEN_IN_URL = /\/(interactions|webhooks)\/(\d+)\/[^/?#]+/g;

/** pino's error serializer, minus what a discord.js request error carries that must not be logged. */
export function serializeError(err: unknown): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  // The body of a failed request is the message we tried to send, which may quote students.
  delete serialized.requestBody;
  for (const key of ['url', 'message', 'stack']) {
    const value = serialized[key];
    if (typeof value === 'string') serialized[key] = value.replace(INTERACTION_TOKEN_IN_URL, '/$1/$2/[token]');
  }
  return serialized;
}

export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError },
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that writes nothing, for tests and for code paths that have no logger to hand. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
