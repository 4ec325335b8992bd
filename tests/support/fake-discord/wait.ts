/**
 * Bounded waiting on the fake's state: every change (request handled, event dispatched,
 * connection opened or closed) re-checks the waiters (plus a short poll for probes that read
 * state outside the fake); each wait fails after its timeout
 * with a message saying what it waited for and what it saw last.
 */

/** Options every wait accepts. */
export interface WaitOptions {
  /** How long to wait before failing. Default 5000 ms (generous: the machine is shared). */
  readonly timeoutMs?: number;
}

export const DEFAULT_WAIT_MS = 5_000;
const POLL_MS = 20;

/** Fans out "something changed" to the pending waits. */
export class ChangeSignal {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    this.lastChangeAt = Date.now();
    for (const listener of [...this.listeners]) listener();
  }

  /** When the fake's state last changed (ms since epoch). */
  lastChangeAt = Date.now();

  /**
   * Resolves with `probe()`'s first defined value. `describe` is called on timeout to explain
   * the state the wait gave up on. `poll` re-checks every 20 ms too, for probes that read
   * state outside the fake (the fake's own waits need no polling).
   */
  waitFor<T>(
    probe: () => T | undefined,
    what: string,
    options: WaitOptions = {},
    describe?: () => string,
    poll = false,
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
    const first = probe();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (value === undefined) return;
        finish();
        resolve(value);
      };
      const poller = poll ? setInterval(check, POLL_MS) : undefined;
      const timer = setTimeout(() => {
        finish();
        const seen = describe === undefined ? '' : ` (${describe()})`;
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}${seen}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        clearInterval(poller);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }
}
