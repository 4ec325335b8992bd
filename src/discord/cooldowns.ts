// Rate limits on the costly or noisy actions — asking, citing, proposing — per student and per
// server, as sliding windows on an injected clock. A refused action learns when it may try
// again and whose limit it met (the student's own, or the whole server's).

/** The actions that have cooldowns. */
export type CooldownAction = 'ask' | 'cite' | 'propose' | 'record' | 'check' | 'feedback' | 'teacher' | 'digest';

export interface CooldownRule {
  /** Actions allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
}

export interface ActionCooldowns {
  /** One student, wherever they act (DMs included). */
  readonly perUser: CooldownRule;
  /** Everyone in one server together (not applied in DMs, where there is no server). */
  readonly perServer: CooldownRule;
}

/** Who acts: the user, and the server they act in (null in a DM). */
export interface CooldownSubject {
  readonly userId: string;
  readonly guildId: string | null;
}

export type CooldownVerdict =
  | { readonly allowed: true }
  /** `scope` names the limit that was met; `retryAt` is when every limit met has room again. */
  | { readonly allowed: false; readonly retryAt: number; readonly scope: 'user' | 'server' };

export interface Cooldowns {
  /** Whether `who` may do `action` now. Records nothing. */
  check(action: CooldownAction, who: CooldownSubject): CooldownVerdict;
  /** Counts one `action` by `who`, done now (after a check allowed it). */
  record(action: CooldownAction, who: CooldownSubject): void;
  /** Check and, when allowed, record: for actions that cost as soon as they are tried. */
  take(action: CooldownAction, who: CooldownSubject): CooldownVerdict;
}

/**
 * The default limits, one place. Per-user limits stop one student flooding; per-server limits
 * stop many accounts (a raid, a script on alts) flooding one server and starving the others,
 * while still admitting a whole class acting at once. What counts: every question asked (the
 * engine runs for each), but only citations posted and proposals queued — a refused or invalid
 * attempt costs nothing and is not counted.
 */
export const DEFAULT_COOLDOWN_RULES: Readonly<Record<CooldownAction, ActionCooldowns>> = {
  ask: {
    // Five questions per 30 s is brisk reading, not a script (each one runs the engine).
    perUser: { limit: 5, windowMs: 30_000 },
    // 200 per 30 s: against raids only. A class asking honestly must never meet it: 40 students
    // each at their own limit reach 200 (tried from outside, 60 refused ten times more honest
    // questions than the per-student limit did). Only many accounts together go past it.
    perServer: { limit: 200, windowMs: 30_000 },
  },
  cite: {
    // A citation posts a whole paragraph into the thread: three per 30 s lets a student quote a
    // passage and its neighbours for one point, not wallpaper the debate.
    perUser: { limit: 3, windowMs: 30_000 },
    // 30 per minute across the server's debates: several group debates at a lively pace, never so
    // many quotes that the arguments scroll away.
    perServer: { limit: 30, windowMs: 60_000 },
  },
  propose: {
    // Three per 10 minutes, matching the three proposals a student may have waiting for review:
    // a student sends their ideas together, then waits.
    perUser: { limit: 3, windowMs: 10 * 60_000 },
    // Ten per 10 minutes: more than a moderator reviews during a lesson.
    perServer: { limit: 10, windowMs: 10 * 60_000 },
  },
  record: {
    // `/debate me` reads a student's debates: five looks a minute is plenty for one student.
    perUser: { limit: 5, windowMs: 60_000 },
    // 200 a minute: a whole class checking their record at the end of a lesson, twice over.
    perServer: { limit: 200, windowMs: 60_000 },
  },
  check: {
    // "Check quote" compares a message with the whole reading: five a student per 30 s, like /ask.
    perUser: { limit: 5, windowMs: 30_000 },
    // Against raids only, as for /ask: a class checking quotes together never meets it.
    perServer: { limit: 200, windowMs: 30_000 },
  },
  feedback: {
    // Helpful / Not helpful (and its reason): ten a minute lets a student rate every answer of a
    // busy lesson and change their mind, not hammer the database with clicks.
    perUser: { limit: 10, windowMs: 60_000 },
    // 300 a minute: a whole class rating a shared answer at once, twice over.
    perServer: { limit: 300, windowMs: 60_000 },
  },
  teacher: {
    // "Ask the teacher" posts in the teachers' channel: three in 10 minutes is a student's real
    // questions, not a flood of that channel.
    perUser: { limit: 3, windowMs: 10 * 60_000 },
    // Thirty in 10 minutes: more than a teacher reads during a lesson.
    perServer: { limit: 30, windowMs: 10 * 60_000 },
  },
  digest: {
    // The digest and its export read every kept question: a moderator looks a few times a lesson.
    perUser: { limit: 5, windowMs: 60_000 },
    perServer: { limit: 20, windowMs: 60_000 },
  },
};

/** Forget idle keys once the map holds this many, so it does not grow with every student ever seen. */
const SWEEP_AT = 5000;

export function createCooldowns(now: () => number, rules: Readonly<Record<CooldownAction, ActionCooldowns>> = DEFAULT_COOLDOWN_RULES): Cooldowns {
  const history = new Map<string, number[]>();
  const longestWindow = Math.max(0, ...Object.values(rules).flatMap((rule) => [rule.perUser.windowMs, rule.perServer.windowMs]));

  const rulesFor = (action: CooldownAction): ActionCooldowns => {
    const found = rules[action] as ActionCooldowns | undefined;
    if (found === undefined) throw new Error(`cooldowns: no rule for action "${String(action)}"`);
    return found;
  };

  /** The limits that apply to `who`, each with its history key. */
  const limitsFor = (action: CooldownAction, who: CooldownSubject): Array<{ key: string; rule: CooldownRule; scope: 'user' | 'server' }> => {
    const rule = rulesFor(action);
    return [
      { key: `${action}:user:${who.userId}`, rule: rule.perUser, scope: 'user' },
      ...(who.guildId === null ? [] : [{ key: `${action}:server:${who.guildId}`, rule: rule.perServer, scope: 'server' as const }]),
    ];
  };

  /** The times still inside the rule's window (and drops the rest from the map). */
  const recent = (key: string, rule: CooldownRule, at: number): number[] => {
    const times = (history.get(key) ?? []).filter((time) => at - time < rule.windowMs);
    if (times.length === 0) history.delete(key);
    else history.set(key, times);
    return times;
  };

  const check = (action: CooldownAction, who: CooldownSubject): CooldownVerdict => {
    const at = now();
    let refused: { retryAt: number; scope: 'user' | 'server' } | undefined;
    for (const { key, rule, scope } of limitsFor(action, who)) {
      const times = recent(key, rule, at);
      if (times.length < rule.limit) continue;
      // The window has room again when enough of the oldest actions have aged out of it.
      const retryAt = (times[times.length - rule.limit] ?? at) + rule.windowMs;
      if (refused === undefined || retryAt > refused.retryAt) refused = { retryAt, scope };
    }
    return refused === undefined ? { allowed: true } : { allowed: false, ...refused };
  };

  const record = (action: CooldownAction, who: CooldownSubject): void => {
    const at = now();
    for (const { key, rule } of limitsFor(action, who)) {
      const times = recent(key, rule, at);
      times.push(at);
      history.set(key, times);
    }
    if (history.size > SWEEP_AT) {
      for (const [key, times] of history) if (times.every((time) => at - time >= longestWindow)) history.delete(key);
    }
  };

  return {
    check,
    record,
    take(action, who) {
      const verdict = check(action, who);
      if (verdict.allowed) record(action, who);
      return verdict;
    },
  };
}

const SUBJECT: Record<CooldownAction, { readonly user: string; readonly server: string; readonly what: string }> = {
  ask: { user: "You're asking quickly", server: 'The class is asking quickly', what: 'questions' },
  cite: { user: "You're citing quickly", server: 'This server’s debates are citing quickly', what: 'citations' },
  propose: { user: "You've proposed several motions just now", server: 'Many motions were proposed here just now', what: 'proposals' },
  record: { user: "You've looked at your record several times just now", server: 'Many records were looked at here just now', what: 'looks' },
  check: { user: "You're checking quotes quickly", server: 'The class is checking quotes quickly', what: 'checks' },
  feedback: { user: "You've rated answers quickly", server: 'The class is rating answers quickly', what: 'ratings' },
  teacher: { user: "You've sent several questions to your teachers just now", server: 'Many questions were sent to the teachers just now', what: 'questions to the teacher' },
  digest: { user: "You've opened the digest several times just now", server: 'The digest was opened many times here just now', what: 'digests' },
};

/** "5 questions per 30 s", "3 proposals per 10 min". */
function ruleWords(rule: CooldownRule, what: string): string {
  const seconds = Math.round(rule.windowMs / 1000);
  const window = seconds === 60 ? 'minute' : seconds % 60 === 0 && seconds > 60 ? `${seconds / 60} min` : `${seconds} s`;
  return `${rule.limit} ${what} per ${window}`;
}

/**
 * The private notice for a refused action: whose limit it was (the student's own, or the whole
 * server's, which is not the student's doing), the limit itself, and when to try again (a
 * Discord relative timestamp).
 */
export function cooldownNotice(
  action: CooldownAction,
  verdict: { readonly retryAt: number; readonly scope: 'user' | 'server' },
  rules: Readonly<Record<CooldownAction, ActionCooldowns>> = DEFAULT_COOLDOWN_RULES,
): string {
  const words = SUBJECT[action];
  const whose =
    verdict.scope === 'user'
      ? `your own limit of ${ruleWords(rules[action].perUser, words.what)}`
      : `the server’s limit of ${ruleWords(rules[action].perServer, words.what)} for everyone together, not yours`;
  return `${words[verdict.scope]}: this is ${whose}. Try again <t:${Math.ceil(verdict.retryAt / 1000)}:R>.`;
}
