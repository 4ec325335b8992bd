// The deploy step against the fake Discord: bulk overwrite to a guild or globally, the
// application id asked of Discord, and a clear error for a refused token.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { isMessageCommand, type Command } from '../../src/discord/command.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands, describeDeployment } from '../../src/discord/deploy.js';
import { ConfigError } from '../../src/errors.js';
import { createSilentLogger } from '../../src/logger.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';

let discord: FakeDiscord | undefined;
afterEach(async () => {
  await discord?.stop();
});

const definitions = commands.map((command) => command.data);
const names = definitions.map((definition) => definition.name);
const slashDefinitions = commands.filter((command): command is Command => !isMessageCommand(command)).map((command) => command.data);

describe('deploying the commands', () => {
  it('overwrites the guild’s commands when DISCORD_GUILD_ID is set', async () => {
    discord = await startFakeDiscord();
    const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guild.id });
    const result = await deployCommands(config, definitions, createSilentLogger());
    expect(names).toEqual(expect.arrayContaining(['ask', 'footnote', 'passage', 'help']));
    expect(result).toMatchObject({ applicationId: discord.applicationId, scope: { kind: 'guild', guildId: discord.guild.id }, names });
    expect(discord.commands(discord.guild.id).map((command) => command.name)).toEqual(names);
    expect(discord.commands()).toEqual([]);
    expect(result.messageCommands).toEqual(['Find in essay', 'Check quote']);
    const listed = names.map((name) => (result.messageCommands.includes(name) ? `“${name}” (message menu)` : `/${name}`));
    expect(describeDeployment(result)).toBe(`Deployed ${names.length} commands (${listed.join(', ')}) to server ${discord.guild.id}: ready to use now.`);
    expect(describeDeployment(result)).toContain('/ask, ');
    expect(describeDeployment(result)).toContain('“Check quote” (message menu)');
    expect(discord.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('deploys globally without a guild id, asking Discord for the application id', async () => {
    discord = await startFakeDiscord();
    const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
    const result = await deployCommands(config, definitions, createSilentLogger());
    expect(result.scope).toEqual({ kind: 'global' });
    expect(discord.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /applications/@me',
      `PUT /applications/${discord.applicationId}/commands`,
    ]);
    expect(describeDeployment(result)).toMatch(/globally/);
  });

  it('defines the options teachers’ notes rely on', () => {
    const ask = slashDefinitions.find((d) => d.name === 'ask')!;
    expect(ask.options?.map((o) => [o.name, o.type, o.required ?? false])).toEqual([
      ['question', 3, true],
      ['reading', 3, false],
      ['private', 5, false],
    ]);
    for (const name of ['footnote', 'passage']) {
      const definition = slashDefinitions.find((d) => d.name === name)!;
      expect(definition.options?.map((o) => ({ name: o.name, type: o.type, required: o.required, autocomplete: 'autocomplete' in o ? o.autocomplete : undefined }))).toEqual([
        { name: 'number', type: 4, required: true, autocomplete: true },
        { name: 'reading', type: 3, required: false, autocomplete: true },
      ]);
    }
  });

  it('defines the message commands, found by right-clicking a message', () => {
    const menus = commands.filter(isMessageCommand).map((command) => command.data);
    expect(menus.map((d) => ({ name: d.name, type: d.type }))).toEqual([
      { name: 'Find in essay', type: 3 },
      { name: 'Check quote', type: 3 },
    ]);
  });

  it('says clearly when Discord refuses the token, without printing it', async () => {
    discord = await startFakeDiscord();
    const config = loadConfig({ DISCORD_TOKEN: 'WRONG.token.value', DISCORD_API_URL: discord.apiUrl });
    const error = await deployCommands(config, definitions, createSilentLogger()).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(/refused DISCORD_TOKEN \(401/);
    expect(String(error)).not.toContain('WRONG.token.value');
  });
});
