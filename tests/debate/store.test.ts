import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, type Migration } from '../../src/debate/migrations.js';
import { DATABASE_FILE, LATEST_VERSION, migrate, openDatabase, openDebateStore, type DebateStore } from '../../src/debate/store.js';
import { DigestService } from '../../src/digest/digest-service.js';
import { ALICE, CHANNEL, GUILD, makeClock, makeService, makeTempDataDir, OTHER_GUILD, TEACHER, THREAD, type TempDataDir, at, HERE } from './helpers.js';

let temp: TempDataDir | undefined;
const stores: DebateStore[] = [];
function open(dir: string): DebateStore {
  const store = openDebateStore(dir);
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  temp?.remove();
  temp = undefined;
});

describe('openDebateStore', () => {
  it('creates the data folder and bot.sqlite on first run', () => {
    temp = makeTempDataDir();
    const dataDir = path.join(temp.dir, 'nested', 'data');
    open(dataDir);
    expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('runs in WAL mode with full sync, foreign keys and a busy timeout', () => {
    temp = makeTempDataDir();
    const store = open(temp.dir);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.schemaVersion()).toBe(LATEST_VERSION);
    expect(store.integrityCheck()).toBe('ok');
  });

  it('keeps everything after the file is closed and opened again', () => {
    temp = makeTempDataDir();
    const clock = makeClock();
    const first = open(temp.dir);
    const service = makeService(first, clock);
    service.updateSettings(GUILD, { askPrivate: false, moderatorRoleId: '877777777777777777' });
    const opened = service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: 'china-reliable-partner', openedBy: TEACHER, durationMinutes: 30 });
    expect(opened.kind).toBe('opened');
    service.joinSide(HERE, { userId: ALICE, displayName: 'Alice' }, 'for');
    service.raiseHand(HERE, { userId: ALICE });
    service.cite(HERE, { userId: ALICE }, 14);
    service.countPost(HERE, ALICE);
    service.pauseDebate(HERE);
    first.close();

    const again = makeService(open(temp.dir), clock);
    expect(again.getSettings(GUILD)).toEqual({ guildId: GUILD, askPrivate: false, moderatorRoleId: '877777777777777777', debateChannelId: null, currentReading: null, keepQuestions: false, questionRetentionDays: 30, teacherChannelId: null });
    const debate = again.debateInThread(HERE)!;
    expect(debate.status).toBe('paused');
    expect(debate.endsAt).toBe(clock.now() + 30 * 60_000);
    expect(again.queue(HERE).map((h) => h.userId)).toEqual([ALICE]);
    const summary = again.summary(debate);
    expect(summary.students).toEqual([{ userId: ALICE, displayName: 'Alice', side: 'for', switches: 0, posts: 1, citations: 1, paragraphs: [14] }]);
  });
});

describe('migrate', () => {
  it('is idempotent: running it again on a migrated file changes nothing', () => {
    temp = makeTempDataDir();
    const store = open(temp.dir);
    const tables = (): unknown[] => store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    const before = tables();
    expect(migrate(store.db)).toBe(LATEST_VERSION);
    expect(migrate(store.db)).toBe(LATEST_VERSION);
    expect(tables()).toEqual(before);
  });

  it('applies only the migrations above the file version, each with its version bump', () => {
    const db = new Database(':memory:');
    const extra: Migration = { version: LATEST_VERSION + 1, description: 'test', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;' };
    expect(migrate(db, MIGRATIONS)).toBe(LATEST_VERSION);
    expect(migrate(db, [...MIGRATIONS, extra])).toBe(LATEST_VERSION + 1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 1 });
    db.close();
  });

  it('rolls a failing migration back whole, leaving the previous version', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken: Migration = { version: LATEST_VERSION + 1, description: 'broken', sql: 'CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no such table: nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file written by a newer version of the bot', () => {
    temp = makeTempDataDir();
    const file = path.join(temp.dir, DATABASE_FILE);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer than this bot's/);
  });
});

describe('deleteGuildData', () => {
  it("removes every row of one server in one go and leaves other servers' data alone", () => {
    temp = makeTempDataDir();
    const store = open(temp.dir);
    const service = makeService(store, makeClock());
    for (const [guild, thread] of [
      [GUILD, THREAD],
      [OTHER_GUILD, '899999999999999999'],
    ] as const) {
      service.updateSettings(guild, { askPrivate: false, keepQuestions: true });
      // A question kept for the digest, with a vote: the same file, erased with the rest.
      const digest = new DigestService({ db: service.sharedDatabase(), settings: service });
      const kept = digest.keep({ guildId: guild, reading: 'russo-japanese-relations', question: 'Why the SCO?', coverage: 'answered' });
      digest.vote({ guildId: guild, questionId: kept ?? 0, userId: ALICE, helpful: true });
      service.openDebate({ guildId: guild, channelId: CHANNEL, threadId: thread, motionId: 'sco-effective-instrument', openedBy: TEACHER });
      service.joinSide(at(thread, guild), { userId: ALICE }, 'for');
      service.joinSide(at(thread, guild), { userId: ALICE }, 'against');
      service.raiseHand(at(thread, guild), { userId: ALICE });
      service.callNextSpeaker(at(thread, guild), TEACHER, 60);
      service.cite(at(thread, guild), { userId: ALICE }, 21);
      service.countPost(at(thread, guild), ALICE);
      const proposed = service.propose({ guildId: guild, userId: ALICE, motion: 'This house believes the SCO matters.', paragraphs: '21' });
      if (proposed.kind !== 'proposed') throw new Error('test setup: proposal refused');
      service.approveProposal(guild, proposed.proposal.id, TEACHER);
    }
    const rowsBefore = store.countGuildRows(GUILD);
    expect(Object.values(rowsBefore).every((n) => n > 0)).toBe(true);

    expect(service.deleteGuildData(GUILD)).toEqual({ debates: 1, proposals: 1, settings: 1, questions: 1 });
    expect(service.recordsDeletedIn(HERE)).toBe(true);
    expect(service.recordsDeletedIn(at(THREAD, OTHER_GUILD))).toBe(false);
    expect(Object.values(store.countGuildRows(GUILD)).every((n) => n === 0)).toBe(true);
    expect(store.countGuildRows(OTHER_GUILD)).toEqual(rowsBefore);
    expect(service.listMotions(GUILD).every((m) => m.source === 'reading')).toBe(true);
    expect(store.integrityCheck()).toBe('ok');
  });
});

describe('migration 2: what each debate thread is owed in Discord', () => {
  it('upgrades a version-1 file in place, owing nothing for the debates it already had', () => {
    temp = makeTempDataDir();
    const file = path.join(temp.dir, DATABASE_FILE);
    const v1 = new Database(file);
    migrate(v1, MIGRATIONS.filter((m) => m.version === 1));
    const insert = v1.prepare(
      `INSERT INTO debates (guild_id, channel_id, thread_id, reading, motion_id, motion, evidence_paragraphs, status, opened_by, opened_at)
       VALUES ('${GUILD}', '${CHANNEL}', ?, 'russo-japanese-relations', 'china-reliable-partner', 'M', '[]', ?, '${TEACHER}', 0)`,
    );
    for (const [thread, status] of [['1', 'open'], ['2', 'paused'], ['3', 'closed']] as const) insert.run(thread, status);
    v1.close();

    const store = open(temp.dir);
    expect(store.schemaVersion()).toBe(LATEST_VERSION);
    expect(['1', '2', '3'].map((thread) => store.debateByThread(thread))).toMatchObject([
      { status: 'open', threadState: 'open', threadPending: false, summaryPending: false },
      { status: 'paused', threadState: 'locked', threadPending: false, summaryPending: false },
      { status: 'closed', threadState: 'archived', threadPending: false, summaryPending: false },
    ]);
    expect(store.threadWork()).toEqual([]);
    expect(store.integrityCheck()).toBe('ok');
  });

  it('records a pause, resume or close together with what it owes the thread, until marked done', () => {
    temp = makeTempDataDir();
    const store = open(temp.dir);
    const service = makeService(store, makeClock());
    service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: 'china-reliable-partner', openedBy: TEACHER });
    expect(service.debateInThread(HERE)).toMatchObject({ threadState: 'open', threadPending: false, summaryPending: false });

    const paused = service.pauseDebate(HERE);
    expect(paused).toMatchObject({ kind: 'paused', debate: { threadState: 'locked', threadPending: true } });
    service.resumeDebate(HERE);
    // The lock was done in Discord after the resume was recorded: the resume's unlock is still owed.
    expect(service.markThreadApplied(service.debateInThread(HERE)!, 'locked')).toBe(false);
    expect(service.threadWork().map((d) => d.threadState)).toEqual(['open']);
    expect(service.markThreadApplied(service.debateInThread(HERE)!, 'open')).toBe(true);
    expect(service.threadWork()).toEqual([]);

    const closed = service.closeDebate(HERE, TEACHER);
    expect(closed).toMatchObject({ kind: 'closed', debate: { threadState: 'archived', threadPending: true, summaryPending: true } });
    service.markSummaryPosted(service.debateInThread(HERE)!);
    expect(service.threadWork()).toMatchObject([{ threadId: THREAD, summaryPending: false, threadPending: true }]);
    service.markThreadApplied(service.debateInThread(HERE)!, 'archived');
    expect(service.threadWork()).toEqual([]);
  });

  it('forgets what a deleted thread was owed', () => {
    temp = makeTempDataDir();
    const service = makeService(open(temp.dir), makeClock());
    service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: 'china-reliable-partner', openedBy: TEACHER });
    service.closeDebate(HERE, TEACHER);
    service.forgetThreadWork(service.debateInThread(HERE)!);
    expect(service.debateInThread(HERE)).toMatchObject({ status: 'closed', threadPending: false, summaryPending: false });
  });
});

describe('compiled statements', () => {
  it('compiles each statement once: the second round of the same actions prepares nothing', () => {
    temp = makeTempDataDir();
    const service = makeService(open(temp.dir), makeClock());
    const round = (thread: string): void => {
      service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: thread, motionId: 'china-reliable-partner', openedBy: TEACHER });
      service.joinSide(at(thread), { userId: ALICE, displayName: 'Alice' }, 'for');
      service.raiseHand(at(thread), { userId: ALICE });
      service.cite(at(thread), { userId: ALICE }, 14);
      service.countPost({ guildId: GUILD, threadId: thread }, ALICE);
      service.callNextSpeaker(at(thread), TEACHER);
      service.status(at(thread), ALICE);
      service.closeDebate(at(thread), TEACHER);
      service.getSettings(GUILD);
    };
    round('900000000000000001');
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    try {
      round('900000000000000002');
      expect(prepare).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
    }
  });
});
