import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { loadEnvironment } from '../src/startup.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret.tokenvalue';

describe('loadConfig', () => {
  it('runs with nothing set: no token means the local console, folders default to the project', () => {
    const config = loadConfig({}, '/srv/bot');
    expect(config).toEqual({
      discordToken: undefined,
      discordGuildId: undefined,
      discordApiUrl: undefined,
      corpusDir: path.resolve('/srv/bot/corpus'),
      dataDir: path.resolve('/srv/bot/data'),
      logLevel: 'info',
      shardCount: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable, treating blank values as unset', () => {
    const config = loadConfig(
      { DISCORD_TOKEN: ` ${TOKEN} `, DISCORD_GUILD_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api', CORPUS_DIR: 'readings', DATA_DIR: '', LOG_LEVEL: 'debug' },
      '/srv/bot',
    );
    expect(config.discordToken).toBe(TOKEN);
    expect(config.discordGuildId).toBe('123456789012345678');
    expect(config.discordApiUrl).toBe('http://127.0.0.1:9/api');
    expect(config.corpusDir).toBe(path.resolve('/srv/bot/readings'));
    expect(config.dataDir).toBe(path.resolve('/srv/bot/data'));
    expect(config.logLevel).toBe('debug');
  });

  it('names every bad variable in one error, and how to fix it', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_GUILD_ID: 'my class', DISCORD_API_URL: 'discord', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect((error as ConfigError).problems).toHaveLength(3);
    expect(message).toMatch(/DISCORD_GUILD_ID must be a server id .*Copy Server ID/);
    expect(message).toMatch(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(message).toMatch(/LOG_LEVEL must be one of fatal, error/);
  });

  it('never echoes a malformed token back', () => {
    const bad = `${TOKEN} pasted twice`;
    expect(() => loadConfig({ DISCORD_TOKEN: bad })).toThrowError(/DISCORD_TOKEN contains whitespace/);
    try {
      loadConfig({ DISCORD_TOKEN: bad });
    } catch (err) {
      expect(String((err as Error).message)).not.toContain('secret');
    }
  });
});

describe('loadConfig with a token pasted into the wrong variable', () => {
  it.each(['DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL'])('does not echo it back in the error about %s', (name) => {
    const env = { DISCORD_TOKEN: TOKEN, [name]: TOKEN };
    expect(() => loadConfig(env)).toThrowError(new RegExp(`${name} .*looks like a token, not shown`));
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).not.toContain('secret');
      expect((err as Error).message).not.toContain(TOKEN.slice(0, 12));
    }
  });

  it('hides a token-shaped value even when no token is set', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'MTExMTExMTExMTExMTExMTEx.SECRET-TOKEN-MARKER.abcdefghijklmnopqrstuvwxyz0' })).toThrowError(/looks like a token, not shown/);
  });
});

describe('LOG_LEVEL', () => {
  it.each(['DEBUG', 'Info', 'wArN'])('accepts %s in any case', (level) => {
    expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level.toLowerCase());
  });
});

describe('loadEnvironment', () => {
  it('reports a CORPUS_DIR that does not exist together with the other problems', () => {
    let message = '';
    try {
      loadEnvironment({ CORPUS_DIR: '/nonexistent/readings', LOG_LEVEL: 'loud' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/LOG_LEVEL must be one of/);
    expect(message).toMatch(/CORPUS_DIR \/nonexistent\/readings cannot be read \(ENOENT\); set CORPUS_DIR to the folder of readings/);
  });

  it('reports a CORPUS_DIR that is a file', () => {
    expect(() => loadEnvironment({ CORPUS_DIR: path.resolve('package.json') })).toThrowError(/CORPUS_DIR .*package\.json is a file/);
  });

  it('does not need the readings for the invite link', () => {
    expect(loadEnvironment({ CORPUS_DIR: '/nonexistent/readings' }, { needsCorpus: false }).corpusDir).toBe('/nonexistent/readings');
  });
});

describe('SHARD_COUNT', () => {
  it('is a whole number of shards for npm run start:sharded', () => {
    expect(loadConfig({ SHARD_COUNT: '4' }).shardCount).toBe(4);
    expect(loadConfig({}).shardCount).toBeUndefined();
  });

  it.each(['0', 'two', '-1', '1.5'])('refuses %s', (value) => {
    expect(() => loadConfig({ SHARD_COUNT: value })).toThrowError(/SHARD_COUNT must be a whole number of shards/);
  });
});
