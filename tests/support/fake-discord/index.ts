/**
 * A small fake Discord for end-to-end tests: REST API v10 subset + gateway websocket on
 * 127.0.0.1 (random port) that the real discord.js v14 Client logs into.
 *
 * Usage:
 * ```ts
 * const discord = await startFakeDiscord();           // guild "Class": #general, #debates; teacher + 3 students
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
 * await client.login(discord.token);                  // or: DISCORD_TOKEN=discord.token DISCORD_API_URL=discord.apiUrl npm start
 * await discord.waitForReady();
 * const ask = discord.sendCommand({ name: 'ask', options: { question: 'Why?' }, user: discord.users.student(1) });
 * const reply = await ask.waitForReply();              // @original after the deferral is edited
 * expect(reply.flags & MessageFlagBits.Ephemeral).toBe(64);
 * await client.destroy(); await discord.stop();
 * ```
 * Faults: `failNext({ method, path, status | delayMs, code, retryAfterSeconds, times })`,
 * `closeGateway(4000 | 1006 | 4004 ...)`, `refuseIdentify(4004 | 4014 ...)`, `invalidateSession(resumable)`, `requestReconnect()`,
 * `setBotPermissions(bits)`. Every `waitFor*` is bounded (default 5 s) and says on timeout what
 * it waited for. Discord's message limits are enforced (400/50035), as are permissions for
 * sending, thread creation (ViewChannel + SendMessagesInThreads + Create{Public,Private}Threads)
 * and thread moderation (ManageThreads). `default_member_permissions` is NOT enforced: tests
 * may send any command as any user, to prove the bot checks permissions itself.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelType, GatewayIntentBits, InteractionType, PermissionFlagsBits } from 'discord.js';
import type { APIApplicationCommandInteractionDataOption, APIEmbed } from 'discord.js';
import type { ActiveFault, FaultSpec } from './faults.js';
import { FakeGateway } from './gateway.js';
import type { GatewayConnection } from './gateway.js';
import { buildInteraction, findComponent, resolveOptionValues } from './interaction-payload.js';
import { FakeInteraction, buildCommandOptions } from './interactions.js';
import type { InteractionKind, SimpleOptions } from './interactions.js';
import { FakeRest } from './rest.js';
import type { DeployedCommand, RecordedRequest } from './rest.js';
import type { SchemaViolation } from './openapi-check.js';
import { ChangeSignal } from './wait.js';
import type { WaitOptions } from './wait.js';
import { DEFAULT_BOT_PERMISSIONS, MessageFlagBits, World } from './world.js';
import type { FakeChannel, FakeGuildInfo, FakeGuildSpec, FakeUser, StoredMessage } from './world.js';

export { DiscordErrors } from './faults.js';
export type { ActiveFault, FaultSpec } from './faults.js';
export type { GatewayConnection } from './gateway.js';
export { shardOfGuild } from './gateway.js';
export type { UploadedFile } from './http-body.js';
export { FakeInteraction } from './interactions.js';
export type { AutocompleteChoice, InteractionCallbackRecord, InteractionKind, SimpleOptions } from './interactions.js';
export type { MessagePings } from './mentions.js';
export { DiscordApiError, MESSAGE_LIMITS } from './message-limits.js';
export { cardsOf, containerColors, embedsOf, leadText, messageText, textDisplays, textDisplaysIn } from './message-text.js';
export type { CardAsEmbed, CardText } from './message-text.js';
export type { SchemaViolation } from './openapi-check.js';
export type { DeployedCommand, RecordedRequest } from './rest.js';
export type { WaitOptions } from './wait.js';
export { DEFAULT_BOT_PERMISSIONS, EVERYONE_PERMISSIONS, MODERATOR_PERMISSIONS, MessageFlagBits } from './world.js';
export type { FakeChannel, FakeGuildInfo, FakeGuildSpec, FakeUser, StoredAttachment, StoredMessage } from './world.js';

/** How to start the fake. Every field is optional. */
export interface FakeDiscordOptions {
  /** The bot token the fake accepts. Default: a recognisable fake token. */
  readonly token?: string;
  /** Guilds to create. Default: one guild "Class" with #general and #debates. */
  readonly guilds?: readonly FakeGuildSpec[];
  /** Number of students (members of every guild, no permissions). Default 3. */
  readonly students?: number;
  /** The bot's username. Default "Essay Circle". */
  readonly botName?: string;
  /** The bot's role permissions in every guild. Default `DEFAULT_BOT_PERMISSIONS`. */
  readonly botPermissions?: bigint;
  /** HELLO's heartbeat interval. Default 41250 ms, Discord's. */
  readonly heartbeatIntervalMs?: number;
  /** Refuse callbacks later than this with 10062 Unknown interaction. Default: not enforced. */
  readonly ackDeadlineMs?: number | null;
  /** The shard count GET /gateway/bot recommends. Default 1. */
  readonly recommendedShards?: number;
  /**
   * Let `stop()` pass although some request bodies broke Discord's OpenAPI schema (they are
   * still answered 400/50035). Only for tests of the check itself. Default false.
   */
  readonly allowSchemaViolations?: boolean;
}

/** Where an interaction happens and who does it (shared by every interaction sender). */
export interface InteractionPlace {
  /** Who uses it. Default: student 1. */
  readonly user?: FakeUser;
  /** The guild. Default: the first guild. Ignored when `dm` is true. */
  readonly guildId?: string;
  /** The channel (a text channel or a thread). Default: the guild's first text channel. */
  readonly channelId?: string;
  /** Use it in the bot's DM with the user instead of a guild. */
  readonly dm?: boolean;
  /** Override the member's computed permissions (guild only). */
  readonly memberPermissions?: bigint;
  /** The user's client locale. Default 'en-US'. */
  readonly locale?: string;
}

/** A slash command as a user sends it. */
export interface CommandSpec extends InteractionPlace {
  readonly name: string;
  /**
   * `{ question: 'why', private: true }` (typed from the deployed command, else by JS type) or
   * raw API options. User, channel and role options take ids and get their `resolved` data.
   */
  readonly options?: SimpleOptions | readonly APIApplicationCommandInteractionDataOption[];
  readonly subcommand?: string;
  readonly subcommandGroup?: string;
}

/** An autocomplete request: `focused` names the option being typed (its value is sent as text). */
export interface AutocompleteSpec extends CommandSpec {
  readonly focused: string;
}

/** A click on a button of a message the bot sent. */
export interface ButtonSpec extends Omit<InteractionPlace, 'channelId' | 'guildId' | 'dm'> {
  /** The message carrying the button (its channel and guild are used). */
  readonly message: StoredMessage | string;
  readonly customId: string;
  /**
   * Send the click even though the message has no such button: a forged interaction, as a
   * hostile client might try. Discord itself never sends one; for defence-in-depth tests.
   */
  readonly forged?: boolean;
}

/** A right-click (message context menu) command on a message in a channel. */
export interface MessageCommandSpec extends Omit<InteractionPlace, 'channelId' | 'guildId' | 'dm'> {
  /** The command's name as shown in the menu, e.g. "Find in essay". */
  readonly name: string;
  /** The message right-clicked (its channel and guild are used). */
  readonly message: StoredMessage | string;
}

/** A choice in a string select menu of a message the bot sent. */
export interface SelectSpec extends ButtonSpec {
  readonly values: readonly string[];
}

/** Submitting the modal the bot showed in answer to `interaction` (callback type 9). */
export interface ModalSpec extends Omit<InteractionPlace, 'channelId' | 'guildId' | 'dm'> {
  readonly interaction: FakeInteraction;
  /** Text input values by custom id. */
  readonly values: Readonly<Record<string, string>>;
}

/** A message a user types in a channel or thread (or, with `dmChannelId`, in their DM with the bot). */
export interface UserMessageSpec {
  readonly channelId: string;
  readonly user: FakeUser;
  readonly content: string;
  /** Files attached (an image-only message has these and no content). */
  readonly attachments?: readonly { readonly filename: string; readonly contentType?: string; readonly content?: Buffer }[];
  /** Embeds on the message (a link preview, say). */
  readonly embeds?: readonly APIEmbed[];
  /** Stickers sent with the message (Discord's `sticker_items`). */
  readonly stickers?: readonly { readonly id: string; readonly name: string }[];
}

/** The users of the fake world. */
export interface FakeUsers {
  readonly bot: FakeUser;
  /** Member of every guild with the Moderator role (Manage Threads + Manage Guild). */
  readonly teacher: FakeUser;
  /** Owns every guild, so has every permission. */
  readonly owner: FakeUser;
  readonly students: readonly FakeUser[];
  /** Student n, 1-based. Throws if there is no such student. */
  student(n: number): FakeUser;
}

/** Starts the fake on 127.0.0.1 with a random port. Call `stop()` when done. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const discord = new FakeDiscord(options);
  await discord.listen();
  return discord;
}

/** A running fake Discord. Create with `startFakeDiscord`. */
export class FakeDiscord {
  /** The bot token to log in with. */
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly users: FakeUsers;
  /** Every guild, in creation order. */
  readonly guilds: readonly FakeGuildInfo[];
  private readonly world: World;
  private readonly signal = new ChangeSignal();
  private readonly gateway: FakeGateway;
  private readonly rest: FakeRest;
  private readonly server: Server;
  private port = 0;
  private readonly allowSchemaViolations: boolean;

  /** @internal Use `startFakeDiscord`. */
  constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'FAKE.discord-token.for-tests-0123456789';
    this.allowSchemaViolations = options.allowSchemaViolations ?? false;
    this.world = new World({
      botName: options.botName ?? 'Essay Circle',
      studentCount: options.students ?? 3,
      guilds: options.guilds ?? [{ name: 'Class' }],
      botPermissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    });
    this.applicationId = this.world.applicationId;
    this.botUser = this.world.botUser;
    const world = this.world;
    this.users = {
      bot: world.botUser,
      teacher: world.teacher,
      owner: world.owner,
      students: world.students,
      student(n: number): FakeUser {
        const student = world.students[n - 1];
        if (student === undefined) throw new Error(`fake-discord: there is no student ${n} (there are ${world.students.length})`);
        return student;
      },
    };
    this.guilds = [...this.world.guilds.values()].map((guild) => this.world.guildInfo(guild));
    this.gateway = new FakeGateway(this.world, this.token, this.signal, options.heartbeatIntervalMs ?? 41_250, () => ({
      gateway: `ws://127.0.0.1:${this.port}/gateway`,
      resume: `ws://127.0.0.1:${this.port}/gateway-resume`,
    }));
    this.rest = new FakeRest(this.world, this.gateway, this.signal, this.token, {
      gatewayUrl: () => `ws://127.0.0.1:${this.port}/gateway`,
      ackDeadlineMs: options.ackDeadlineMs ?? null,
      recommendedShards: options.recommendedShards ?? 1,
    });
    this.server = createServer((request, response) => {
      this.rest.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500);
        response.end(String(error));
      });
    });
    this.server.on('upgrade', (request, socket, head: Buffer) => this.gateway.handleUpgrade(request, socket, head));
  }

  /** @internal */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** The REST base to give discord.js (`rest.api`) or DISCORD_API_URL: no `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The first guild (the default place for everything). */
  get guild(): FakeGuildInfo {
    const first = this.guilds[0];
    if (first === undefined) throw new Error('fake-discord: no guilds configured');
    return first;
  }

  // ----- reading the state -----

  /** Every REST request so far, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  /** Bodies refused by Discord's OpenAPI description (answered 400/50035); a healthy bot sends none. */
  get schemaViolations(): readonly SchemaViolation[] {
    return this.rest.schemaViolations;
  }

  /** Requests that matched no route (404); a healthy bot makes none. */
  get unknownRoutes(): readonly RecordedRequest[] {
    return this.rest.requests.filter((request) => request.unknownRoute);
  }

  /** Deployed commands: global ones, or a guild's when `guildId` is given. */
  commands(guildId?: string): readonly DeployedCommand[] {
    return this.rest.commands.get(guildId ?? 'global') ?? [];
  }

  /** Every interaction sent so far, oldest first (for load tests: all acknowledged?). */
  get interactions(): readonly FakeInteraction[] {
    return [...this.rest.interactions.values()].map((record) => new FakeInteraction(record, this.world, this.signal));
  }

  /** A channel or thread by id. */
  channel(id: string): FakeChannel | undefined {
    return this.world.channels.get(id);
  }

  /** Every thread, in creation order. */
  get threads(): readonly FakeChannel[] {
    return [...this.world.channels.values()].filter(
      (channel) => channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread,
    );
  }

  /** A message by id (including deleted and ephemeral ones; check `deleted` and `flags`). */
  message(id: string): StoredMessage | undefined {
    return this.world.messages.get(id);
  }

  /** Messages in a channel, oldest first; deleted ones never, ephemeral ones only on request. */
  channelMessages(channelId: string, options: { readonly includeEphemeral?: boolean } = {}): StoredMessage[] {
    return [...this.world.messages.values()].filter(
      (message) =>
        message.channelId === channelId &&
        !message.deleted &&
        (options.includeEphemeral === true || (message.flags & MessageFlagBits.Ephemeral) === 0),
    );
  }

  /** The connections the client opened (path `/gateway` or `/gateway-resume`). */
  get gatewayConnections(): readonly GatewayConnection[] {
    return this.gateway.connections;
  }

  /** How many times the bot sent IDENTIFY (new sessions). */
  get identifyCount(): number {
    return this.gateway.identifyCount;
  }

  /** How many times a RESUME was accepted. */
  get resumeCount(): number {
    return this.gateway.resumeCount;
  }

  /** How many heartbeats the bot has sent. */
  get heartbeatCount(): number {
    return this.gateway.heartbeatCount;
  }

  /**
   * Stops (or resumes) answering heartbeats: discord.js then sees a zombie connection at its
   * next heartbeat, closes it and resumes. Use with a short `heartbeatIntervalMs`.
   */
  setHeartbeatAcks(enabled: boolean): void {
    this.gateway.ackHeartbeats = enabled;
  }

  /** The shard ids whose latest session is connected and has received READY and its guilds. */
  get readyShards(): number[] {
    return this.gateway.shardsReady().sort((a, b) => a - b);
  }

  /** Whether the bot's current session has a live websocket. */
  get connected(): boolean {
    return this.gateway.current?.socket != null;
  }

  // ----- waiting -----

  /**
   * Waits until `probe` returns a value other than `undefined` (checked after every change in
   * the fake and every 20 ms, so it may read the test's own state or the client's cache).
   */
  waitFor<T>(probe: () => T | undefined, what: string, options: WaitOptions = {}): Promise<T> {
    return this.signal.waitFor(probe, what, options, undefined, true);
  }

  /**
   * Waits until nothing has happened in the fake (no request, event or connection change) for
   * `quietMs` (default 250): use before asserting that something did NOT happen.
   */
  waitForQuiet(options: WaitOptions & { readonly quietMs?: number } = {}): Promise<void> {
    const quietMs = options.quietMs ?? 250;
    return this.signal
      .waitFor(() => (Date.now() - this.signal.lastChangeAt >= quietMs ? true : undefined), `${quietMs} ms without activity`, options, undefined, true)
      .then(() => undefined);
  }

  /**
   * Waits until the bot has identified `identifies` times in total (default 1) and got READY
   * and every GUILD_CREATE on a live connection.
   */
  waitForReady(options: WaitOptions & { readonly identifies?: number } = {}): Promise<void> {
    const identifies = options.identifies ?? 1;
    return this.signal.waitFor(
      () => {
        const session = this.gateway.current;
        return this.gateway.identifyCount >= identifies && session?.ready === true && session.socket !== null ? true : undefined;
      },
      `the bot to identify (${identifies} time(s)) and receive READY`,
      options,
      () => `identified ${this.gateway.identifyCount} time(s), ${this.gateway.connections.length} connection(s)`,
    ).then(() => undefined);
  }

  /** Waits until the gateway accepted `resumes` RESUMEs in total (default 1). */
  waitForResume(options: WaitOptions & { readonly resumes?: number } = {}): Promise<void> {
    const resumes = options.resumes ?? 1;
    return this.signal.waitFor(
      () => (this.gateway.resumeCount >= resumes && this.connected ? true : undefined),
      `the bot to resume its session (${resumes} time(s))`,
      options,
      () => `resumed ${this.gateway.resumeCount} time(s), identified ${this.gateway.identifyCount} time(s)`,
    ).then(() => undefined);
  }

  /** Waits until the bot's websocket is closed (for example after `client.destroy()`). */
  waitForDisconnect(options: WaitOptions = {}): Promise<void> {
    return this.signal.waitFor(() => (this.connected ? undefined : true), 'the bot to disconnect from the gateway', options).then(() => undefined);
  }

  /** Waits for a REST request matching `predicate` (already made or future). */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, what: string, options: WaitOptions = {}): Promise<RecordedRequest> {
    return this.signal.waitFor(
      () => this.rest.requests.find((request) => request.status !== 0 && predicate(request)),
      `a request: ${what}`,
      options,
      () => `${this.rest.requests.length} request(s) so far`,
    );
  }

  /** Waits for a (non-ephemeral) message in a channel matching `predicate`. */
  waitForMessage(channelId: string, predicate: (message: StoredMessage) => boolean = () => true, options: WaitOptions = {}): Promise<StoredMessage> {
    return this.signal.waitFor(
      () => this.channelMessages(channelId).find(predicate),
      `a message in channel ${channelId}`,
      options,
      () => `${this.channelMessages(channelId).length} message(s) there`,
    );
  }

  /** Waits for a thread matching `predicate` to exist. */
  waitForThread(predicate: (thread: FakeChannel) => boolean = () => true, options: WaitOptions = {}): Promise<FakeChannel> {
    return this.signal.waitFor(() => this.threads.find(predicate), 'a thread', options, () => `${this.threads.length} thread(s)`);
  }

  // ----- acting as users -----

  /** A user runs a slash command. Throws if commands were deployed and this one was not. */
  sendCommand(spec: CommandSpec): FakeInteraction {
    return this.sendApplicationCommand(spec, undefined);
  }

  /** A user types in an autocomplete option; `waitForChoices()` gives the bot's choices. */
  sendAutocomplete(spec: AutocompleteSpec): FakeInteraction {
    return this.sendApplicationCommand(spec, spec.focused);
  }

  /** A user clicks a button. Throws if the message has no enabled button with that custom id. */
  clickButton(spec: ButtonSpec): FakeInteraction {
    const message = this.componentMessage(spec.message);
    if (spec.forged !== true) findComponent(message, spec.customId, 2);
    return this.sendComponent(spec, message, 'button', { custom_id: spec.customId, component_type: 2 });
  }

  /** A user picks values in a string select menu (`forged`: one the message does not have). */
  selectOption(spec: SelectSpec): FakeInteraction {
    const message = this.componentMessage(spec.message);
    if (spec.forged !== true) findComponent(message, spec.customId, 3);
    return this.sendComponent(spec, message, 'select', { custom_id: spec.customId, component_type: 3, values: [...spec.values] });
  }

  /**
   * A user right-clicks a message and picks an app command (type 3, MESSAGE): the bot gets the
   * target in `resolved.messages`, with its content, as Discord sends it without any intent.
   * An undeployed name is still sent: a client's stale menu after a redeploy, which the bot
   * must answer sensibly.
   */
  sendMessageCommand(spec: MessageCommandSpec): FakeInteraction {
    const target = this.componentMessage(spec.message);
    const deployed = [...this.rest.commands.values()].flat();
    const definition = deployed.find((command) => command.name === spec.name && command['type'] === 3);
    return this.dispatchInteraction({
      kind: 'command',
      type: InteractionType.ApplicationCommand,
      data: {
        id: definition?.id ?? this.world.nextId(),
        name: spec.name,
        type: 3,
        target_id: target.id,
        resolved: { messages: { [target.id]: this.world.apiMessage(target) } },
      },
      user: spec.user ?? this.users.student(1),
      guildId: target.guildId,
      channelId: target.channelId,
      memberPermissions: spec.memberPermissions,
      locale: spec.locale,
      message: undefined,
    });
  }

  /** A user submits the modal the bot showed (the source interaction got callback type 9). */
  submitModal(spec: ModalSpec): FakeInteraction {
    const callback = spec.interaction.callback;
    if (callback?.type !== 9) throw new Error('fake-discord: that interaction was not answered with a modal (callback type 9)');
    const source = this.rest.interactions.get(spec.interaction.id);
    if (source === undefined) throw new Error('fake-discord: unknown source interaction');
    const customId = String(callback.data?.['custom_id'] ?? '');
    const components = Object.entries(spec.values).map(([id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: id, value }],
    }));
    const user = spec.user ?? this.world.users.get(source.userId) ?? this.users.student(1);
    const message = source.sourceMessageId === null ? undefined : this.world.messages.get(source.sourceMessageId);
    return this.dispatchInteraction({
      kind: 'modal',
      type: InteractionType.ModalSubmit,
      data: { custom_id: customId, components },
      user,
      guildId: source.guildId,
      channelId: source.channelId,
      memberPermissions: spec.memberPermissions,
      locale: spec.locale,
      message,
    });
  }

  /**
   * A user posts in a channel or thread: the bot gets MESSAGE_CREATE if it has the intent
   * (content blank without MessageContent, as on Discord). Throws if the user may not post
   * (a locked thread without Manage Threads).
   */
  sendUserMessage(spec: UserMessageSpec): StoredMessage {
    const channel = this.world.channels.get(spec.channelId);
    if (channel === undefined) throw new Error(`fake-discord: unknown channel ${spec.channelId}`);
    const isThread = channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread;
    if (isThread && channel.locked && channel.guildId !== null) {
      const guild = this.world.guilds.get(channel.guildId);
      const permissions = guild === undefined ? 0n : this.world.memberPermissions(guild, spec.user.id);
      if ((permissions & PermissionFlagsBits.ManageThreads) === 0n) {
        throw new Error(`fake-discord: ${spec.user.username} cannot post in locked thread ${channel.name}`);
      }
    }
    if (isThread && channel.archived) {
      channel.archived = false;
      this.gateway.dispatch('THREAD_UPDATE', this.world.apiChannel(channel), GatewayIntentBits.Guilds);
    }
    const files = (spec.attachments ?? []).map((file, index) => ({
      field: `files[${index}]`,
      filename: file.filename,
      contentType: file.contentType ?? null,
      content: file.content ?? Buffer.from('fake file'),
    }));
    const body = {
      content: spec.content,
      ...(spec.embeds === undefined ? {} : { embeds: [...spec.embeds] }),
      ...(spec.stickers === undefined ? {} : { sticker_items: spec.stickers.map((sticker) => ({ ...sticker, format_type: 1 })) }),
    };
    return this.rest.messages.store(channel, body, files, { interactionId: null, type: 0, authorId: spec.user.id });
  }

  /** The id of the DM channel between the bot and `user` (made on first use), for `sendUserMessage`. */
  dmChannelId(user: FakeUser): string {
    return this.world.dmChannelFor(user).id;
  }

  // ----- faults -----

  /** Makes the next matching request(s) fail or go slow. Returns the live fault (see `hits`). */
  failNext(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { spec, remaining: spec.times ?? 1, hits: 0 };
    this.rest.faults.push(fault);
    return fault;
  }

  /** Removes every pending fault. */
  clearFaults(): void {
    this.rest.faults.length = 0;
  }

  /** Closes the bot's websocket with `code` (4000: resumes; 1006: dropped without close frame). */
  closeGateway(code: number): void {
    this.gateway.close(code);
  }

  /**
   * Answers every later IDENTIFY by closing the socket with `code` (null: accept again), as
   * Discord does after a token reset (4004) or with bad intents or shards (4010-4014). With
   * closeGateway(code) this makes a fatal close at login or while running.
   */
  refuseIdentify(code: number | null): void {
    this.gateway.refuseIdentifyWith = code;
  }

  /** Sends op 9 Invalid Session; not resumable means the bot must IDENTIFY again. */
  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }

  /** Sends op 7 Reconnect: the bot reconnects and resumes. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Sets the bot role's permissions (one guild or all) and tells the bot (GUILD_ROLE_UPDATE). */
  setBotPermissions(permissions: bigint, guildId?: string): void {
    for (const guild of this.world.guilds.values()) {
      if (guildId !== undefined && guild.id !== guildId) continue;
      const role = guild.roles.find((candidate) => candidate.id === guild.botRoleId);
      if (role === undefined) continue;
      role.permissions = permissions;
      this.gateway.dispatch('GUILD_ROLE_UPDATE', { guild_id: guild.id, role: this.world.apiRole(role) }, GatewayIntentBits.Guilds);
    }
    this.signal.notify();
  }

  /**
   * Stops the servers and drops every connection. Safe to call twice. Throws (after stopping)
   * if the bot sent any body Discord's OpenAPI description refuses, so the test that sent it
   * fails even when the bot handled the 400 gracefully.
   */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    await this.gateway.stop();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
    const violations = this.rest.schemaViolations;
    if (violations.length > 0 && !this.allowSchemaViolations) {
      const lines = violations.slice(0, 5).map((v) => `${v.method} ${v.path}: ${v.errors.join('; ')}\n  body: ${JSON.stringify(v.body).slice(0, 600)}`);
      throw new Error(`fake-discord: ${violations.length} request body(ies) break Discord's OpenAPI schema:\n${lines.join('\n')}`);
    }
  }

  // ----- internals -----

  private sendApplicationCommand(spec: CommandSpec, focused: string | undefined): FakeInteraction {
    const guildId = spec.dm === true ? null : (spec.guildId ?? this.guild.id);
    const definition = this.findCommand(spec.name, guildId);
    const options = buildCommandOptions({
      options: spec.options,
      definition,
      subcommand: spec.subcommand,
      subcommandGroup: spec.subcommandGroup,
      focused,
    });
    const resolved = resolveOptionValues(this.world, guildId, options);
    const data: Record<string, unknown> = {
      id: definition?.id ?? this.world.nextId(),
      name: spec.name,
      type: 1,
      options,
      ...(resolved === undefined ? {} : { resolved }),
      ...(typeof definition?.['guild_id'] === 'string' ? { guild_id: definition['guild_id'] } : {}),
    };
    return this.dispatchInteraction({
      kind: focused === undefined ? 'command' : 'autocomplete',
      type: focused === undefined ? InteractionType.ApplicationCommand : InteractionType.ApplicationCommandAutocomplete,
      data,
      user: spec.user ?? this.users.student(1),
      guildId,
      channelId: spec.channelId ?? (guildId === null ? undefined : this.guildInfo(guildId).channelId),
      memberPermissions: spec.memberPermissions,
      locale: spec.locale,
      message: undefined,
    });
  }

  private findCommand(name: string, guildId: string | null): DeployedCommand | undefined {
    const scoped = guildId === null ? [] : (this.rest.commands.get(guildId) ?? []);
    const global = this.rest.commands.get('global') ?? [];
    const found = [...scoped, ...global].find((command) => command.name === name);
    const deployed = [...this.rest.commands.values()].flat();
    if (found === undefined && deployed.length > 0) {
      throw new Error(`fake-discord: /${name} is not deployed here (deployed: ${deployed.map((c) => c.name).join(', ')})`);
    }
    return found;
  }

  private guildInfo(guildId: string): FakeGuildInfo {
    const info = this.guilds.find((guild) => guild.id === guildId);
    if (info === undefined) throw new Error(`fake-discord: unknown guild ${guildId}`);
    return info;
  }

  private componentMessage(reference: StoredMessage | string): StoredMessage {
    const id = typeof reference === 'string' ? reference : reference.id;
    const message = this.world.messages.get(id);
    if (message === undefined || message.deleted) throw new Error(`fake-discord: message ${id} does not exist (or was deleted)`);
    return message;
  }

  private sendComponent(
    spec: ButtonSpec,
    message: StoredMessage,
    kind: InteractionKind,
    data: Record<string, unknown>,
  ): FakeInteraction {
    return this.dispatchInteraction({
      kind,
      type: InteractionType.MessageComponent,
      data,
      user: spec.user ?? this.users.student(1),
      guildId: message.guildId,
      channelId: message.channelId,
      memberPermissions: spec.memberPermissions,
      locale: spec.locale,
      message,
    });
  }

  private dispatchInteraction(input: {
    kind: InteractionKind;
    type: InteractionType;
    data: Record<string, unknown>;
    user: FakeUser;
    guildId: string | null;
    channelId: string | undefined;
    memberPermissions: bigint | undefined;
    locale: string | undefined;
    message: StoredMessage | undefined;
  }): FakeInteraction {
    if (this.gateway.current === null) {
      throw new Error('fake-discord: no bot has connected yet; await discord.waitForReady() before sending interactions');
    }
    const channel =
      input.guildId === null
        ? this.world.dmChannelFor(input.user)
        : this.world.channels.get(input.channelId ?? this.guildInfo(input.guildId).channelId);
    if (channel === undefined) throw new Error(`fake-discord: unknown channel ${String(input.channelId)}`);
    const guild = input.guildId === null ? undefined : this.world.guilds.get(input.guildId);
    if (input.guildId !== null && guild === undefined) throw new Error(`fake-discord: unknown guild ${input.guildId}`);
    if (guild !== undefined && !guild.members.has(input.user.id)) {
      throw new Error(`fake-discord: ${input.user.username} is not a member of ${guild.name}`);
    }
    const record = buildInteraction(this.world, { ...input, channel, guild });
    const { id, token } = record;
    this.rest.interactions.set(id, record);
    const name = input.data['name'];
    this.world.interactionMetadata.set(id, { type: input.type, userId: input.user.id, name: typeof name === 'string' ? name : null });
    this.rest.interactionsByToken.set(token, record);
    this.gateway.dispatch('INTERACTION_CREATE', record.payload);
    return new FakeInteraction(record, this.world, this.signal);
  }
}

