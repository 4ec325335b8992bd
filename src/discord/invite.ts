// The OAuth2 URL a teacher opens to add the bot to a server: scopes bot + applications.commands
// and exactly the permissions the features use, each named with the reason it is needed.
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/** Every permission the bot asks for, and why. Answers themselves need none: they go through interactions. */
export const BOT_PERMISSIONS = {
  /** See the channels where debates open and their threads. */
  ViewChannel: PermissionFlagsBits.ViewChannel,
  /** Post a debate's motion and evidence in its channel. */
  SendMessages: PermissionFlagsBits.SendMessages,
  /** Announce speakers, citations and the summary inside a debate thread. */
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  /** Show quotes and summaries as embeds in messages the bot posts itself. */
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  /** Attach a debate's per-student record as a CSV file. */
  AttachFiles: PermissionFlagsBits.AttachFiles,
  /** Find a debate's own messages again after a restart. */
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
  /** Open a thread for each debate. */
  CreatePublicThreads: PermissionFlagsBits.CreatePublicThreads,
  /** Lock, unlock and archive a debate thread (pause, resume, close). */
  ManageThreads: PermissionFlagsBits.ManageThreads,
} as const;

export const BOT_PERMISSION_BITS: bigint = Object.values(BOT_PERMISSIONS).reduce((bits, flag) => bits | flag, 0n);

export function buildInviteUrl(applicationId: string): string {
  const url = new URL('https://discord.com/oauth2/authorize');
  url.searchParams.set('client_id', applicationId);
  url.searchParams.set('scope', [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '));
  url.searchParams.set('permissions', BOT_PERMISSION_BITS.toString());
  return url.toString();
}

/**
 * A bot token's first segment is its user id in base64 (for bots, the application id). Throws
 * a message that never quotes the token.
 */
export function applicationIdFromToken(token: string): string {
  const first = token.split('.')[0] ?? '';
  const decoded = Buffer.from(first.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  if (!/^\d{17,20}$/.test(decoded)) throw new Error('invite: the token does not start with an application id; is it a bot token?');
  return decoded;
}
