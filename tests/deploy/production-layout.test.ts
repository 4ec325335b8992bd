// The production layout, as the Dockerfile and a systemd host build it: a copy of the project with
// dist/ built beforehand and only the production dependencies (`npm ci --omit=dev`), so no
// TypeScript. From it, `npm start` runs the console and the bot (against the fake Discord) and the
// CLI answers, none of them compiling anything.
//
// better-sqlite3's native addon is offered to its installer as a local prebuild (the one the
// development install compiled), as its prebuilt download would be on a connected machine: the
// install stays offline-safe (packages from npm's cache) and takes seconds instead of minutes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { PROJECT_ROOT } from '../hardening/child-process.js';
import { startFakeDiscord, embedsOf } from '../support/fake-discord/index.js';
import { run, type Running } from './process.js';

let app = '';
let prebuilds = '';
const running: Running[] = [];

/** Packs the development install's compiled addon as prebuild-install names a download. */
function packLocalPrebuild(into: string): void {
  const addon = path.join(PROJECT_ROOT, 'node_modules/better-sqlite3');
  const { version } = JSON.parse(readFileSync(path.join(addon, 'package.json'), 'utf8')) as { version: string };
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['czf', path.join(into, name), 'build/Release/better_sqlite3.node'], { cwd: addon });
}

beforeAll(async () => {
  app = mkdtempSync(path.join(tmpdir(), 'essay-production-'));
  prebuilds = mkdtempSync(path.join(tmpdir(), 'essay-prebuilds-'));
  for (const entry of ['package.json', 'package-lock.json', 'scripts', 'dist', 'corpus']) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(app, entry), { recursive: true });
  }
  packLocalPrebuild(prebuilds);
  const install = run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: app,
    env: { npm_config_better_sqlite3_local_prebuilds: prebuilds },
  });
  running.push(install);
  const { code } = await install.exited(240_000);
  if (code !== 0) throw new Error(`npm ci --omit=dev failed (${code}):\n${install.output().slice(-3000)}`);
}, 300_000);

afterAll(() => {
  for (const child of running) child.kill();
  rmSync(app, { recursive: true, force: true });
  rmSync(prebuilds, { recursive: true, force: true });
});

describe('the production layout (dist/ + npm ci --omit=dev)', () => {
  it('has no development dependencies', () => {
    expect(existsSync(path.join(app, 'node_modules/discord.js'))).toBe(true);
    expect(existsSync(path.join(app, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(path.join(app, 'node_modules/vitest'))).toBe(false);
  });

  it('runs the console with npm start, compiling nothing', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-production-data-'));
    const console = run('npm', ['start', '-s'], { cwd: app, env: { DATA_DIR: dataDir }, input: '/ask why did Russia turn to China?\n/quit\n' });
    running.push(console);
    const exit = await console.exited(60_000);
    expect(exit, console.output()).toEqual({ code: 0, signal: null });
    expect(console.stdout()).toContain('¶');
    expect(console.output()).not.toMatch(/tsc|not found/);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers from the CLI', async () => {
    const cli = run('npm', ['run', '-s', 'cli', '--', 'footnote', '3', '--json'], { cwd: app, env: {} });
    running.push(cli);
    const exit = await cli.exited(60_000);
    expect(exit, cli.output()).toEqual({ code: 0, signal: null });
    expect(JSON.parse(cli.stdout())).toMatchObject({ number: 3 });
  });

  it('runs the bot against the fake Discord and stops cleanly on SIGTERM', async () => {
    const discord = await startFakeDiscord();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-production-data-'));
    try {
      const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id });
      await deployCommands(config, commands.map((command) => command.data), createSilentLogger());
      const bot = run(process.execPath, ['dist/src/index.js'], { cwd: app, env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATA_DIR: dataDir } });
      running.push(bot);
      await discord.waitForReady({ timeoutMs: 30_000 });
      const reply = await discord.sendCommand({ name: 'ask', options: { question: 'Why did the Kremlin grow closer to Beijing?' } }).waitForReply({ timeoutMs: 10_000 });
      expect(JSON.stringify(embedsOf(reply))).toContain('¶');

      bot.child.kill('SIGTERM');
      expect(await bot.exited(20_000), bot.output()).toEqual({ code: 0, signal: null });
      expect(existsSync(path.join(dataDir, 'bot.sqlite'))).toBe(true);

      // The container's HEALTHCHECK, from the same layout: healthy with the database, not without.
      const healthy = run(process.execPath, ['dist/src/healthcheck.js'], { cwd: app, env: { DATA_DIR: dataDir } });
      running.push(healthy);
      expect(await healthy.exited(30_000), healthy.output()).toEqual({ code: 0, signal: null });
      const empty = mkdtempSync(path.join(tmpdir(), 'essay-production-empty-'));
      const unhealthy = run(process.execPath, ['dist/src/healthcheck.js'], { cwd: app, env: { DATA_DIR: empty } });
      running.push(unhealthy);
      expect((await unhealthy.exited(30_000)).code).toBe(1);
      rmSync(empty, { recursive: true, force: true });
    } finally {
      await discord.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
