/**
 * The fake's message store: creates, edits and deletes messages the way Discord does (limits,
 * allowed mentions, attachments, deferred "thinking" replies) and tells the bot over the
 * gateway (MESSAGE_CREATE / UPDATE / DELETE, gated by intents as on Discord).
 */
import { ChannelType, GatewayIntentBits } from 'discord.js';
import type { APIAllowedMentions, APIEmbed, APIMessageTopLevelComponent } from 'discord.js';
import type { FakeGateway } from './gateway.js';
import type { UploadedFile } from './http-body.js';
import { checkAllowedMentions, computePings } from './mentions.js';
import { checkMessageLimits, checkNotEmpty, DiscordApiError } from './message-limits.js';
import { textDisplaysIn } from './message-text.js';
import { MessageFlagBits } from './world.js';
import type { FakeChannel, StoredAttachment, StoredMessage, World } from './world.js';

/** Where a new message comes from: an interaction response or not, which message type, who. */
export interface MessageOrigin {
  readonly interactionId: string | null;
  readonly type: number;
  /** Default: the bot. */
  readonly authorId?: string;
  /** The message id (default: a new snowflake); a forum post's first message has its thread's id. */
  readonly id?: string;
}

export function isThread(channel: FakeChannel): boolean {
  return channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread;
}

const isComponentsV2 = (flags: unknown): boolean => (Number(flags ?? 0) & MessageFlagBits.ComponentsV2) !== 0;

/** The text mentions are read from: the content and, in a V2 message, every text display. */
const visibleText = (content: string, components: unknown): string => [content, ...textDisplaysIn(components)].join('\n');

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export class MessageStore {
  constructor(
    private readonly world: World,
    private readonly gateway: FakeGateway,
  ) {}

  /** Validates and stores a new bot message, then tells the gateway (MESSAGE_CREATE). */
  create(
    channel: FakeChannel,
    body: Readonly<Record<string, unknown>>,
    files: readonly UploadedFile[],
    origin: MessageOrigin,
  ): StoredMessage {
    checkMessageLimits(body, isComponentsV2(body['flags']));
    checkNotEmpty(body, files.length);
    checkAllowedMentions(body['allowed_mentions']);
    return this.store(channel, body, files, origin);
  }

  store(
    channel: FakeChannel,
    body: Readonly<Record<string, unknown>>,
    files: readonly UploadedFile[],
    origin: MessageOrigin,
  ): StoredMessage {
    const reference = asRecord(body['message_reference'])['message_id'];
    const content = typeof body['content'] === 'string' ? body['content'] : '';
    const allowedMentions = body['allowed_mentions'] === undefined ? undefined : (body['allowed_mentions'] as APIAllowedMentions);
    const message: StoredMessage = {
      id: origin.id ?? this.world.nextId(),
      channelId: channel.id,
      guildId: channel.guildId,
      authorId: origin.authorId ?? this.world.botUser.id,
      content,
      embeds: Array.isArray(body['embeds']) ? (body['embeds'] as APIEmbed[]) : [],
      components: Array.isArray(body['components']) ? (body['components'] as APIMessageTopLevelComponent[]) : [],
      attachments: this.attachments(body, files, []),
      // Only the flags a sender may set survive (ephemeral, suppress embeds/notifications, V2).
      flags: Number(body['flags'] ?? 0) & (MessageFlagBits.Ephemeral | MessageFlagBits.Loading | 4 | 4096 | MessageFlagBits.ComponentsV2),
      type: origin.type,
      createdAt: new Date().toISOString(),
      editedAt: null,
      allowedMentions,
      pings: computePings(visibleText(content, body['components']), allowedMentions, typeof reference === 'string'),
      interactionId: origin.interactionId,
      referencedMessageId: typeof reference === 'string' ? reference : null,
      deleted: false,
      edits: 0,
      ...(Array.isArray(body['sticker_items']) ? { stickerItems: body['sticker_items'] as NonNullable<StoredMessage['stickerItems']> } : {}),
    };
    if (origin.interactionId === null) message.flags &= ~MessageFlagBits.Ephemeral;
    this.world.messages.set(message.id, message);
    if ((message.flags & MessageFlagBits.Ephemeral) === 0) {
      channel.lastMessageId = message.id;
      if (isThread(channel)) channel.messageCount += 1;
      this.emitEvent(channel, 'MESSAGE_CREATE', message);
    }
    return message;
  }

  edit(message: StoredMessage, body: Readonly<Record<string, unknown>>, files: readonly UploadedFile[]): void {
    const wasLoading = (message.flags & MessageFlagBits.Loading) !== 0;
    const next = {
      content: 'content' in body ? body['content'] : message.content,
      embeds: 'embeds' in body ? body['embeds'] : message.embeds,
      components: 'components' in body ? body['components'] : message.components,
    };
    // V2 is for good: an edit may set the flag (a deferred reply, an old message converted) but
    // never clear it, and every edit of a V2 message is held to V2's rules.
    const wasComponentsV2 = (message.flags & MessageFlagBits.ComponentsV2) !== 0;
    if (wasComponentsV2 && body['flags'] !== undefined && body['flags'] !== null && !isComponentsV2(body['flags'])) {
      throw new DiscordApiError(400, 50035, 'Invalid Form Body', { flags: { _errors: [{ code: 'MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG', message: 'The IS_COMPONENTS_V2 flag cannot be removed.' }] } });
    }
    const componentsV2 = wasComponentsV2 || isComponentsV2(body['flags']);
    checkMessageLimits(next, componentsV2);
    checkAllowedMentions(body['allowed_mentions']);
    if (componentsV2) message.flags |= MessageFlagBits.ComponentsV2;
    if (typeof next.content === 'string' || next.content === null) message.content = next.content ?? '';
    if (Array.isArray(next.embeds) || next.embeds === null) message.embeds = (next.embeds ?? []) as APIEmbed[];
    if (Array.isArray(next.components) || next.components === null) message.components = (next.components ?? []) as APIMessageTopLevelComponent[];
    if ('attachments' in body || files.length > 0) message.attachments = this.attachments(body, files, message.attachments);
    if (body['allowed_mentions'] !== undefined) message.allowedMentions = body['allowed_mentions'] as APIAllowedMentions;
    message.pings = computePings(visibleText(message.content, message.components), message.allowedMentions, message.referencedMessageId !== null);
    if (wasLoading) {
      // The first edit of a deferred reply is the answer itself, not an edit.
      message.flags &= ~MessageFlagBits.Loading;
      checkNotEmpty({ ...next, content: message.content }, message.attachments.length);
      const channel = this.world.channels.get(message.channelId);
      if (channel !== undefined && (message.flags & MessageFlagBits.Ephemeral) === 0) this.emitEvent(channel, 'MESSAGE_UPDATE', message);
      return;
    }
    message.editedAt = new Date().toISOString();
    message.edits += 1;
    const channel = this.world.channels.get(message.channelId);
    if (channel !== undefined && (message.flags & MessageFlagBits.Ephemeral) === 0) this.emitEvent(channel, 'MESSAGE_UPDATE', message);
  }

  delete(message: StoredMessage): void {
    message.deleted = true;
    if ((message.flags & MessageFlagBits.Ephemeral) !== 0) return;
    const channel = this.world.channels.get(message.channelId);
    const intent = channel?.guildId === null ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
    this.gateway.dispatch(
      'MESSAGE_DELETE',
      { id: message.id, channel_id: message.channelId, ...(message.guildId === null ? {} : { guild_id: message.guildId }) },
      intent,
    );
  }

  /** Kept attachments (listed by id in `attachments`) plus the new uploads. */
  private attachments(body: Readonly<Record<string, unknown>>, files: readonly UploadedFile[], existing: readonly StoredAttachment[]): StoredAttachment[] {
    const listed = Array.isArray(body['attachments']) ? (body['attachments'] as { id?: unknown; description?: unknown }[]) : [];
    const kept = existing.filter((attachment) => listed.some((entry) => String(entry.id) === attachment.id));
    const added = files.map((file, index): StoredAttachment => {
      // `files[n]` pairs with the attachments entry whose id is n.
      const slot = /\[(\d+)\]/.exec(file.field)?.[1] ?? String(index);
      const entry = listed.find((candidate) => String(candidate.id) === slot);
      return {
        id: this.world.nextId(),
        filename: file.filename,
        contentType: file.contentType,
        content: file.content,
        description: typeof entry?.description === 'string' ? entry.description : null,
      };
    });
    return [...kept, ...added];
  }

  /** MESSAGE_CREATE/UPDATE to the bot; user-authored content is blank without MessageContent. */
  emitEvent(channel: FakeChannel, event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: StoredMessage): void {
    const intent = channel.guildId === null ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
    const payload = this.world.apiMessage(message);
    const guild = channel.guildId === null ? undefined : this.world.guilds.get(channel.guildId);
    if (guild !== undefined && message.authorId !== this.world.botUser.id) {
      payload['member'] = this.world.apiMember(guild, message.authorId, false);
    }
    const ownMessage = message.authorId === this.world.botUser.id;
    if (!ownMessage && channel.guildId !== null && !this.gateway.hasIntent(GatewayIntentBits.MessageContent)) {
      // Discord blanks message text for bots without the privileged MessageContent intent.
      Object.assign(payload, { content: '', embeds: [], attachments: [], components: [] });
    }
    this.gateway.dispatch(event, payload, intent);
  }
}
