// Secrets: with a recognisable token, nothing the project prints — config errors, the command
// line, the logger, the running bot, a failed login — contains it; and the files that may hold it
// (.env, data/) are git-ignored.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Client, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createLogger, createSilentLogger } from '../../src/logger.js';
import { describeFatalError } from '../../src/startup.js';
import { startFakeDiscord, type FakeDiscord, embedsOf } from '../support/fake-discord/index.js';
import { distScript, PROJECT_ROOT, runChild, startChild, type Child } from './child-process.js';

/** A token no output could contain by accident: its middle and last parts are the secret. */
const TOKEN = 'MTExMTExMTExMTExMTExMTEx.SECRET-TOKEN-MARKER.abcdefghijklmnopqrstuvwxyz0';
const SECRET_PARTS = [TOKEN, 'SECRET-TOKEN-MARKER', 'abcdefghijklmnopqrstuvwxyz0'];
const CORPUS = path.join(PROJECT_ROOT, 'corpus');
const BROKEN_CORPUS = path.join(PROJECT_ROOT, 'tests/fixtures/cli-corpus/broken');

function expectNoToken(text: string): void {
  for (const part of SECRET_PARTS) expect(text.includes(part), `printed text contains "${part}":\n${text.slice(0, 2000)}`).toBe(false);
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('config errors', () => {
  it('list every other bad variable without echoing the token', () => {
    let message = '';
    try {
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'abc', DISCORD_API_URL: 'ftp://example.com', LOG_LEVEL: 'loud', CORPUS_DIR: 'nowhere' });
    } catch (err) {
      message = String(err) + (err instanceof Error ? (err.stack ?? '') : '');
    }
    expect(message).toMatch(/DISCORD_GUILD_ID[\s\S]*DISCORD_API_URL[\s\S]*LOG_LEVEL/);
    expectNoToken(message);
  });

  it.each([
    ['a space inside', `${TOKEN.slice(0, 30)} ${TOKEN.slice(30)}`],
    ['a trailing word', `${TOKEN} extra`],
    ['a "Bot " prefix', `Bot ${TOKEN}`],
    ['a line break inside', `${TOKEN.slice(0, 40)}\n${TOKEN.slice(40)}`],
  ])('say what is wrong with a token with %s, without quoting it', (_what, token) => {
    let message = '';
    try {
      loadConfig({ DISCORD_TOKEN: token });
    } catch (err) {
      message = String(err);
    }
    expect(message).toMatch(/DISCORD_TOKEN contains whitespace/);
    expectNoToken(message);
    expectNoToken(describeFatalError(new Error('unrelated')) ?? '');
  });

  it('accept surrounding whitespace (a copied line) and keep the token itself only in the config object', () => {
    const config = loadConfig({ DISCORD_TOKEN: `  ${TOKEN}\n` });
    expect(config.discordToken).toBe(TOKEN);
  });
});

describe('the command line, with DISCORD_TOKEN set', () => {
  const env = { DISCORD_TOKEN: TOKEN, CORPUS_DIR: CORPUS, LOG_LEVEL: 'trace' };

  it.each([
    ['ask', ['ask', 'Why did Russia move closer to China?'], env, 0],
    ['ask --json', ['ask', '--json', 'What is the SCO?'], env, 0],
    ['ask --json from stdin', ['ask', '--json'], env, 0],
    ['invite', ['invite'], env, 0],
    ['footnote 99 (bad input)', ['footnote', '99'], env, 2],
    ['passage abc (bad input)', ['passage', 'abc'], env, 2],
    ['an empty question', ['ask', ''], env, 2],
    ['an unknown command', ['steal', '--token'], env, 2],
    ['a broken CORPUS_DIR', ['ask', 'Why?'], { ...env, CORPUS_DIR: BROKEN_CORPUS }, 1],
    ['a missing CORPUS_DIR', ['passages'], { ...env, CORPUS_DIR: '/nonexistent/corpus' }, 1],
    ['a bad LOG_LEVEL', ['ask', 'Why?'], { ...env, LOG_LEVEL: 'loud' }, 1],
    ['a token with whitespace', ['ask', 'Why?'], { ...env, DISCORD_TOKEN: `${TOKEN} x` }, 1],
  ] as const)('never prints it: %s', async (_what, args, variables, expectedCode) => {
    const { code, stdout, stderr } = await runChild([distScript('cli.js'), ...args], variables, 'Who is Putin?\n\n@everyone <@&123456789012345678>\n');
    expect(code, stderr).toBe(expectedCode);
    expectNoToken(stdout + stderr);
  });
});

describe('the logger', () => {
  function capture(): { lines: () => string; log: ReturnType<typeof createLogger> } {
    let text = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString('utf8');
        done();
      },
    });
    return { lines: () => text, log: createLogger('trace', destination) };
  }

  it('redacts the token wherever the code could log it', () => {
    const { lines, log } = capture();
    const config = loadConfig({ DISCORD_TOKEN: TOKEN });
    log.info({ token: TOKEN }, 'a token field');
    log.info({ discordToken: TOKEN }, 'a config field');
    log.info({ config }, 'the whole config');
    log.info({ client: { token: TOKEN } }, 'an options object');
    log.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'request headers');
    log.child({ module: 'bot' }).warn({ rest: { token: TOKEN } }, 'a child logger');
    expectNoToken(lines());
    expect(lines().match(/\[redacted\]/g)).toHaveLength(6);
  });

  it('logs a failed login (Discord answers 401) without the token', async () => {
    const discord = await startFakeDiscord({ token: 'another.bot-token.entirely' });
    cleanups.push(() => discord.stop());
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
    cleanups.push(() => client.destroy());
    const { lines, log } = capture();
    let failure: unknown;
    try {
      await client.login(TOKEN);
    } catch (err) {
      failure = err;
      log.error({ err }, 'login failed');
    }
    // discord.js's error names the problem ("An invalid token was provided."), never the token.
    expect(failure).toBeInstanceOf(Error);
    expect(lines()).toMatch(/TokenInvalid|invalid token/i);
    expectNoToken(lines());
  });
});

describe('the running bot (node dist/src/index.js), logging at trace', () => {
  async function startFake(token: string): Promise<FakeDiscord> {
    const discord = await startFakeDiscord({ token });
    cleanups.push(() => discord.stop());
    return discord;
  }

  function startBot(discord: FakeDiscord, token: string): Child {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-secrets-data-'));
    const bot = startChild([distScript('index.js')], {
      DISCORD_TOKEN: token,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR: CORPUS,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
    });
    cleanups.push(() => {
      bot.kill();
      rmSync(dataDir, { recursive: true, force: true });
    });
    return bot;
  }

  it('answers a command and stops on SIGTERM without ever printing the token', async () => {
    const discord = await startFake(TOKEN);
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id });
    await deployCommands(config, commands.map((command) => command.data), createSilentLogger());
    const bot = startBot(discord, TOKEN);
    await discord.waitForReady({ timeoutMs: 30_000 });
    const reply = await discord.sendCommand({ name: 'ask', options: { question: 'Why did the Kremlin grow closer to Beijing?' } }).waitForReply({ timeoutMs: 15_000 });
    expect(embedsOf(reply).length).toBeGreaterThan(0);
    await discord.sendCommand({ name: 'footnote', options: { number: 99 } }).waitForReply({ timeoutMs: 15_000 });
    bot.process.kill('SIGTERM');
    expect(await bot.exited(20_000)).toBe(0);
    expect(bot.output()).toMatch(/"level":10|"level":20|"level":30/); // it did log, at trace
    expectNoToken(bot.output());
  }, 60_000);

  it('exits non-zero on a wrong token, naming DISCORD_TOKEN and not quoting it', async () => {
    const discord = await startFake('the.right-token.for-this-fake');
    const bot = startBot(discord, TOKEN);
    const code = await bot.exited(30_000);
    expect(code).not.toBe(0);
    expect(bot.stderr()).toMatch(/DISCORD_TOKEN/);
    expectNoToken(bot.output());
  }, 60_000);
});

describe('the deploy step (node dist/src/deploy-commands.js), logging at trace', () => {
  it.each([
    ['deploys with the right token', TOKEN, 0],
    ['fails on a token Discord refuses', 'the.right-token.for-this-fake', 1],
  ] as const)('%s without printing it', async (_what, fakeToken, expectedCode) => {
    const discord = await startFakeDiscord({ token: fakeToken });
    cleanups.push(() => discord.stop());
    const { code, stdout, stderr } = await runChild([distScript('deploy-commands.js')], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
      CORPUS_DIR: CORPUS,
      LOG_LEVEL: 'trace',
    });
    expect(code, stderr).toBe(expectedCode);
    expectNoToken(stdout + stderr);
  }, 60_000);
});

describe('files that may hold the token', () => {
  it.each(['.env', 'data/', 'data/bot.sqlite', 'data/bot.sqlite-wal'])('git ignores %s', (file) => {
    // check-ignore exits 0 when the path is ignored, 1 when it is not (it throws then).
    expect(() => execFileSync('git', ['check-ignore', '-q', file], { cwd: PROJECT_ROOT })).not.toThrow();
  });

  it('git does not ignore .env.example, which documents the variables without values', () => {
    expect(() => execFileSync('git', ['check-ignore', '-q', '.env.example'], { cwd: PROJECT_ROOT })).toThrow();
  });
});
