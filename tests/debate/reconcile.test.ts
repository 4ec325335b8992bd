import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DebateService } from '../../src/debate/debate-service.js';
import { reconcileThreads } from '../../src/debate/reconcile.js';
import { openDebateStore, type DebateStore } from '../../src/debate/store.js';
import type { Debate } from '../../src/debate/types.js';
import { createLogger } from '../../src/logger.js';
import { CHANNEL, GUILD, makeClock, makeService, makeTempDataDir, TEACHER, type TempDataDir, at } from './helpers.js';

let temp: TempDataDir;
let store: DebateStore;
let service: DebateService;
let lines: Array<Record<string, unknown>>;

const log = () =>
  createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );

beforeEach(() => {
  temp = makeTempDataDir();
  store = openDebateStore(temp.dir);
  service = makeService(store, makeClock());
  lines = [];
});
afterEach(() => {
  store.close();
  temp.remove();
});

function open(threadId: string): void {
  if (service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId, motionId: 'china-reliable-partner', openedBy: TEACHER }).kind !== 'opened') throw new Error('test setup: not opened');
}

describe('reconcileThreads', () => {
  it('brings every owed thread up to date, oldest first, and nothing else', async () => {
    for (const thread of ['801', '802', '803', '804']) open(thread);
    service.closeDebate(at('801'), TEACHER);
    service.pauseDebate(at('803'));
    const seen: string[] = [];
    const report = await reconcileThreads({
      debates: service,
      log: log(),
      syncThread: async (debate: Debate) => {
        seen.push(`${debate.threadId}:${debate.threadState}`);
        service.markSummaryPosted(debate);
        service.markThreadApplied(debate, debate.threadState);
        return 'done';
      },
    });
    expect(seen).toEqual(['801:archived', '803:locked']);
    expect(report).toEqual({ done: 2, gone: 0, failed: 0 });
    expect(service.threadWork()).toEqual([]);
  });

  it('logs a thread Discord refuses once, leaves it owed for the next start, and goes on with the rest', async () => {
    open('801');
    open('802');
    service.pauseDebate(at('801'));
    service.pauseDebate(at('802'));
    const report = await reconcileThreads({
      debates: service,
      log: log(),
      syncThread: async (debate: Debate) => {
        if (debate.threadId === '801') throw new Error('500: Internal Server Error');
        service.markThreadApplied(debate, debate.threadState);
        return 'done';
      },
    });
    expect(report).toEqual({ done: 1, gone: 0, failed: 1 });
    expect(service.threadWork().map((d) => d.threadId)).toEqual(['801']);
    const warnings = lines.filter((line) => line['level'] === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ thread: '801', state: 'locked', msg: 'could not bring a debate thread up to date; will try again at the next start' });
  });

  it('says nothing when nothing is owed', async () => {
    open('801');
    const report = await reconcileThreads({ debates: service, log: log(), syncThread: async () => Promise.reject(new Error('must not be called')) });
    expect(report).toEqual({ done: 0, gone: 0, failed: 0 });
    expect(lines).toEqual([]);
  });
});
