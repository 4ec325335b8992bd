/**
 * The fake REST API (v10 subset): routes, auth, fault injection and the request log. Handlers
 * change the World and tell the gateway, so what the bot reads back over REST and what it
 * hears on the gateway always agree.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ChannelType, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { checkCommandDefinitions } from './command-rules.js';
import type { ActiveFault } from './faults.js';
import { faultResponse, matchesFault } from './faults.js';
import type { FakeGateway } from './gateway.js';
import { BadRequest, readBody, sendJson } from './http-body.js';
import type { ParsedBody } from './http-body.js';
import type { InteractionRecord } from './interactions.js';
import { DiscordApiError, MESSAGE_LIMITS } from './message-limits.js';
import { MessageStore, isThread } from './message-store.js';
import { checkRequestBody } from './openapi-check.js';
import type { SchemaViolation } from './openapi-check.js';
import type { ChangeSignal } from './wait.js';
import { DM_PERMISSIONS, MessageFlagBits } from './world.js';
import type { FakeChannel, StoredMessage, World } from './world.js';

/** One request the bot made, as logged (never the Authorization value). */
export interface RecordedRequest {
  readonly method: string;
  /** Decoded path after `/api/v10`, e.g. `/webhooks/1/abc/messages/@original`. */
  readonly path: string;
  /** The raw query string, e.g. `?with_response=false`. */
  readonly query: string;
  /** Whether an `Authorization: Bot <token>` header with the right token came with it. */
  readonly authorized: boolean;
  /** The request headers, lower-case, without `authorization` (never logged or stored). */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body (or multipart `payload_json`). */
  readonly body: unknown;
  /** Names of files uploaded with it. */
  readonly files: readonly string[];
  status: number;
  /** True when no route matched (404 sent). */
  unknownRoute: boolean;
  /** True when an injected fault answered it. */
  faulted: boolean;
}

/** A deployed application command, as the fake returns it. */
export type DeployedCommand = Readonly<Record<string, unknown>> & { readonly id: string; readonly name: string };

interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: ParsedBody;
}

interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
}

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  /** Interaction callbacks and webhook routes are authorised by their token, not the bot's. */
  readonly auth: boolean;
  readonly handle: (context: RouteContext) => RouteResult;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  readonly faults: ActiveFault[] = [];
  /** Bodies Discord's OpenAPI description refuses (each answered 400/50035, as Discord would). */
  readonly schemaViolations: SchemaViolation[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  /** Deployed commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, DeployedCommand[]>();
  readonly messages: MessageStore;
  private readonly routes: Route[];

  constructor(
    private readonly world: World,
    private readonly gateway: FakeGateway,
    private readonly signal: ChangeSignal,
    private readonly token: string,
    private readonly options: { readonly gatewayUrl: () => string; readonly ackDeadlineMs: number | null; readonly recommendedShards: number },
  ) {
    this.messages = new MessageStore(world, gateway);
    this.routes = this.buildRoutes();
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const prefix = '/api/v10';
    const rawPath = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    // discord.js URL-encodes path segments (`%40original`): decode each one for matching.
    const segments = rawPath.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
    const path = `/${segments.join('/')}`;
    const authorized = request.headers.authorization === `Bot ${this.token}`;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (name !== 'authorization' && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    let body: ParsedBody = { json: undefined, files: [] };
    const record: RecordedRequest = {
      method,
      path,
      query: url.search,
      authorized,
      headers,
      body: undefined,
      files: [],
      status: 0,
      unknownRoute: false,
      faulted: false,
    };
    try {
      body = await readBody(request);
    } catch (error) {
      this.finish(record, response, 400, { message: error instanceof Error ? error.message : 'bad body', code: 50109 });
      return;
    }
    Object.assign(record, { body: body.json, files: body.files.map((file) => file.filename) });
    this.requests.push(record);

    const fault = this.faults.find((candidate) => matchesFault(candidate, method, path));
    if (fault !== undefined) {
      fault.remaining -= 1;
      fault.hits += 1;
      if (fault.spec.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.spec.delayMs));
      if (fault.spec.status !== undefined) {
        const answer = faultResponse(fault.spec);
        record.faulted = true;
        this.finish(record, response, answer.status, answer.body, answer.headers);
        return;
      }
    }

    const match = this.match(method, segments);
    if (match === undefined) {
      record.unknownRoute = true;
      this.finish(record, response, 404, { message: '404: Not Found', code: 0 });
      return;
    }
    if (match.route.auth && !authorized) {
      this.finish(record, response, 401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    const violation = checkRequestBody(method, path, body.json);
    if (violation !== undefined) {
      this.schemaViolations.push(violation);
      this.finish(record, response, 400, {
        message: `Invalid Form Body (fake-discord: refused by Discord's OpenAPI schema for ${violation.route}: ${violation.errors.join('; ')})`,
        code: 50035,
      });
      return;
    }
    try {
      const result = match.route.handle({ params: match.params, query: url.searchParams, body });
      this.finish(record, response, result.status, result.body);
    } catch (error) {
      if (error instanceof DiscordApiError) {
        this.finish(record, response, error.status, {
          message: error.message,
          code: error.code,
          ...(error.errors === undefined ? {} : { errors: error.errors }),
        });
      } else if (error instanceof BadRequest) {
        this.finish(record, response, 400, { message: error.message, code: 50035 });
      } else {
        this.finish(record, response, 500, { message: `fake-discord bug: ${String(error)}`, code: 0 });
      }
    }
  }

  private finish(record: RecordedRequest, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    sendJson(response, status, body, headers);
    this.signal.notify();
  }

  private match(method: string, segments: readonly string[]): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const fits = route.segments.every((pattern, index) => {
        const actual = segments[index] ?? '';
        if (pattern.startsWith(':')) {
          params[pattern.slice(1)] = actual;
          return true;
        }
        return pattern === actual;
      });
      if (fits) return { route, params };
    }
    return undefined;
  }

  private buildRoutes(): Route[] {
    const route = (method: string, path: string, handle: Route['handle'], auth = true): Route => ({
      method,
      segments: path.split('/').filter((s) => s !== ''),
      auth,
      handle,
    });
    return [
      route('GET', '/gateway/bot', () => ({
        status: 200,
        body: {
          url: this.options.gatewayUrl(),
          shards: this.options.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      })),
      route('GET', '/gateway', () => ({ status: 200, body: { url: this.options.gatewayUrl() } }), false),
      route('GET', '/users/@me', () => ({ status: 200, body: this.world.apiUser(this.world.botUser) })),
      route('GET', '/users/:user', (c) => this.user(c)),
      route('POST', '/users/@me/channels', (c) => this.openDm(c)),
      route('GET', '/applications/@me', () => ({ status: 200, body: this.application() })),
      route('GET', '/applications/:app/commands', (c) => this.listCommands(c.params, 'global')),
      route('PUT', '/applications/:app/commands', (c) => this.overwriteCommands(c, 'global')),
      route('GET', '/applications/:app/guilds/:guild/commands', (c) => this.listCommands(c.params, c.params['guild'] ?? '')),
      route('PUT', '/applications/:app/guilds/:guild/commands', (c) => this.overwriteCommands(c, c.params['guild'] ?? '')),
      route('POST', '/interactions/:id/:token/callback', (c) => this.interactionCallback(c), false),
      route('POST', '/webhooks/:app/:token', (c) => this.followUp(c), false),
      route('GET', '/webhooks/:app/:token/messages/:message', (c) => this.webhookMessage(c, 'GET'), false),
      route('PATCH', '/webhooks/:app/:token/messages/:message', (c) => this.webhookMessage(c, 'PATCH'), false),
      route('DELETE', '/webhooks/:app/:token/messages/:message', (c) => this.webhookMessage(c, 'DELETE'), false),
      route('GET', '/channels/:channel', (c) => ({ status: 200, body: this.world.apiChannel(this.channel(c.params)) })),
      route('PATCH', '/channels/:channel', (c) => this.editChannel(c)),
      route('DELETE', '/channels/:channel', (c) => this.deleteThread(c)),
      route('GET', '/channels/:channel/messages', (c) => this.listMessages(c)),
      route('POST', '/channels/:channel/messages', (c) => this.postChannelMessage(c)),
      route('GET', '/channels/:channel/messages/:message', (c) => ({ status: 200, body: this.world.apiMessage(this.channelMessage(c.params)) })),
      route('PATCH', '/channels/:channel/messages/:message', (c) => this.editChannelMessage(c)),
      route('DELETE', '/channels/:channel/messages/:message', (c) => this.deleteChannelMessage(c)),
      route('POST', '/channels/:channel/threads', (c) => this.createThread(c, null)),
      route('POST', '/channels/:channel/messages/:message/threads', (c) => this.createThread(c, c.params['message'] ?? null)),
      route('PUT', '/channels/:channel/thread-members/@me', (c) => (this.channel(c.params), { status: 204 })),
      route('DELETE', '/channels/:channel/thread-members/@me', (c) => (this.channel(c.params), { status: 204 })),
      route('PUT', '/channels/:channel/thread-members/:user', (c) => (this.channel(c.params), { status: 204 })),
      route('DELETE', '/channels/:channel/thread-members/:user', (c) => (this.channel(c.params), { status: 204 })),
      route('POST', '/channels/:channel/typing', (c) => (this.channel(c.params), { status: 204 })),
      route('GET', '/guilds/:guild', (c) => ({ status: 200, body: this.world.apiGuild(this.guild(c.params)) })),
      route('GET', '/guilds/:guild/roles', (c) => ({ status: 200, body: this.guild(c.params).roles.map((r) => this.world.apiRole(r)) })),
      route('GET', '/guilds/:guild/channels', (c) => this.guildChannels(c)),
      route('GET', '/guilds/:guild/members/:user', (c) => this.guildMember(c)),
    ];
  }

  // ----- lookups -----

  private channel(params: Readonly<Record<string, string>>): FakeChannel {
    const channel = this.world.channels.get(params['channel'] ?? '');
    if (channel === undefined) throw new DiscordApiError(404, 10003, 'Unknown Channel');
    return channel;
  }

  private guild(params: Readonly<Record<string, string>>): ReturnType<World['guilds']['get']> & object {
    const guild = this.world.guilds.get(params['guild'] ?? '');
    if (guild === undefined) throw new DiscordApiError(404, 10004, 'Unknown Guild');
    return guild;
  }

  private channelMessage(params: Readonly<Record<string, string>>): StoredMessage {
    const channel = this.channel(params);
    const message = this.world.messages.get(params['message'] ?? '');
    if (
      message === undefined ||
      message.deleted ||
      message.channelId !== channel.id ||
      (message.flags & MessageFlagBits.Ephemeral) !== 0
    ) {
      throw new DiscordApiError(404, 10008, 'Unknown Message');
    }
    return message;
  }

  private botPermissionsIn(channel: FakeChannel): bigint {
    return channel.guildId === null ? DM_PERMISSIONS : this.world.botPermissionsIn(channel.guildId);
  }

  private requirePermissions(channel: FakeChannel, needed: bigint): void {
    if ((this.botPermissionsIn(channel) & needed) !== needed) throw new DiscordApiError(403, 50013, 'Missing Permissions');
  }

  private application(): Record<string, unknown> {
    return {
      id: this.world.applicationId,
      name: this.world.botUser.username,
      icon: null,
      description: 'A fake application for tests',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: 'fake',
      flags: 0,
      owner: this.world.apiUser(this.world.teacher),
      team: null,
      bot: this.world.apiUser(this.world.botUser),
      summary: '',
      rpc_origins: [],
    };
  }

  // ----- commands -----

  private checkApplication(params: Readonly<Record<string, string>>): void {
    if (params['app'] !== this.world.applicationId) throw new DiscordApiError(404, 10002, 'Unknown Application');
  }

  private listCommands(params: Readonly<Record<string, string>>, scope: string): RouteResult {
    this.checkApplication(params);
    if (scope !== 'global') this.guild(params);
    return { status: 200, body: this.commands.get(scope) ?? [] };
  }

  private overwriteCommands(context: RouteContext, scope: string): RouteResult {
    this.checkApplication(context.params);
    if (scope !== 'global') this.guild(context.params);
    if (!Array.isArray(context.body.json)) throw new BadRequest('bulk overwrite expects an array of commands');
    checkCommandDefinitions(context.body.json as unknown[]);
    const existing = this.commands.get(scope) ?? [];
    const deployed = (context.body.json as unknown[]).map((raw): DeployedCommand => {
      const definition = asRecord(raw);
      const name = String(definition['name']);
      // Discord keeps a command's id across overwrites when the name stays the same.
      const id = existing.find((command) => command.name === name)?.id ?? this.world.nextId();
      return {
        type: 1,
        description: '',
        options: [],
        default_member_permissions: null,
        nsfw: false,
        ...definition,
        id,
        name,
        application_id: this.world.applicationId,
        version: this.world.nextId(),
        ...(scope === 'global' ? {} : { guild_id: scope }),
      };
    });
    this.commands.set(scope, deployed);
    return { status: 200, body: deployed };
  }

  // ----- interactions -----

  private interactionCallback(context: RouteContext): RouteResult {
    const interaction = this.interactions.get(context.params['id'] ?? '');
    if (interaction === undefined || interaction.token !== context.params['token']) {
      throw new DiscordApiError(404, 10062, 'Unknown interaction');
    }
    if (interaction.callback !== null) throw new DiscordApiError(400, 40060, 'Interaction has already been acknowledged.');
    const delayMs = Date.now() - interaction.dispatchedAt;
    if (this.options.ackDeadlineMs !== null && delayMs > this.options.ackDeadlineMs) {
      throw new DiscordApiError(404, 10062, 'Unknown interaction');
    }
    const body = asRecord(context.body.json);
    const type = body['type'];
    const data = body['data'] === undefined ? undefined : asRecord(body['data']);
    const withResponse = context.query.get('with_response') === 'true';
    const allowed: Record<string, readonly number[]> = {
      command: [4, 5, 9],
      autocomplete: [8],
      button: [4, 5, 6, 7, 9],
      select: [4, 5, 6, 7, 9],
      modal: interaction.sourceMessageId === null ? [4, 5] : [4, 5, 6, 7],
    };
    if (typeof type !== 'number' || !(allowed[interaction.kind] ?? []).includes(type)) {
      throw new DiscordApiError(400, 50035, `Invalid Form Body: callback type ${String(type)} is not valid for a ${interaction.kind} interaction`);
    }
    const channel = this.world.channels.get(interaction.channelId);
    if (channel === undefined) throw new DiscordApiError(404, 10003, 'Unknown Channel');
    let message: StoredMessage | undefined;
    if (type === 4) {
      message = this.messages.create(channel, data ?? {}, context.body.files, {
        interactionId: interaction.id,
        type: interaction.kind === 'command' ? 20 : 0,
      });
      interaction.originalMessageId = message.id;
    } else if (type === 5) {
      const flags = (Number(data?.['flags'] ?? 0) & MessageFlagBits.Ephemeral) | MessageFlagBits.Loading;
      message = this.messages.store(channel, { content: '', flags }, [], { interactionId: interaction.id, type: interaction.kind === 'command' ? 20 : 0 });
      interaction.originalMessageId = message.id;
    } else if (type === 6 || type === 7) {
      message = this.world.messages.get(interaction.sourceMessageId ?? '');
      if (message === undefined) throw new DiscordApiError(404, 10008, 'Unknown Message');
      interaction.originalMessageId = message.id;
      if (type === 7) this.messages.edit(message, data ?? {}, context.body.files);
    } else if (type === 8) {
      const choices = data?.['choices'];
      if (Array.isArray(choices) && choices.length > 25) {
        throw new DiscordApiError(400, 50035, 'Invalid Form Body', { data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } } });
      }
    }
    interaction.callback = { type, data, files: context.body.files, withResponse, delayMs };
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.payload['type'],
          response_message_id: message?.id,
          response_message_loading: message === undefined ? undefined : (message.flags & MessageFlagBits.Loading) !== 0,
          response_message_ephemeral: message === undefined ? undefined : (message.flags & MessageFlagBits.Ephemeral) !== 0,
        },
        resource: { type, ...(message === undefined ? {} : { message: this.world.apiMessage(message) }) },
      },
    };
  }

  private interactionByWebhook(params: Readonly<Record<string, string>>): InteractionRecord {
    const interaction = this.interactionsByToken.get(params['token'] ?? '');
    if (interaction === undefined || params['app'] !== this.world.applicationId) throw new DiscordApiError(404, 10015, 'Unknown Webhook');
    // Until the interaction is acknowledged its webhook does not exist yet.
    if (interaction.callback === null) throw new DiscordApiError(404, 10015, 'Unknown Webhook');
    return interaction;
  }

  private followUp(context: RouteContext): RouteResult {
    const interaction = this.interactionByWebhook(context.params);
    const channel = this.world.channels.get(interaction.channelId);
    if (channel === undefined) throw new DiscordApiError(404, 10003, 'Unknown Channel');
    const message = this.messages.create(channel, asRecord(context.body.json), context.body.files, { interactionId: interaction.id, type: 0 });
    interaction.followUpIds.push(message.id);
    return context.query.get('wait') === 'false' ? { status: 204 } : { status: 200, body: this.world.apiMessage(message) };
  }

  private webhookMessage(context: RouteContext, method: 'GET' | 'PATCH' | 'DELETE'): RouteResult {
    const interaction = this.interactionByWebhook(context.params);
    const requested = context.params['message'];
    const id = requested === '@original' ? interaction.originalMessageId : requested;
    const message = id === null || id === undefined ? undefined : this.world.messages.get(id);
    const belongs =
      message !== undefined &&
      !message.deleted &&
      (message.id === interaction.originalMessageId || interaction.followUpIds.includes(message.id));
    if (message === undefined || !belongs) throw new DiscordApiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: this.world.apiMessage(message) };
    if (method === 'DELETE') {
      this.messages.delete(message);
      return { status: 204 };
    }
    this.messages.edit(message, asRecord(context.body.json), context.body.files);
    return { status: 200, body: this.world.apiMessage(message) };
  }

  // ----- channels and messages -----

  private listMessages(context: RouteContext): RouteResult {
    const channel = this.channel(context.params);
    const limit = Math.min(Number(context.query.get('limit') ?? 50), 100);
    // Snowflakes grow with time: `before` keeps the older ones.
    const before = context.query.get('before');
    const messages = [...this.world.messages.values()]
      .filter((m) => m.channelId === channel.id && !m.deleted && (m.flags & MessageFlagBits.Ephemeral) === 0)
      .filter((m) => before === null || BigInt(m.id) < BigInt(before))
      .reverse()
      .slice(0, limit);
    return { status: 200, body: messages.map((m) => this.world.apiMessage(m)) };
  }

  private postChannelMessage(context: RouteContext): RouteResult {
    const channel = this.channel(context.params);
    const send = isThread(channel) ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
    this.requirePermissions(channel, PermissionFlagsBits.ViewChannel | send);
    if (context.body.files.length > 0) this.requirePermissions(channel, PermissionFlagsBits.AttachFiles);
    if (isThread(channel) && channel.locked) this.requirePermissions(channel, PermissionFlagsBits.ManageThreads);
    if (isThread(channel) && channel.archived) {
      // Posting in an archived (unlocked) thread unarchives it, as on Discord.
      channel.archived = false;
      this.emitChannelUpdate(channel);
    }
    const message = this.messages.create(channel, asRecord(context.body.json), context.body.files, { interactionId: null, type: 0 });
    return { status: 200, body: this.world.apiMessage(message) };
  }

  private editChannelMessage(context: RouteContext): RouteResult {
    const message = this.channelMessage(context.params);
    if (message.authorId !== this.world.botUser.id) throw new DiscordApiError(403, 50005, 'Cannot edit a message authored by another user');
    this.messages.edit(message, asRecord(context.body.json), context.body.files);
    return { status: 200, body: this.world.apiMessage(message) };
  }

  private deleteChannelMessage(context: RouteContext): RouteResult {
    const channel = this.channel(context.params);
    const message = this.channelMessage(context.params);
    if (message.authorId !== this.world.botUser.id) this.requirePermissions(channel, PermissionFlagsBits.ManageMessages);
    this.messages.delete(message);
    return { status: 204 };
  }

  private createThread(context: RouteContext, messageId: string | null): RouteResult {
    const parent = this.channel(context.params);
    if (parent.type === ChannelType.GuildForum && messageId === null) return this.createForumPost(context, parent);
    if (parent.type !== ChannelType.GuildText && parent.type !== ChannelType.GuildAnnouncement) {
      throw new DiscordApiError(400, 50024, 'Cannot execute action on this channel type');
    }
    const body = asRecord(context.body.json);
    const name = body['name'];
    if (typeof name !== 'string' || name.length === 0 || [...name].length > MESSAGE_LIMITS.threadName) {
      throw new DiscordApiError(400, 50035, 'Invalid Form Body', { name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } });
    }
    // A thread from a message is public; without one, API v10 defaults to a private thread.
    const type = messageId !== null ? ChannelType.PublicThread : Number(body['type'] ?? ChannelType.PrivateThread);
    const create = type === ChannelType.PrivateThread ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads;
    this.requirePermissions(parent, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessagesInThreads | create);
    if (messageId !== null) {
      this.channelMessage({ channel: parent.id, message: messageId });
      if (this.world.channels.has(messageId)) throw new DiscordApiError(400, 160004, 'A thread has already been created for this message');
    }
    const thread = this.world.addChannel({
      ...(messageId === null ? {} : { id: messageId }),
      type,
      name,
      guildId: parent.guildId,
      parentId: parent.id,
      ownerId: this.world.botUser.id,
      autoArchiveDuration: Number(body['auto_archive_duration'] ?? 1440),
      rateLimitPerUser: Number(body['rate_limit_per_user'] ?? 0),
    });
    const apiThread = this.world.apiChannel(thread);
    this.gateway.dispatch('THREAD_CREATE', { ...apiThread, newly_created: true }, GatewayIntentBits.Guilds);
    return { status: 201, body: apiThread };
  }

  /**
   * A forum post: a public thread whose first message (the body's `message`) has the thread's
   * id, with tags from the forum's own. Needs View Channel + Send Messages in the forum.
   */
  private createForumPost(context: RouteContext, forum: FakeChannel): RouteResult {
    const body = asRecord(context.body.json);
    const name = body['name'];
    if (typeof name !== 'string' || name.length === 0 || [...name].length > MESSAGE_LIMITS.threadName) {
      throw new DiscordApiError(400, 50035, 'Invalid Form Body', { name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } });
    }
    const message = body['message'];
    if (typeof message !== 'object' || message === null) {
      throw new DiscordApiError(400, 50035, 'Invalid Form Body', { message: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
    }
    const tags = Array.isArray(body['applied_tags']) ? body['applied_tags'].map(String) : [];
    const unknown = tags.filter((tag) => !forum.availableTags.some((available) => available.id === tag));
    if (unknown.length > 0) throw new DiscordApiError(400, 50035, `Invalid Form Body: unknown forum tag(s) ${unknown.join(', ')}`);
    this.requirePermissions(forum, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
    const thread = this.world.addChannel({
      type: ChannelType.PublicThread,
      name,
      guildId: forum.guildId,
      parentId: forum.id,
      ownerId: this.world.botUser.id,
      autoArchiveDuration: Number(body['auto_archive_duration'] ?? 1440),
      rateLimitPerUser: Number(body['rate_limit_per_user'] ?? 0),
    });
    thread.appliedTags = tags;
    const apiThread = this.world.apiChannel(thread);
    this.gateway.dispatch('THREAD_CREATE', { ...apiThread, newly_created: true }, GatewayIntentBits.Guilds);
    const starter = this.messages.create(thread, message as Record<string, unknown>, context.body.files, { interactionId: null, type: 0, id: thread.id });
    return { status: 201, body: { ...this.world.apiChannel(thread), message: this.world.apiMessage(starter) } };
  }

  private editChannel(context: RouteContext): RouteResult {
    const channel = this.channel(context.params);
    const body = asRecord(context.body.json);
    if (isThread(channel)) {
      const needsManage =
        'locked' in body ||
        'rate_limit_per_user' in body ||
        (channel.ownerId !== this.world.botUser.id && ('archived' in body || 'name' in body));
      if (needsManage) this.requirePermissions(channel, PermissionFlagsBits.ManageThreads);
    } else {
      this.requirePermissions(channel, PermissionFlagsBits.ManageChannels);
    }
    if (typeof body['name'] === 'string') channel.name = body['name'];
    if (typeof body['archived'] === 'boolean') channel.archived = body['archived'];
    if (typeof body['locked'] === 'boolean') channel.locked = body['locked'];
    if (typeof body['rate_limit_per_user'] === 'number') channel.rateLimitPerUser = body['rate_limit_per_user'];
    if (typeof body['auto_archive_duration'] === 'number') channel.autoArchiveDuration = body['auto_archive_duration'];
    if (Array.isArray(body['applied_tags'])) {
      const parent = channel.parentId === null ? undefined : this.world.channels.get(channel.parentId);
      const tags = body['applied_tags'].map(String);
      if (parent?.type !== ChannelType.GuildForum || tags.some((tag) => !parent.availableTags.some((available) => available.id === tag))) {
        throw new DiscordApiError(400, 50035, 'Invalid Form Body: applied_tags are only for forum posts, from the forum’s tags');
      }
      channel.appliedTags = tags;
    }
    this.emitChannelUpdate(channel);
    return { status: 200, body: this.world.apiChannel(channel) };
  }

  private emitChannelUpdate(channel: FakeChannel): void {
    this.gateway.dispatch(isThread(channel) ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE', this.world.apiChannel(channel), GatewayIntentBits.Guilds);
  }

  private user(context: RouteContext): RouteResult {
    const user = this.world.users.get(context.params['user'] ?? '');
    if (user === undefined) throw new DiscordApiError(404, 10013, 'Unknown User');
    return { status: 200, body: this.world.apiUser(user) };
  }

  private openDm(context: RouteContext): RouteResult {
    const user = this.world.users.get(String(asRecord(context.body.json)['recipient_id'] ?? ''));
    if (user === undefined) throw new DiscordApiError(404, 10013, 'Unknown User');
    return { status: 200, body: this.world.apiChannel(this.world.dmChannelFor(user)) };
  }

  /** Deleting is only supported for threads (the bot never deletes real channels). */
  private deleteThread(context: RouteContext): RouteResult {
    const channel = this.channel(context.params);
    if (!isThread(channel)) throw new DiscordApiError(403, 50013, 'Missing Permissions');
    this.requirePermissions(channel, PermissionFlagsBits.ManageThreads);
    this.world.channels.delete(channel.id);
    const guild = channel.guildId === null ? undefined : this.world.guilds.get(channel.guildId);
    if (guild !== undefined) guild.channelIds.splice(guild.channelIds.indexOf(channel.id), 1);
    const deleted = { id: channel.id, type: channel.type, guild_id: channel.guildId, parent_id: channel.parentId };
    this.gateway.dispatch('THREAD_DELETE', deleted, GatewayIntentBits.Guilds);
    return { status: 200, body: this.world.apiChannel(channel) };
  }

  private guildChannels(context: RouteContext): RouteResult {
    const guild = this.guild(context.params);
    const channels = guild.channelIds
      .map((id) => this.world.channels.get(id))
      .filter((channel): channel is FakeChannel => channel !== undefined && !isThread(channel));
    return { status: 200, body: channels.map((channel) => this.world.apiChannel(channel)) };
  }

  private guildMember(context: RouteContext): RouteResult {
    const guild = this.guild(context.params);
    if (!guild.members.has(context.params['user'] ?? '')) throw new DiscordApiError(404, 10007, 'Unknown Member');
    return { status: 200, body: this.world.apiMember(guild, context.params['user'] ?? '') };
  }
}
