// Under sharding, each process runs the auto-close and the after-restart reconcile only for the
// servers of its own shards: given `ownsGuild`, the other servers' debates are left to their shard
// (and the timer does not spin on a debate another shard has yet to close).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoCloser, type AutoCloser } from '../../src/debate/auto-close.js';
import type { DebateService } from '../../src/debate/debate-service.js';
import { reconcileThreads } from '../../src/debate/reconcile.js';
import { openDebateStore, type DebateStore } from '../../src/debate/store.js';
import { createSilentLogger } from '../../src/logger.js';
import { CHANNEL, GUILD, makeClock, makeService, makeTempDataDir, OTHER_GUILD, TEACHER, type TempDataDir, type TestClock } from './helpers.js';

let temp: TempDataDir;
let store: DebateStore;
let clock: TestClock;
let service: DebateService;
let closer: AutoCloser | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  temp = makeTempDataDir();
  store = openDebateStore(temp.dir);
  clock = makeClock();
  service = makeService(store, clock);
});
afterEach(() => {
  closer?.stop();
  closer = undefined;
  vi.useRealTimers();
  store.close();
  temp.remove();
});

const ownsFirstGuild = (guildId: string): boolean => guildId === GUILD;

function open(guildId: string, threadId: string, durationMinutes?: number): void {
  const outcome = service.openDebate({ guildId, channelId: CHANNEL, threadId, motionId: 'sco-effective-instrument', openedBy: TEACHER, ...(durationMinutes === undefined ? {} : { durationMinutes }) });
  if (outcome.kind !== 'opened') throw new Error('test setup: debate not opened');
}

describe('the auto-close of one shard', () => {
  it('closes only its own servers’ debates and arms no timer for the others', async () => {
    open(GUILD, '844444444444444401', 5);
    open(OTHER_GUILD, '844444444444444402', 5);
    open(OTHER_GUILD, '844444444444444403', 90);
    clock.advance(10 * 60_000);
    const closed: string[] = [];
    closer = startAutoCloser({ debates: service, log: createSilentLogger(), now: clock.now, ownsGuild: ownsFirstGuild, onClosed: async (item) => void closed.push(item.debate.threadId) });
    await closer.startup;

    expect(closed).toEqual(['844444444444444401']);
    expect(service.debateInThread({ guildId: OTHER_GUILD, threadId: '844444444444444402' })?.status).toBe('open');
    // Nothing of its own is left to close: no timer (a timer for the other shard's overdue
    // debate would fire at once, again and again).
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the reconcile of one shard', () => {
  it('brings only its own servers’ threads up to date', async () => {
    open(GUILD, '801');
    open(OTHER_GUILD, '802');
    service.pauseDebate({ guildId: GUILD, threadId: '801' });
    service.pauseDebate({ guildId: OTHER_GUILD, threadId: '802' });
    const synced: string[] = [];
    const report = await reconcileThreads({
      debates: service,
      log: createSilentLogger(),
      ownsGuild: ownsFirstGuild,
      syncThread: async (debate) => {
        synced.push(debate.threadId);
        service.markThreadApplied(debate, debate.threadState);
        return 'done';
      },
    });
    expect(synced).toEqual(['801']);
    expect(report).toEqual({ done: 1, gone: 0, failed: 0 });
    expect(service.threadWork().map((debate) => debate.threadId)).toEqual(['802']);
  });
});
