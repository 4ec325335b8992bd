import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../src/logger.js';
import { startAutoCloser, type AutoCloser, type ClosedDebate } from '../../src/debate/auto-close.js';
import type { DebateService } from '../../src/debate/debate-service.js';
import { openDebateStore, type DebateStore } from '../../src/debate/store.js';
import { CHANNEL, GUILD, makeClock, makeService, makeTempDataDir, TEACHER, type TempDataDir, type TestClock, at } from './helpers.js';

let temp: TempDataDir;
let store: DebateStore;
let clock: TestClock;
let service: DebateService;
let closer: AutoCloser | undefined;
let closedThreads: string[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  temp = makeTempDataDir();
  store = openDebateStore(temp.dir);
  clock = makeClock();
  service = makeService(store, clock);
  closedThreads = [];
});
afterEach(() => {
  closer?.stop();
  closer = undefined;
  vi.useRealTimers();
  store.close();
  temp.remove();
});

function start(onClosed: (closed: ClosedDebate) => Promise<void> = async (closed) => void closedThreads.push(closed.debate.threadId)): AutoCloser {
  closer = startAutoCloser({ debates: service, onClosed, log: createSilentLogger(), now: clock.now });
  return closer;
}

function open(threadId: string, durationMinutes?: number): void {
  const outcome = service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId, motionId: 'sco-effective-instrument', openedBy: TEACHER, ...(durationMinutes === undefined ? {} : { durationMinutes }) });
  if (outcome.kind !== 'opened') throw new Error('test setup: debate not opened');
}

describe('startAutoCloser', () => {
  it('closes at startup the debates that fell due while the bot was down', async () => {
    open('844444444444444401', 5);
    open('844444444444444402', 90);
    clock.advance(60 * 60_000);
    await start().startup;
    expect(closedThreads).toEqual(['844444444444444401']);
    expect(service.debateInThread(at('844444444444444401'))).toMatchObject({ status: 'closed', closeReason: 'time-up', closedBy: null });
    expect(service.debateInThread(at('844444444444444402'))?.status).toBe('open');
  });

  it('arms a timer for a debate opened later and closes it when its time comes', async () => {
    await start().startup;
    open('844444444444444403', 2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(closedThreads).toEqual([]);
    clock.advance(2 * 60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(closedThreads).toEqual(['844444444444444403']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not announce a debate a moderator already closed', async () => {
    await start().startup;
    open('844444444444444404', 1);
    service.closeDebate(at('844444444444444404'), TEACHER);
    clock.advance(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(closedThreads).toEqual([]);
  });

  it('keeps running when finishing one debate in Discord fails', async () => {
    open('844444444444444405', 1);
    open('844444444444444406', 1);
    clock.advance(60_000);
    const attempted: string[] = [];
    await start(async (closed) => {
      attempted.push(closed.debate.threadId);
      if (attempted.length === 1) throw new Error('Discord is down');
    }).startup;
    expect(attempted).toEqual(['844444444444444405', '844444444444444406']);
    expect(store.liveDebates()).toEqual([]);
  });
});
