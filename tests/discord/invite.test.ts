import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { applicationIdFromToken, BOT_PERMISSION_BITS, buildInviteUrl } from '../../src/discord/invite.js';

describe('the invite URL', () => {
  it('asks for the bot and applications.commands scopes and the named permissions', () => {
    const url = new URL(buildInviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    const permissions = new PermissionsBitField(BigInt(url.searchParams.get('permissions') ?? '0'));
    expect(permissions.toArray().sort()).toEqual(
      ['AttachFiles', 'CreatePublicThreads', 'EmbedLinks', 'ManageThreads', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel'].sort(),
    );
  });

  it('never asks for administrator or message content', () => {
    expect(BOT_PERMISSION_BITS & PermissionFlagsBits.Administrator).toBe(0n);
    expect(BOT_PERMISSION_BITS & PermissionFlagsBits.ManageMessages).toBe(0n);
  });
});

describe('applicationIdFromToken', () => {
  it('decodes the id from a bot token’s first segment', () => {
    const id = '123456789012345678';
    const token = `${Buffer.from(id).toString('base64').replace(/=+$/, '')}.GhIjKl.${'x'.repeat(38)}`;
    expect(applicationIdFromToken(token)).toBe(id);
  });

  it('refuses a token that does not start with an id, without quoting it', () => {
    const token = 'not-a-real-token.secret.part';
    expect(() => applicationIdFromToken(token)).toThrow(/bot token/);
    try {
      applicationIdFromToken(token);
    } catch (err) {
      expect(String(err)).not.toContain('secret');
    }
  });
});
