/**
 * Builds the INTERACTION_CREATE payloads Discord sends (commands, autocomplete, components,
 * modals) with every field discord.js needs: without `entitlements`, for example, discord.js
 * throws while constructing the interaction and the bot never sees it.
 */
import type { InteractionType } from 'discord.js';
import type { InteractionKind, InteractionRecord } from './interactions.js';
import { createInteractionToken } from './snowflake.js';
import { DM_PERMISSIONS } from './world.js';
import type { FakeChannel, FakeGuildState, FakeUser, StoredMessage, World } from './world.js';

/** What one interaction is, where, and by whom. */
export interface InteractionInput {
  readonly kind: InteractionKind;
  readonly type: InteractionType;
  readonly data: Record<string, unknown>;
  readonly user: FakeUser;
  readonly channel: FakeChannel;
  readonly guild: FakeGuildState | undefined;
  readonly memberPermissions: bigint | undefined;
  readonly locale: string | undefined;
  readonly message: StoredMessage | undefined;
}

/** A fresh interaction record (not yet dispatched) with its payload. */
export function buildInteraction(world: World, input: InteractionInput): InteractionRecord {
  const { guild, channel } = input;
  const memberPermissions = guild === undefined ? 0n : (input.memberPermissions ?? world.memberPermissions(guild, input.user.id));
  const appPermissions = guild === undefined ? DM_PERMISSIONS : world.botPermissionsIn(guild.id);
  const id = world.nextId();
  const token = createInteractionToken();
  const payload: Record<string, unknown> = {
    id,
    application_id: world.applicationId,
    type: input.type,
    token,
    version: 1,
    data: input.data,
    ...(guild === undefined
      ? { context: 1, authorizing_integration_owners: { '0': '0' } }
      : {
          guild_id: guild.id,
          guild: { id: guild.id, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          context: 0,
          authorizing_integration_owners: { '0': guild.id },
        }),
    channel_id: channel.id,
    channel: { ...world.apiChannel(channel), ...(guild === undefined ? {} : { permissions: memberPermissions.toString() }) },
    ...interactionActor(world, input.user, guild?.id ?? null, memberPermissions),
    app_permissions: appPermissions.toString(),
    locale: input.locale ?? 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
    ...(input.message === undefined ? {} : { message: world.apiMessage(input.message) }),
  };
  return {
    id,
    token,
    kind: input.kind,
    payload,
    userId: input.user.id,
    guildId: guild?.id ?? null,
    channelId: channel.id,
    sourceMessageId: input.message?.id ?? null,
    dispatchedAt: Date.now(),
    callback: null,
    originalMessageId: null,
    followUpIds: [],
  };
}

/** The user as an interaction payload expects it (member in guilds, user in DMs). */
export function interactionActor(world: World, user: FakeUser, guildId: string | null, permissions: bigint): Record<string, unknown> {
  if (guildId === null) return { user: world.apiUser(user) };
  const guild = world.guilds.get(guildId);
  if (guild === undefined) throw new Error(`fake-discord: unknown guild ${guildId}`);
  return { member: { ...world.apiMember(guild, user.id), permissions: permissions.toString() } };
}

/**
 * The `resolved` map Discord sends with user, channel, role and mentionable options, so
 * `options.getUser()`, `getMember()`, `getChannel()` and `getRole()` work in the bot.
 */
export function resolveOptionValues(world: World, guildId: string | null, options: readonly unknown[]): Record<string, unknown> | undefined {
  const users: Record<string, unknown> = {};
  const members: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  const guild = guildId === null ? undefined : world.guilds.get(guildId);
  const visit = (option: unknown): void => {
    const { type, value, options: nested } = option as { type?: unknown; value?: unknown; options?: unknown };
    if (Array.isArray(nested)) nested.forEach(visit);
    if (typeof value !== 'string') return;
    const user = world.users.get(value);
    if ((type === 6 || type === 9) && user !== undefined) {
      users[value] = world.apiUser(user);
      if (guild?.members.has(value) === true) {
        members[value] = { ...world.apiMember(guild, value, false), permissions: world.memberPermissions(guild, value).toString() };
      }
    }
    const role = guild?.roles.find((candidate) => candidate.id === value);
    if ((type === 8 || type === 9) && role !== undefined) roles[value] = world.apiRole(role);
    const channel = world.channels.get(value);
    if (type === 7 && channel !== undefined) {
      const permissions = guild === undefined ? 0n : world.botPermissionsIn(guild.id);
      channels[value] = { ...world.apiChannel(channel), permissions: permissions.toString() };
    }
  };
  options.forEach(visit);
  const resolved = Object.fromEntries(
    Object.entries({ users, members, channels, roles }).filter(([, entries]) => Object.keys(entries).length > 0),
  );
  return Object.keys(resolved).length === 0 ? undefined : resolved;
}

/** Throws unless the message has an enabled component with this custom id and type. */
export function findComponent(message: StoredMessage, customId: string, componentType: number): void {
  const found: { custom_id?: unknown; type?: unknown; disabled?: unknown }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const component = value as { custom_id?: unknown; type?: unknown; disabled?: unknown; components?: unknown; accessory?: unknown };
      if (typeof component.custom_id === 'string') found.push(component);
      visit(component.components);
      visit(component.accessory);
    }
  };
  visit(message.components);
  const target = found.find((component) => component.custom_id === customId && component.type === componentType);
  if (target === undefined) {
    throw new Error(
      `fake-discord: message ${message.id} has no component ${customId} of type ${componentType} (it has: ${found.map((c) => String(c.custom_id)).join(', ') || 'none'})`,
    );
  }
  if (target.disabled === true) throw new Error(`fake-discord: component ${customId} is disabled; a user cannot use it`);
}
