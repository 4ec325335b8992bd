// Per-user rate limits on costly or noisy actions (asking now; citing and proposing later), as
// sliding windows on an injected clock. A refused action learns when it may try again.
export interface CooldownRule {
  /** Actions allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
}

export type CooldownVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAt: number };

export interface Cooldowns {
  /** Records an action by `userId` in `bucket` if allowed; says when to retry if not. */
  take(bucket: string, userId: string): CooldownVerdict;
}

/** Default rules. `ask`: five questions per 30 seconds is brisk reading, not a script. */
export const DEFAULT_COOLDOWN_RULES: Readonly<Record<string, CooldownRule>> = {
  ask: { limit: 5, windowMs: 30_000 },
};

export function createCooldowns(now: () => number, rules: Readonly<Record<string, CooldownRule>> = DEFAULT_COOLDOWN_RULES): Cooldowns {
  const history = new Map<string, number[]>();
  const longestWindow = Math.max(0, ...Object.values(rules).map((rule) => rule.windowMs));
  return {
    take(bucket, userId) {
      const rule = rules[bucket];
      if (rule === undefined) throw new Error(`cooldowns: no rule for bucket "${bucket}"`);
      const at = now();
      const key = `${bucket}:${userId}`;
      const recent = (history.get(key) ?? []).filter((time) => at - time < rule.windowMs);
      if (recent.length >= rule.limit) {
        history.set(key, recent);
        return { allowed: false, retryAt: (recent[0] ?? at) + rule.windowMs };
      }
      recent.push(at);
      history.set(key, recent);
      // Forget idle users now and then, so the map does not grow with every student ever seen.
      if (history.size > 5000) {
        for (const [other, times] of history) if (times.every((time) => at - time >= longestWindow)) history.delete(other);
      }
      return { allowed: true };
    },
  };
}
