// The ids Discord gave the bot's slash commands, fetched once connected and kept, so messages can
// mention commands (`</ask:ID>`, see views/discord/command-mentions.ts). Guild commands (a class
// server's, deployed with DISCORD_GUILD_ID) take precedence there over global ones. Until the
// fetch has answered, or if it fails, every lookup is undefined and commands are named in text.
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandIdOf } from '../views/discord/command-mentions.js';

export interface CommandIds {
  /** The ids valid in a server (its guild commands first, then the global ones); in a DM, the global ones. */
  forGuild(guildId: string | null): CommandIdOf;
  /** Fetches the registered commands (global, and `guildId`'s when given) into the cache. Never throws: a failure is logged. */
  load(client: Client<true>, guildId: string | undefined, log: Logger): Promise<void>;
}

export function createCommandIds(): CommandIds {
  let global = new Map<string, string>();
  const byGuild = new Map<string, Map<string, string>>();
  const idsOf = (commands: Iterable<{ readonly name: string; readonly id: string }>): Map<string, string> => new Map([...commands].map((command) => [command.name, command.id]));
  return {
    forGuild(guildId) {
      const own = guildId === null ? undefined : byGuild.get(guildId);
      return (name) => own?.get(name) ?? global.get(name);
    },
    async load(client, guildId, log) {
      try {
        global = idsOf((await client.application.commands.fetch()).values());
        if (guildId !== undefined) byGuild.set(guildId, idsOf((await client.application.commands.fetch({ guildId })).values()));
        log.debug({ global: global.size, guild: guildId === undefined ? 0 : (byGuild.get(guildId)?.size ?? 0) }, 'command ids fetched');
      } catch (err) {
        log.warn({ err }, 'could not fetch the registered commands; messages name commands in plain text');
      }
    },
  };
}
