/**
 * The fake Discord's state: users, guilds (roles, members, channels, threads) and messages,
 * plus the builders that turn that state into the API v10 JSON discord.js expects. Everything
 * the REST routes and the gateway say comes from here, so they never disagree.
 */
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type { APIAllowedMentions, APIEmbed, APIMessageTopLevelComponent } from 'discord.js';
import type { MessagePings } from './mentions.js';
import { createSnowflakeFactory } from './snowflake.js';

/** A Discord user the fake knows (the bot, the teacher, the students). */
export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly globalName: string;
  readonly bot: boolean;
}

/** A guild role; `permissions` is mutable so tests can change what a role allows. */
export interface FakeRole {
  readonly id: string;
  readonly name: string;
  permissions: bigint;
  readonly position: number;
  readonly managed: boolean;
}

/** A guild text channel, a thread, or a DM channel. Threads carry their metadata. */
export interface FakeChannel {
  readonly id: string;
  readonly type: ChannelType;
  name: string;
  readonly guildId: string | null;
  readonly parentId: string | null;
  readonly ownerId: string | null;
  rateLimitPerUser: number;
  archived: boolean;
  locked: boolean;
  autoArchiveDuration: number;
  messageCount: number;
  lastMessageId: string | null;
  readonly createdAt: string;
  readonly recipientIds: readonly string[];
  /** A forum's tags (forum channels only). */
  availableTags: { readonly id: string; readonly name: string }[];
  /** The tag ids a forum post (thread) carries. */
  appliedTags: string[];
}

/** A member of a guild: which user, which roles. */
export interface FakeMember {
  readonly userId: string;
  roleIds: string[];
  readonly joinedAt: string;
}

/** A guild and everything in it. */
export interface FakeGuildState {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly roles: FakeRole[];
  readonly members: Map<string, FakeMember>;
  readonly channelIds: string[];
  readonly everyoneRoleId: string;
  readonly moderatorRoleId: string;
  readonly botRoleId: string;
}

/** A file attached to a message, with the bytes discord.js uploaded. */
export interface StoredAttachment {
  readonly id: string;
  readonly filename: string;
  readonly contentType: string | null;
  readonly content: Buffer;
  readonly description: string | null;
}

/**
 * A message as the fake stores it: the fields tests assert on, in camelCase, plus what the
 * sender asked for (`allowedMentions`) so tests can prove nothing pings.
 */
export interface StoredMessage {
  readonly id: string;
  readonly channelId: string;
  readonly guildId: string | null;
  readonly authorId: string;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  attachments: StoredAttachment[];
  flags: number;
  readonly type: number;
  readonly createdAt: string;
  editedAt: string | null;
  /** The `allowed_mentions` of the last create or edit; `undefined` when the bot sent none. */
  allowedMentions: APIAllowedMentions | undefined;
  /**
   * Who the content would notify under those allowed mentions (recomputed on every edit:
   * Discord does not re-notify on edits, but an edit that would ping is still a bug for us).
   */
  pings: MessagePings;
  /** The interaction this message answers (reply, deferred reply or follow-up), if any. */
  readonly interactionId: string | null;
  /** The message this one replies to (`message_reference`), if any. */
  readonly referencedMessageId: string | null;
  deleted: boolean;
  /** How many times it was edited after creation. */
  edits: number;
  /** Stickers a user sent with it (only users' messages have them). */
  readonly stickerItems?: readonly { readonly id: string; readonly name: string; readonly format_type: number }[];
}

/** Message flag bits the fake interprets. */
/** Message flags the fake reads: ephemeral, still thinking, and Components V2 (1 << 15, never removed once set). */
export const MessageFlagBits = { Ephemeral: 64, Loading: 128, ComponentsV2: 32768 } as const;

/** Everything about one guild that tests need to address it. */
export interface FakeGuildInfo {
  readonly id: string;
  readonly name: string;
  /** The first text channel (where commands are used by default). */
  readonly channelId: string;
  /** Every text channel by name. */
  readonly channels: Readonly<Record<string, string>>;
  readonly roles: { readonly everyone: string; readonly moderator: string; readonly bot: string };
}

/** How to build one guild. */
export interface FakeGuildSpec {
  /** The guild's id (default: a new snowflake). Lets a test place guilds on chosen shards. */
  readonly id?: string;
  readonly name?: string;
  /** Text channel names; the first is the default. Default `['general', 'debates']`. */
  readonly channels?: readonly string[];
  /** Forum channels, by name, with their tags' names (in `channels` of the guild info too). */
  readonly forums?: readonly { readonly name: string; readonly tags?: readonly string[] }[];
}

/** Permissions of @everyone: see and read, nothing more (students get only these). */
export const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.UseApplicationCommands;

/** The teacher's Moderator role: Manage Threads and Manage Guild, as the issue specifies. */
export const MODERATOR_PERMISSIONS = PermissionFlagsBits.ManageThreads | PermissionFlagsBits.ManageGuild;

/** What the bot gets by default: what an invite with the bot's features would grant. */
export const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.ManageMessages;

/** What the bot may do in a DM (Discord's implicit permissions there). */
export const DM_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles;

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** The whole fake world. Mutated only by the fake's REST routes and its test-facing methods. */
export class World {
  readonly nextId = createSnowflakeFactory();
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuildState>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, StoredMessage>();
  /** What each interaction was, for `interaction_metadata` on its response messages. */
  readonly interactionMetadata = new Map<string, { readonly type: number; readonly userId: string; readonly name: string | null }>();
  readonly botUser: FakeUser;
  readonly applicationId: string;
  readonly teacher: FakeUser;
  /** The guilds' owner (all permissions); kept apart so the teacher's come from roles only. */
  readonly owner: FakeUser;
  readonly students: readonly FakeUser[];

  constructor(options: { botName: string; studentCount: number; guilds: readonly FakeGuildSpec[]; botPermissions: bigint }) {
    this.applicationId = this.nextId();
    // Discord gives a bot user the same id as its application.
    this.botUser = this.addUser({ id: this.applicationId, username: options.botName, bot: true });
    this.teacher = this.addUser({ username: 'teacher', globalName: 'Ms Teacher' });
    this.owner = this.addUser({ username: 'owner', globalName: 'Server Owner' });
    const students: FakeUser[] = [];
    for (let n = 1; n <= options.studentCount; n += 1) {
      students.push(this.addUser({ username: `student${n}`, globalName: `Student ${n}` }));
    }
    this.students = students;
    for (const spec of options.guilds) this.addGuild(spec, options.botPermissions);
  }

  private addUser(spec: { id?: string; username: string; globalName?: string; bot?: boolean }): FakeUser {
    const user: FakeUser = {
      id: spec.id ?? this.nextId(),
      username: spec.username,
      globalName: spec.globalName ?? spec.username,
      bot: spec.bot ?? false,
    };
    this.users.set(user.id, user);
    return user;
  }

  private addGuild(spec: FakeGuildSpec, botPermissions: bigint): void {
    const id = spec.id ?? this.nextId();
    const now = new Date().toISOString();
    const moderatorRoleId = this.nextId();
    const botRoleId = this.nextId();
    const roles: FakeRole[] = [
      // @everyone's id is the guild's id, as on Discord.
      { id, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0, managed: false },
      { id: moderatorRoleId, name: 'Moderator', permissions: MODERATOR_PERMISSIONS, position: 1, managed: false },
      { id: botRoleId, name: this.botUser.username, permissions: botPermissions, position: 2, managed: true },
    ];
    const members = new Map<string, FakeMember>();
    members.set(this.botUser.id, { userId: this.botUser.id, roleIds: [botRoleId], joinedAt: now });
    members.set(this.teacher.id, { userId: this.teacher.id, roleIds: [moderatorRoleId], joinedAt: now });
    members.set(this.owner.id, { userId: this.owner.id, roleIds: [], joinedAt: now });
    for (const student of this.students) members.set(student.id, { userId: student.id, roleIds: [], joinedAt: now });
    const channelIds: string[] = [];
    for (const name of spec.channels ?? ['general', 'debates']) {
      const channel = this.addChannel({ type: ChannelType.GuildText, name, guildId: id, parentId: null, ownerId: null });
      channelIds.push(channel.id);
    }
    for (const forum of spec.forums ?? []) {
      const channel = this.addChannel({ type: ChannelType.GuildForum, name: forum.name, guildId: id, parentId: null, ownerId: null });
      channel.availableTags = (forum.tags ?? []).map((tag) => ({ id: this.nextId(), name: tag }));
      channelIds.push(channel.id);
    }
    this.guilds.set(id, {
      id,
      name: spec.name ?? 'Class',
      ownerId: this.owner.id,
      roles,
      members,
      channelIds,
      everyoneRoleId: id,
      moderatorRoleId,
      botRoleId,
    });
  }

  addChannel(spec: {
    id?: string;
    type: ChannelType;
    name: string;
    guildId: string | null;
    parentId: string | null;
    ownerId: string | null;
    recipientIds?: readonly string[];
    autoArchiveDuration?: number;
    rateLimitPerUser?: number;
  }): FakeChannel {
    const channel: FakeChannel = {
      id: spec.id ?? this.nextId(),
      type: spec.type,
      name: spec.name,
      guildId: spec.guildId,
      parentId: spec.parentId,
      ownerId: spec.ownerId,
      rateLimitPerUser: spec.rateLimitPerUser ?? 0,
      archived: false,
      locked: false,
      autoArchiveDuration: spec.autoArchiveDuration ?? 1440,
      messageCount: 0,
      lastMessageId: null,
      createdAt: new Date().toISOString(),
      recipientIds: spec.recipientIds ?? [],
      availableTags: [],
      appliedTags: [],
    };
    if (spec.guildId !== null) this.guilds.get(spec.guildId)?.channelIds.push(channel.id);
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** The DM channel between the bot and a user, created on first use. */
  dmChannelFor(user: FakeUser): FakeChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === ChannelType.DM && channel.recipientIds.includes(user.id)) return channel;
    }
    return this.addChannel({
      type: ChannelType.DM,
      name: '',
      guildId: null,
      parentId: null,
      ownerId: null,
      recipientIds: [user.id],
    });
  }

  guildInfo(guild: FakeGuildState): FakeGuildInfo {
    const channels: Record<string, string> = {};
    for (const channelId of guild.channelIds) {
      const channel = this.channels.get(channelId);
      if (channel?.type === ChannelType.GuildText || channel?.type === ChannelType.GuildForum) channels[channel.name] = channel.id;
    }
    const first = guild.channelIds[0];
    if (first === undefined) throw new Error(`fake-discord: guild ${guild.name} has no channel`);
    return {
      id: guild.id,
      name: guild.name,
      channelId: first,
      channels,
      roles: { everyone: guild.everyoneRoleId, moderator: guild.moderatorRoleId, bot: guild.botRoleId },
    };
  }

  /** A member's guild-level permissions: the union of @everyone and their roles (owner: all). */
  memberPermissions(guild: FakeGuildState, userId: string): bigint {
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    const member = guild.members.get(userId);
    let permissions = 0n;
    for (const role of guild.roles) {
      if (role.id === guild.everyoneRoleId || member?.roleIds.includes(role.id) === true) permissions |= role.permissions;
    }
    return (permissions & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
  }

  botPermissionsIn(guildId: string): bigint {
    const guild = this.guilds.get(guildId);
    return guild === undefined ? ALL_PERMISSIONS : this.memberPermissions(guild, this.botUser.id);
  }

  // ----- API JSON builders -----

  apiUser(user: FakeUser): Record<string, unknown> {
    return {
      id: user.id,
      username: user.username,
      global_name: user.globalName,
      discriminator: '0',
      avatar: null,
      bot: user.bot,
      system: false,
      public_flags: 0,
      flags: 0,
      banner: null,
      accent_color: null,
      avatar_decoration_data: null,
    };
  }

  /** A member object; `withUser: false` for the partial members on MESSAGE_CREATE. */
  apiMember(guild: FakeGuildState, userId: string, withUser = true): Record<string, unknown> {
    const member = guild.members.get(userId);
    const user = this.users.get(userId);
    if (member === undefined || user === undefined) throw new Error(`fake-discord: ${userId} is not a member of ${guild.name}`);
    return {
      ...(withUser ? { user: this.apiUser(user) } : {}),
      nick: null,
      avatar: null,
      banner: null,
      roles: [...member.roleIds],
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  apiRole(role: FakeRole): Record<string, unknown> {
    return {
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.managed,
      mentionable: false,
      flags: 0,
      ...(role.managed ? { tags: { bot_id: this.botUser.id } } : {}),
    };
  }

  apiChannel(channel: FakeChannel): Record<string, unknown> {
    const base: Record<string, unknown> = {
      id: channel.id,
      type: channel.type,
      flags: 0,
      last_message_id: channel.lastMessageId,
    };
    if (channel.type === ChannelType.DM) {
      const recipients = channel.recipientIds.map((id) => this.users.get(id)).filter((u) => u !== undefined);
      return { ...base, recipients: recipients.map((u) => this.apiUser(u)) };
    }
    const guildFields = {
      guild_id: channel.guildId,
      name: channel.name,
      parent_id: channel.parentId,
      rate_limit_per_user: channel.rateLimitPerUser,
    };
    if (channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread) {
      return {
        ...base,
        ...guildFields,
        owner_id: channel.ownerId,
        applied_tags: channel.appliedTags,
        message_count: channel.messageCount,
        total_message_sent: channel.messageCount,
        member_count: 1,
        thread_metadata: {
          archived: channel.archived,
          auto_archive_duration: channel.autoArchiveDuration,
          archive_timestamp: channel.createdAt,
          locked: channel.locked,
          create_timestamp: channel.createdAt,
          ...(channel.type === ChannelType.PrivateThread ? { invitable: true } : {}),
        },
      };
    }
    return {
      ...base,
      ...guildFields,
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      ...(channel.type === ChannelType.GuildForum
        ? {
            available_tags: channel.availableTags.map((tag) => ({ id: tag.id, name: tag.name, moderated: false, emoji_id: null, emoji_name: null })),
            default_reaction_emoji: null,
            default_sort_order: null,
            default_forum_layout: 0,
            default_thread_rate_limit_per_user: 0,
          }
        : {}),
    };
  }

  apiGuildCreate(guild: FakeGuildState): Record<string, unknown> {
    const channels: Record<string, unknown>[] = [];
    const threads: Record<string, unknown>[] = [];
    for (const channelId of guild.channelIds) {
      const channel = this.channels.get(channelId);
      if (channel === undefined) continue;
      const isThread = channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread;
      // GUILD_CREATE lists only active (unarchived) threads, like Discord.
      if (isThread && !channel.archived) threads.push(this.apiChannel(channel));
      if (!isThread) channels.push(this.apiChannel(channel));
    }
    return {
      ...this.apiGuild(guild),
      joined_at: guild.members.get(this.botUser.id)?.joinedAt ?? new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      members: [...guild.members.keys()].map((userId) => this.apiMember(guild, userId)),
      channels,
      threads,
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  apiGuild(guild: FakeGuildState): Record<string, unknown> {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: guild.roles.map((role) => this.apiRole(role)),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
    };
  }

  private apiInteractionMetadata(message: StoredMessage): Record<string, unknown> {
    const meta = message.interactionId === null ? undefined : this.interactionMetadata.get(message.interactionId);
    const user = meta === undefined ? undefined : this.users.get(meta.userId);
    if (meta === undefined || user === undefined || message.interactionId === null) return {};
    const apiUser = this.apiUser(user);
    return {
      interaction_metadata: {
        id: message.interactionId,
        type: meta.type,
        user: apiUser,
        authorizing_integration_owners: {},
        ...(meta.name === null ? {} : { name: meta.name }),
      },
      // The deprecated `interaction` field, still read by discord.js as Message#interaction.
      ...(meta.name === null ? {} : { interaction: { id: message.interactionId, type: meta.type, name: meta.name, user: apiUser } }),
    };
  }

  apiMessage(message: StoredMessage): Record<string, unknown> {
    const author = this.users.get(message.authorId);
    if (author === undefined) throw new Error(`fake-discord: unknown author ${message.authorId}`);
    return {
      id: message.id,
      channel_id: message.channelId,
      ...(message.guildId === null ? {} : { guild_id: message.guildId }),
      author: this.apiUser(author),
      content: message.content,
      timestamp: message.createdAt,
      edited_timestamp: message.editedAt,
      tts: false,
      mention_everyone: message.pings.everyone,
      mentions: message.pings.users
        .map((id) => this.users.get(id))
        .filter((user) => user !== undefined)
        .map((user) => this.apiUser(user)),
      mention_roles: [...message.pings.roles],
      attachments: message.attachments.map((attachment) => ({
        id: attachment.id,
        filename: attachment.filename,
        size: attachment.content.length,
        url: `https://cdn.fake-discord.invalid/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
        proxy_url: `https://media.fake-discord.invalid/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
        ...(attachment.contentType === null ? {} : { content_type: attachment.contentType }),
        ...(attachment.description === null ? {} : { description: attachment.description }),
      })),
      embeds: message.embeds,
      components: message.components,
      ...(message.stickerItems === undefined ? {} : { sticker_items: message.stickerItems }),
      pinned: false,
      type: message.type,
      flags: message.flags,
      ...(message.interactionId === null ? {} : { webhook_id: this.applicationId, application_id: this.applicationId }),
      ...this.apiInteractionMetadata(message),
      ...(message.referencedMessageId === null
        ? {}
        : { message_reference: { type: 0, message_id: message.referencedMessageId, channel_id: message.channelId } }),
    };
  }
}
