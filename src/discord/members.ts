// Who is interacting, as the features need it: the name to credit (never a mention) and
// whether they may moderate. Safe in DMs, where there is no member and no permissions.
import { GuildMember, PermissionFlagsBits, type BaseInteraction } from 'discord.js';

/** The name the class knows the student by: server nickname, else display name, else username. */
export function displayNameOf(interaction: BaseInteraction): string {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.displayName;
  if (member !== null && typeof member.nick === 'string' && member.nick !== '') return member.nick;
  return interaction.user.displayName;
}

/** Moderators may remove any post: Manage Messages, or Manage Threads (thread moderators). */
export function isModerator(interaction: BaseInteraction): boolean {
  return interaction.memberPermissions?.any([PermissionFlagsBits.ManageMessages, PermissionFlagsBits.ManageThreads]) ?? false;
}
