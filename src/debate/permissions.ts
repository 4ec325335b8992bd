// Who may moderate debates: members with Manage Threads (or Administrator) in the channel, or
// members holding the server's moderator role. Pure, so the rule is tested without Discord and
// checked on the server side for every moderator action, whatever Discord showed the user.
import type { GuildSettings } from './types.js';

/** Discord permission bits (https://discord.com/developers/docs/topics/permissions). */
export const PERMISSION_ADMINISTRATOR = 1n << 3n;
export const PERMISSION_MANAGE_THREADS = 1n << 34n;

export interface MemberPermissions {
  /** The member's computed permissions in the channel (an interaction's `member.permissions`). */
  readonly memberPermissions: bigint;
  readonly roleIds: readonly string[];
}

export function isModerator(member: MemberPermissions, settings: Pick<GuildSettings, 'moderatorRoleId'>): boolean {
  const bits = member.memberPermissions;
  if ((bits & PERMISSION_MANAGE_THREADS) === PERMISSION_MANAGE_THREADS) return true;
  if ((bits & PERMISSION_ADMINISTRATOR) === PERMISSION_ADMINISTRATOR) return true;
  return settings.moderatorRoleId !== null && member.roleIds.includes(settings.moderatorRoleId);
}
