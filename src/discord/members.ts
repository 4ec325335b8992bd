// Who is interacting, as the features need it: the name to credit (never a mention) and
// whether they may moderate. Safe in DMs, where there is no member and no permissions.
import { GuildMember, PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { DebateService } from '../debate/debate-service.js';
import { isModerator as isDebateModerator } from '../debate/permissions.js';

/** The name the class knows the student by: server nickname, else display name, else username. */
export function displayNameOf(interaction: BaseInteraction): string {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.displayName;
  if (member !== null && typeof member.nick === 'string' && member.nick !== '') return member.nick;
  return interaction.user.displayName;
}

/** The ids of the member's roles, from a cached member or the raw interaction payload. */
export function roleIdsOf(interaction: BaseInteraction): string[] {
  const member = interaction.member;
  if (member === null) return [];
  if (member instanceof GuildMember) return [...member.roles.cache.keys()];
  return Array.isArray(member.roles) ? [...member.roles] : [];
}

/**
 * Whether the member may run debates: Manage Threads, Administrator, or the server's moderator
 * role (from the debate settings). Checked on the server side for every moderator action,
 * whatever Discord showed the user. Never true in DMs.
 */
export function mayModerateDebates(interaction: BaseInteraction, debates: DebateService | undefined): boolean {
  if (interaction.guildId === null) return false;
  const memberPermissions = interaction.memberPermissions?.bitfield ?? 0n;
  const settings = debates?.getSettings(interaction.guildId) ?? { moderatorRoleId: null };
  return isDebateModerator({ memberPermissions, roleIds: roleIdsOf(interaction) }, settings);
}

/** Whether the member may remove anyone's post: Manage Messages, or a debate moderator. */
export function mayRemovePosts(interaction: BaseInteraction, debates: DebateService | undefined): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) === true) return true;
  return mayModerateDebates(interaction, debates);
}
