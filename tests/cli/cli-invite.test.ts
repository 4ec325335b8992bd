// `npm run cli -- invite`: the OAuth2 link that adds the bot to a server, from --client-id or
// derived from DISCORD_TOKEN, never printing the token.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf, runCliProcess } from './run-cli-process.js';

const APP_ID = '123456789012345678';
// A made-up token whose first segment is the application id in base64, as Discord's are.
const TOKEN = `${Buffer.from(APP_ID).toString('base64')}.GfakeX.not-a-real-secret-part`;

describe('npm run cli -- invite', () => {
  it('prints the invite link for the application id given with --client-id', async () => {
    const { code, stdout } = await runCliProcess(['invite', '--client-id', APP_ID]);
    expect(code).toBe(0);
    const url = new URL(stdout.trim());
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
  });

  it('derives the application id from DISCORD_TOKEN and never prints the token', async () => {
    const { code, stdout, stderr } = await runCliProcess(['invite'], { env: { DISCORD_TOKEN: TOKEN } });
    expect(code).toBe(0);
    expect(new URL(stdout.trim()).searchParams.get('client_id')).toBe(APP_ID);
    expect(stdout + stderr).not.toContain('not-a-real-secret-part');
  });

  it('reads DISCORD_TOKEN from .env, while a variable already in the environment wins', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'essay-cli-dotenv-'));
    try {
      writeFileSync(path.join(folder, '.env'), `DISCORD_TOKEN=${TOKEN}\n`);
      const fromFile = await runCliProcess(['invite'], { cwd: folder });
      expect(fromFile.code).toBe(0);
      expect(new URL(fromFile.stdout.trim()).searchParams.get('client_id')).toBe(APP_ID);
      const otherId = '876543210987654321';
      const fromEnvironment = await runCliProcess(['invite'], { cwd: folder, env: { DISCORD_TOKEN: `${Buffer.from(otherId).toString('base64')}.x.y` } });
      expect(new URL(fromEnvironment.stdout.trim()).searchParams.get('client_id')).toBe(otherId);
      expect(fromFile.stderr + fromEnvironment.stderr).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits with code 2 and says what to set when there is neither --client-id nor DISCORD_TOKEN', async () => {
    const { code, stdout, stderr } = await runCliProcess(['invite']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toEqual(['invite needs the application id: pass --client-id ID, or set DISCORD_TOKEN in .env (the id is derived from the token)']);
  });

  it('exits with code 2 without quoting a token that is not a bot token', async () => {
    const { code, stderr } = await runCliProcess(['invite'], { env: { DISCORD_TOKEN: 'plainly-wrong-secret' } });
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual(['the application id cannot be derived from DISCORD_TOKEN (is it a bot token?): pass --client-id ID instead']);
    expect(stderr).not.toContain('plainly-wrong-secret');
  });

  it('exits with code 2 when --client-id is not an application id', async () => {
    const { code, stderr } = await runCliProcess(['invite', '--client-id', 'my-bot']);
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual(['--client-id must be the application id (17-20 digits, Developer Portal > General Information): got "my-bot"']);
  });
});
