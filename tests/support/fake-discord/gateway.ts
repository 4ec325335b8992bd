/**
 * The fake gateway: a websocket server speaking Discord's gateway v10 JSON protocol (HELLO,
 * heartbeats, IDENTIFY -> READY + GUILD_CREATEs, RESUME with replay -> RESUMED, invalid session)
 * with sequence numbers, so the real discord.js client connects, loses and resumes sessions.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayIntentBits } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import type { ChangeSignal } from './wait.js';
import type { World } from './world.js';

/** One dispatch as sent on the wire. */
export interface GatewayDispatch {
  readonly op: 0;
  readonly t: string;
  readonly s: number;
  readonly d: unknown;
}

/** A gateway session: survives a dropped connection until resumed or invalidated. */
export interface GatewaySession {
  readonly id: string;
  readonly intents: number;
  seq: number;
  /** Every dispatch of the session, kept for replay on RESUME. */
  readonly events: GatewayDispatch[];
  socket: WebSocket | null;
  /** False after an invalid session (op 9, d=false): RESUME is refused from then on. */
  resumable: boolean;
  /** READY and every GUILD_CREATE have been sent. */
  ready: boolean;
  /** [shard id, shard count] from IDENTIFY ([0, 1] when the client sent none). */
  readonly shard: readonly [number, number];
}

/** Discord's rule for which shard receives a guild's events: (guild_id >> 22) % shard count. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A connection the client opened: which URL it used (gateway or resume URL). */
export interface GatewayConnection {
  readonly path: string;
  readonly query: string;
  readonly openedAt: number;
  closedWith: number | null;
}

const HELLO = 10;
const HEARTBEAT = 1;
const HEARTBEAT_ACK = 11;
const IDENTIFY = 2;
const RESUME = 6;
const INVALID_SESSION = 9;
const RECONNECT = 7;
const REQUEST_GUILD_MEMBERS = 8;

export class FakeGateway {
  readonly sessions = new Map<string, GatewaySession>();
  readonly connections: GatewayConnection[] = [];
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  /** When false, heartbeats go unanswered: the client must notice a zombie connection. */
  ackHeartbeats = true;
  /** When set, every IDENTIFY is answered by closing with this code (e.g. 4004, a token reset). */
  refuseIdentifyWith: number | null = null;
  /** The session that identified last (the one bot, when it is not sharded). */
  current: GatewaySession | null = null;
  /** The latest session of each shard id, for routing a guild's events to its shard. */
  readonly byShard = new Map<number, GatewaySession>();
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  /** Sockets told "invalid session": discord.js may RESUME or IDENTIFY again on the same one. */
  private readonly invalidated = new WeakSet<WebSocket>();

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly signal: ChangeSignal,
    private readonly heartbeatIntervalMs: number,
    private readonly urls: () => { gateway: string; resume: string },
  ) {}

  /** Takes over an HTTP upgrade on /gateway or /gateway-resume. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway-resume') {
      socket.destroy();
      return;
    }
    this.server.handleUpgrade(request, socket, head, (ws) => {
      const connection: GatewayConnection = { path: url.pathname, query: url.search, openedAt: Date.now(), closedWith: null };
      this.connections.push(connection);
      this.accept(ws, connection);
    });
  }

  private accept(ws: WebSocket, connection: GatewayConnection): void {
    this.sockets.add(ws);
    let identified = false;
    ws.on('message', (raw) => {
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(String(raw)) as { op?: unknown; d?: unknown };
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      switch (payload.op) {
        case HEARTBEAT:
          this.heartbeatCount += 1;
          if (this.ackHeartbeats) this.send(ws, { op: HEARTBEAT_ACK });
          break;
        case REQUEST_GUILD_MEMBERS:
          this.sendMemberChunk(ws, payload.d as { guild_id?: unknown; user_ids?: unknown; nonce?: unknown });
          break;
        case IDENTIFY: {
          if (identified && !this.invalidated.delete(ws)) {
            ws.close(4005, 'Already authenticated.');
            return;
          }
          identified = true;
          this.identify(ws, payload.d as { token?: unknown; intents?: unknown; shard?: unknown });
          break;
        }
        case RESUME: {
          if (identified && !this.invalidated.delete(ws)) {
            ws.close(4005, 'Already authenticated.');
            return;
          }
          identified = true;
          this.resume(ws, payload.d as { token?: unknown; session_id?: unknown; seq?: unknown });
          break;
        }
        default:
          // Presence updates, member requests, voice: accepted and ignored.
          break;
      }
      this.signal.notify();
    });
    ws.on('close', (code) => {
      connection.closedWith = code;
      this.sockets.delete(ws);
      for (const session of this.sessions.values()) if (session.socket === ws) session.socket = null;
      this.signal.notify();
    });
    ws.on('error', () => {
      // A client that vanishes mid-frame surfaces as 'close' too; nothing else to do.
    });
    this.send(ws, { op: HELLO, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    this.signal.notify();
  }

  private identify(ws: WebSocket, d: { token?: unknown; intents?: unknown; shard?: unknown }): void {
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    if (this.refuseIdentifyWith !== null) {
      ws.close(this.refuseIdentifyWith, 'fake-discord refused IDENTIFY');
      return;
    }
    const shard = parseShard(d.shard);
    if (shard === undefined) {
      ws.close(4010, 'Invalid shard.');
      return;
    }
    const session: GatewaySession = {
      id: this.world.nextId().slice(-12) + 'fakesession',
      shard,
      intents: typeof d.intents === 'number' ? d.intents : 0,
      seq: 0,
      events: [],
      socket: ws,
      resumable: true,
      ready: false,
    };
    this.sessions.set(session.id, session);
    this.current = session;
    this.byShard.set(shard[0], session);
    this.identifyCount += 1;
    // A shard is sent only its own guilds, as Discord does.
    const guilds = [...this.world.guilds.values()].filter((guild) => shardOfGuild(guild.id, shard[1]) === shard[0]);
    this.push(session, 'READY', {
      v: 10,
      user: { ...this.world.apiUser(this.world.botUser), verified: true, mfa_enabled: false },
      application: { id: this.world.applicationId, flags: 0 },
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.urls().resume,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      shard: [...shard],
      user_settings: {},
      relationships: [],
      private_channels: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.push(session, 'GUILD_CREATE', this.world.apiGuildCreate(guild));
    session.ready = true;
  }

  /**
   * Answers op 8 with one GUILD_MEMBERS_CHUNK: the requested user ids, or everyone when the
   * session has the privileged GuildMembers intent (nobody otherwise, as Discord allows).
   */
  private sendMemberChunk(ws: WebSocket, d: { guild_id?: unknown; user_ids?: unknown; nonce?: unknown }): void {
    const session = [...this.sessions.values()].find((candidate) => candidate.socket === ws);
    const guild = typeof d.guild_id === 'string' ? this.world.guilds.get(d.guild_id) : undefined;
    if (session === undefined || guild === undefined) return;
    const requested = Array.isArray(d.user_ids) ? d.user_ids.map(String) : typeof d.user_ids === 'string' ? [d.user_ids] : null;
    const everyone = (session.intents & GatewayIntentBits.GuildMembers) !== 0 ? [...guild.members.keys()] : [];
    const ids = requested ?? everyone;
    const found = ids.filter((id) => guild.members.has(id));
    this.push(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: found.map((id) => this.world.apiMember(guild, id)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids.filter((id) => !guild.members.has(id)),
      ...(d.nonce === undefined ? {} : { nonce: d.nonce }),
    });
  }

  private resume(ws: WebSocket, d: { token?: unknown; session_id?: unknown; seq?: unknown }): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    if (session === undefined || !session.resumable) {
      this.send(ws, { op: INVALID_SESSION, d: false });
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    session.socket = ws;
    this.current = session;
    this.byShard.set(session.shard[0], session);
    this.resumeCount += 1;
    for (const event of session.events) if (event.s > seq) this.send(ws, event);
    session.seq += 1;
    // RESUMED carries a sequence number but is never itself replayed.
    this.send(ws, { op: 0, t: 'RESUMED', s: session.seq, d: { _trace: ['fake-discord'] } });
  }

  /**
   * Sends an event to the bot's current session (buffered for replay while disconnected).
   * Returns false when no bot has identified yet, or when the session's intents exclude the
   * event, as Discord would not send it.
   */
  dispatch(t: string, d: unknown, requiredIntent?: number): boolean {
    const session = this.sessionFor(d);
    if (session === null) return false;
    if (requiredIntent !== undefined && (session.intents & requiredIntent) === 0) return false;
    this.push(session, t, d);
    this.signal.notify();
    return true;
  }

  /** The session a payload goes to: the shard of its guild_id, or the latest session. */
  private sessionFor(d: unknown): GatewaySession | null {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const current = this.current;
    if (typeof guildId !== 'string' || current === null || current.shard[1] === 1) return current;
    return this.byShard.get(shardOfGuild(guildId, current.shard[1])) ?? null;
  }

  private push(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const event: GatewayDispatch = { op: 0, t, s: session.seq, d };
    session.events.push(event);
    if (session.socket !== null) this.send(session.socket, event);
  }

  /** Closes the live connection with `code`; 1006 drops the TCP connection with no close frame. */
  close(code: number, reason = 'fake-discord closed the connection'): void {
    const socket = this.current?.socket;
    if (socket === null || socket === undefined) throw new Error('fake-discord: no gateway connection to close');
    if (code === 1006) socket.terminate();
    else socket.close(code, reason);
  }

  /** Sends op 9; with `resumable: false` the session is dead and its unsent events are lost. */
  invalidateSession(resumable: boolean): void {
    const session = this.current;
    if (session?.socket === null || session === null) throw new Error('fake-discord: no gateway connection to invalidate');
    if (!resumable) session.resumable = false;
    this.invalidated.add(session.socket);
    this.send(session.socket, { op: INVALID_SESSION, d: resumable });
  }

  /** Sends op 7: the client must reconnect and resume. */
  requestReconnect(): void {
    const socket = this.current?.socket;
    if (socket === null || socket === undefined) throw new Error('fake-discord: no gateway connection to reconnect');
    this.send(socket, { op: RECONNECT, d: null });
  }

  /** True when the session has this intent (for example GatewayIntentBits.GuildMessages). */
  hasIntent(intent: GatewayIntentBits): boolean {
    return this.current !== null && (this.current.intents & intent) !== 0;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The live shard sessions: shard id -> whether it is connected and ready. */
  shardsReady(): number[] {
    return [...this.byShard.values()].filter((session) => session.ready && session.socket !== null).map((session) => session.shard[0]);
  }

  private send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }
}

/** IDENTIFY's optional `shard: [id, count]`; undefined when malformed (Discord closes with 4010). */
function parseShard(value: unknown): readonly [number, number] | undefined {
  if (value === undefined || value === null) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count) || (count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number)) return undefined;
  return [id as number, count as number];
}
