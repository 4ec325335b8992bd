// Closes debates when their duration runs out: once at startup (for debates that fell due while
// the bot was down) and then by one timer armed for the next end time, re-armed whenever a
// debate opens or closes. What closing means in Discord is the caller's `onClosed`.
import type { Logger } from 'pino';
import type { DebateService } from './debate-service.js';
import type { DebateSummary } from './summary.js';
import type { Debate } from './types.js';

export interface ClosedDebate {
  readonly debate: Debate;
  readonly summary: DebateSummary;
}

export interface AutoCloserOptions {
  readonly debates: DebateService;
  /** Posts the summary and locks the thread; a failure is logged and does not stop the timer. */
  readonly onClosed: (closed: ClosedDebate) => Promise<void>;
  readonly log: Logger;
  /** The debates' clock (ms since the epoch); the timer's delay is measured on it. */
  readonly now?: () => number;
  /** Under sharding, whether this process serves the guild; only those debates are closed here. */
  readonly ownsGuild?: (guildId: string) => boolean;
}

export interface AutoCloser {
  /** The closes done at start (debates that fell due while the bot was down), once handled. */
  readonly startup: Promise<void>;
  /** Closes whatever is due now and re-arms the timer; resolves when the due closes are handled. */
  runDue(): Promise<void>;
  stop(): void;
}

// setTimeout holds at most 2^31 - 1 ms (about 24.8 days); a longer wait re-arms on firing.
const MAX_DELAY = 2 ** 31 - 1;

export function startAutoCloser(options: AutoCloserOptions): AutoCloser {
  const { debates, log } = options;
  const now = options.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const arm = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (stopped) return;
    const next = debates.nextAutoCloseAt(options.ownsGuild);
    if (next === null) return;
    const delay = Math.min(MAX_DELAY, Math.max(0, next - now()));
    timer = setTimeout(() => void runDue(), delay);
    // The gateway keeps the process alive; a pending close must not keep a stopping bot alive.
    timer.unref();
  };

  const closeDue = async (): Promise<void> => {
    const closed = debates.closeDueDebates(options.ownsGuild);
    for (const item of closed) {
      log.info({ debate: item.debate.id, thread: item.debate.threadId }, 'debate closed: time is up');
      try {
        await options.onClosed(item);
      } catch (err) {
        log.warn({ err, debate: item.debate.id, thread: item.debate.threadId }, 'could not finish an auto-closed debate in Discord');
      }
    }
  };

  // Runs are serialised, so two timer firings never close (or announce) the same debate twice.
  function runDue(): Promise<void> {
    running = running.then(closeDue).then(arm, (err: unknown) => {
      log.error({ err }, 'auto-close failed');
      arm();
    });
    return running;
  }

  const unsubscribe = debates.onScheduleChange(arm);
  const startup = runDue();
  return {
    startup,
    runDue,
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
