/**
 * Who a message would ping, by Discord's rules for `allowed_mentions`: with none, every user,
 * role and @everyone/@here in the content pings; with some, only what `parse` or the id lists
 * allow. Mentions inside embeds never ping. Tests use this to prove replies ping nobody.
 */
import type { APIAllowedMentions } from 'discord.js';
import { DiscordApiError } from './message-limits.js';

/** What a message notifies. */
export interface MessagePings {
  /** @everyone or @here would notify. */
  readonly everyone: boolean;
  /** Ids of users who would be notified. */
  readonly users: readonly string[];
  /** Ids of roles whose members would be notified. */
  readonly roles: readonly string[];
  /** The author of the message replied to would be notified. */
  readonly repliedUser: boolean;
}

export const NO_PINGS: MessagePings = { everyone: false, users: [], roles: [], repliedUser: false };

export function computePings(content: string, allowed: APIAllowedMentions | undefined, isReply: boolean): MessagePings {
  const users = [...new Set([...content.matchAll(/<@!?(\d{17,20})>/g)].map((match) => match[1] ?? ''))];
  const roles = [...new Set([...content.matchAll(/<@&(\d{17,20})>/g)].map((match) => match[1] ?? ''))];
  const everyone = /@(everyone|here)/.test(content);
  if (allowed === undefined) return { everyone, users, roles, repliedUser: isReply };
  const parse = allowed.parse ?? [];
  return {
    everyone: everyone && parse.includes('everyone' as never),
    users: parse.includes('users' as never) ? users : users.filter((id) => allowed.users?.includes(id) === true),
    roles: parse.includes('roles' as never) ? roles : roles.filter((id) => allowed.roles?.includes(id) === true),
    repliedUser: isReply && allowed.replied_user === true,
  };
}

/** Discord refuses `parse: ['users']` together with a `users` list (and the same for roles). */
export function checkAllowedMentions(allowed: unknown): void {
  if (typeof allowed !== 'object' || allowed === null) return;
  const { parse, users, roles } = allowed as { parse?: unknown; users?: unknown; roles?: unknown };
  const parsed = Array.isArray(parse) ? parse : [];
  const conflict = (kind: string, list: unknown): boolean => parsed.includes(kind) && Array.isArray(list) && list.length > 0;
  if (conflict('users', users) || conflict('roles', roles)) {
    throw new DiscordApiError(400, 50035, 'Invalid Form Body', {
      allowed_mentions: { _errors: [{ code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', message: 'parse and an id list are mutually exclusive' }] },
    });
  }
}
