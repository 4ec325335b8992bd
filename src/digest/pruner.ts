// Forgets kept questions once their server's retention runs out: once at startup (days may have
// passed while the bot was down) and then once a day, on a timer that never keeps a stopping bot
// alive. What counts as "old" is measured on the service's injected clock.
import type { Logger } from 'pino';
import type { DigestService } from './digest-service.js';

export const PRUNE_EVERY_MS = 24 * 60 * 60_000;

export interface QuestionPruner {
  /** Prunes now and returns how many questions went. Never throws (a failure is logged). */
  runNow(): number;
  stop(): void;
}

export function startQuestionPruner(options: { readonly digest: DigestService; readonly log: Logger; readonly everyMs?: number }): QuestionPruner {
  const { digest, log } = options;
  const runNow = (): number => {
    try {
      const pruned = digest.prune();
      if (pruned > 0) log.info({ pruned }, 'kept questions past their retention deleted');
      return pruned;
    } catch (err) {
      // The next day tries again; the digest shows what is left meanwhile.
      log.error({ err }, 'could not prune kept questions');
      return 0;
    }
  };
  runNow();
  const timer = setInterval(runNow, options.everyMs ?? PRUNE_EVERY_MS);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
