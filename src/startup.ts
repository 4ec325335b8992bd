// Shared by the entry points (bot/console, CLI, deploy step): load .env, read the config, and
// turn the errors a teacher can fix (config, reading files) into one clear line and an exit code
// instead of a stack trace.
import dotenv from 'dotenv';
import { loadConfig, type Config } from './config.js';
import { ConfigError, ReadingError } from './errors.js';

/** Loads `.env` (variables already in the environment win), then the config. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): Config {
  // quiet: dotenv would otherwise print a banner to stdout, which belongs to answers and JSON.
  dotenv.config({ quiet: true, processEnv: env as dotenv.DotenvPopulateInput });
  return loadConfig(env);
}

/** The message to show for an error that stops the program, or undefined for a real bug. */
export function describeFatalError(err: unknown): string | undefined {
  if (err instanceof ConfigError) return `${err.message}\nSee .env.example for what each variable means.`;
  if (err instanceof ReadingError) return `Cannot load the readings: ${err.message}`;
  // discord.js says "An invalid token was provided." (code TokenInvalid) when Discord answers 401.
  if (err instanceof Error && (err as { code?: unknown }).code === 'TokenInvalid') {
    return 'Discord did not accept DISCORD_TOKEN. Copy a fresh one from the Developer Portal (your application > Bot > Reset Token) into .env, or unset DISCORD_TOKEN to use the local console.';
  }
  return undefined;
}

/** Prints a fatal error for a person (no stack for errors they can fix) and sets the exit code. */
export function reportFatalError(err: unknown, stderr: NodeJS.WritableStream = process.stderr): void {
  const known = describeFatalError(err);
  stderr.write(`${known ?? `Unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`}\n`);
  process.exitCode = 1;
}
