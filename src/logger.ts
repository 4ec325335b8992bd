// One pino root logger for the process; modules take children of it. JSON lines go to stderr,
// because stdout belongs to answers (console, CLI, --json).
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

// Wherever a token could appear in a log object, pino replaces it before the line is written.
const REDACT_PATHS = ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization', '*.headers.authorization', 'config.discordToken'];

export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that writes nothing, for tests and for code paths that have no logger to hand. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
