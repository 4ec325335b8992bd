// Shared by the entry points (bot/console, CLI, deploy step): load .env, read the config, and
// turn the errors a teacher can fix (config, reading files) into one clear line and an exit code
// instead of a stack trace.
import { statSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { loadConfig, type Config } from './config.js';
import { ConfigError, DataDirError, GatewayFatalError, ReadingError } from './errors.js';

/**
 * Loads `.env` (variables already in the environment win), then the config. With `needsCorpus`
 * (every entry point but the invite link), a CORPUS_DIR that is not a folder is one more config
 * problem, listed with the others instead of failing later on its own.
 */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env, options: { readonly needsCorpus?: boolean } = {}): Config {
  // quiet: dotenv would otherwise print a banner to stdout, which belongs to answers and JSON.
  dotenv.config({ quiet: true, processEnv: env as dotenv.DotenvPopulateInput });
  const problems: string[] = [];
  let config: Config | undefined;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  if (options.needsCorpus !== false) {
    const corpusDir = config?.corpusDir ?? path.resolve(env.CORPUS_DIR?.trim() || 'corpus');
    const problem = corpusDirProblem(corpusDir);
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length > 0 || config === undefined) throw new ConfigError(problems);
  return config;
}

function corpusDirProblem(corpusDir: string): string | undefined {
  try {
    if (statSync(corpusDir).isDirectory()) return undefined;
    return `CORPUS_DIR ${corpusDir} is a file; set CORPUS_DIR to the folder of readings (.md files), e.g. the project's corpus/.`;
  } catch (err) {
    return `CORPUS_DIR ${corpusDir} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); set CORPUS_DIR to the folder of readings (.md files), e.g. the project's corpus/.`;
  }
}

/** The message to show for an error that stops the program, or undefined for a real bug. */
export function describeFatalError(err: unknown): string | undefined {
  if (err instanceof ConfigError) return `${err.message}\nSee .env.example for what each variable means.`;
  if (err instanceof ReadingError) return `Cannot load the readings: ${err.message}`;
  if (err instanceof DataDirError || err instanceof GatewayFatalError) return err.message;
  const network = networkErrorCode(err);
  if (network !== undefined) {
    return `Cannot reach Discord (${network}). Check this machine's internet connection, DNS and firewall (and DISCORD_API_URL, if set), then start the bot again.`;
  }
  // discord.js says "An invalid token was provided." (code TokenInvalid) when Discord answers 401.
  if (err instanceof Error && (err as { code?: unknown }).code === 'TokenInvalid') {
    return 'Discord did not accept DISCORD_TOKEN. Copy a fresh one from the Developer Portal (your application > Bot > Reset Token) into .env, or unset DISCORD_TOKEN to use the local console.';
  }
  return undefined;
}

// What Node and undici report when a host cannot be looked up or connected to.
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** The network error code of `err` or of one of its causes (fetch wraps them), if any. */
function networkErrorCode(err: unknown): string | undefined {
  for (let current = err, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const innerCode = (inner as { code?: unknown } | undefined)?.code;
        if (typeof innerCode === 'string' && NETWORK_CODES.has(innerCode)) return innerCode;
      }
    }
  }
  return undefined;
}

/** Prints a fatal error for a person (no stack for errors they can fix) and sets the exit code. */
export function reportFatalError(err: unknown, stderr: NodeJS.WritableStream = process.stderr): void {
  const known = describeFatalError(err);
  stderr.write(`${known ?? `Unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`}\n`);
  process.exitCode = 1;
}
