// Registers the commands (slash and message commands) with Discord by bulk overwrite (PUT): to one
// server when a guild id is configured (instant, for a class server), globally otherwise. The
// application id comes from Discord itself (GET /applications/@me), so no client id needs configuring.
import { ApplicationCommandType, DiscordAPIError, REST, Routes, type APIApplication, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';

export type DeployScope = { readonly kind: 'guild'; readonly guildId: string } | { readonly kind: 'global' };

export interface DeployResult {
  readonly applicationId: string;
  readonly scope: DeployScope;
  /** The command names Discord now has, as it returned them. */
  readonly names: readonly string[];
  /** Which of them are message commands (right-click a message > Apps), not slash commands. */
  readonly messageCommands: readonly string[];
}

export async function deployCommands(
  config: Config,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
  log: Logger,
): Promise<DeployResult> {
  if (config.discordToken === undefined) {
    throw new ConfigError(['DISCORD_TOKEN is required to deploy the commands (Developer Portal > Bot > Reset Token).']);
  }
  const rest = new REST(config.discordApiUrl !== undefined ? { api: config.discordApiUrl } : {}).setToken(config.discordToken);
  let application: APIApplication;
  try {
    application = (await rest.get(Routes.currentApplication())) as APIApplication;
  } catch (err) {
    if (err instanceof DiscordAPIError && err.status === 401) {
      throw new ConfigError(['Discord refused DISCORD_TOKEN (401 Unauthorized): copy it again from Developer Portal > Bot > Reset Token.']);
    }
    throw err;
  }
  const scope: DeployScope = config.discordGuildId !== undefined ? { kind: 'guild', guildId: config.discordGuildId } : { kind: 'global' };
  const route =
    scope.kind === 'guild' ? Routes.applicationGuildCommands(application.id, scope.guildId) : Routes.applicationCommands(application.id);
  const saved = (await rest.put(route, { body: definitions })) as readonly { name: string; type?: number }[];
  const names = saved.map((command) => command.name);
  const messageCommands = saved.filter((command) => command.type === ApplicationCommandType.Message).map((command) => command.name);
  log.info({ applicationId: application.id, scope, commands: names }, 'deployed commands');
  return { applicationId: application.id, scope, names, messageCommands };
}

/** One line for a person: what was deployed where, and when it shows up. */
export function describeDeployment(result: DeployResult): string {
  const list = result.names.map((name) => (result.messageCommands.includes(name) ? `“${name}” (message menu)` : `/${name}`)).join(', ');
  const count = `${result.names.length} command${result.names.length === 1 ? '' : 's'}`;
  return result.scope.kind === 'guild'
    ? `Deployed ${count} (${list}) to server ${result.scope.guildId}: ready to use now.`
    : `Deployed ${count} (${list}) globally: Discord may take a few minutes to show them in every server.`;
}
