/**
 * Injected REST faults: the next matching request(s) get a chosen status (429 with
 * Retry-After, 500, a Discord error code) and/or a delay, so tests can prove the bot survives
 * what Discord does on a bad day.
 */

/** A fault to inject; see `FakeDiscord.failNext`. */
export interface FaultSpec {
  /** HTTP method to match (any when omitted), e.g. 'POST'. */
  readonly method?: string;
  /** Matched against the decoded path after `/api/v10`, e.g. /\/interactions\/\d+\/.+\/callback/. */
  readonly path: RegExp | string;
  /** Answer with this status instead of handling the request; omit for a pure delay. */
  readonly status?: number;
  /** Discord error code for the JSON body (e.g. 50013, 10062, 40060). */
  readonly code?: number;
  /** Error message for the JSON body. */
  readonly message?: string;
  /** For 429: the Retry-After (seconds, may be fractional). Default 0.2. */
  readonly retryAfterSeconds?: number;
  /** Wait this long before answering (or before handling normally when no status). */
  readonly delayMs?: number;
  /** How many matching requests it applies to. Default 1. */
  readonly times?: number;
}

/** Discord errors tests commonly inject, ready to spread into `failNext`. */
export const DiscordErrors = {
  MissingPermissions: { status: 403, code: 50013, message: 'Missing Permissions' },
  UnknownInteraction: { status: 404, code: 10062, message: 'Unknown interaction' },
  AlreadyAcknowledged: { status: 400, code: 40060, message: 'Interaction has already been acknowledged.' },
  UnknownMessage: { status: 404, code: 10008, message: 'Unknown Message' },
  UnknownChannel: { status: 404, code: 10003, message: 'Unknown Channel' },
  ServerError: { status: 500, code: 0, message: '500: Internal Server Error' },
} as const;

/** A fault with its remaining count. */
export interface ActiveFault {
  readonly spec: FaultSpec;
  remaining: number;
  /** How many requests it has hit so far. */
  hits: number;
}

export function matchesFault(fault: ActiveFault, method: string, path: string): boolean {
  if (fault.remaining <= 0) return false;
  if (fault.spec.method !== undefined && fault.spec.method.toUpperCase() !== method) return false;
  const pattern = fault.spec.path;
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

/** The status, headers and body Discord would send for this fault. */
export function faultResponse(spec: FaultSpec): { status: number; headers: Record<string, string>; body: unknown } {
  const status = spec.status ?? 500;
  if (status === 429) {
    const retryAfter = spec.retryAfterSeconds ?? 0.2;
    return {
      status,
      headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      body: { message: spec.message ?? 'You are being rate limited.', retry_after: retryAfter, global: false },
    };
  }
  return { status, headers: {}, body: { message: spec.message ?? `${status}: fake-discord fault`, code: spec.code ?? 0 } };
}
