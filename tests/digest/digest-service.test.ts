// The digest's rules on a real SQLite file: kept only after the server's opt-in (never in a DM),
// no trace of who asked or voted, one changeable vote per student, pruning on the injected clock,
// erased with the server's data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDebateStore, type DebateStore } from '../../src/debate/store.js';
import { DigestService } from '../../src/digest/digest-service.js';
import { startQuestionPruner } from '../../src/digest/pruner.js';
import { createVoterKeys } from '../../src/digest/voter-key.js';
import { createSilentLogger } from '../../src/logger.js';
import { ALICE, BOB, GUILD, makeClock, makeService, makeTempDataDir, OTHER_GUILD, type TempDataDir } from '../debate/helpers.js';

const DAY = 86_400_000;
let temp: TempDataDir | undefined;
let store: DebateStore | undefined;
afterEach(() => {
  store?.close();
  temp?.remove();
  store = undefined;
  temp = undefined;
  vi.useRealTimers();
});

function setUp() {
  temp = makeTempDataDir();
  store = openDebateStore(temp.dir);
  const clock = makeClock();
  const debates = makeService(store, clock);
  const digest = new DigestService({ db: debates.sharedDatabase(), settings: debates, now: clock.now });
  return { clock, debates, digest, db: store.db };
}

const ask = (question: string, extra: Partial<Parameters<DigestService['keep']>[0]> = {}) => ({
  guildId: GUILD,
  reading: 'russo-japanese-relations',
  question,
  coverage: 'answered' as const,
  shown: { kind: 'paragraph' as const, number: 12 },
  ...extra,
});

describe('keeping questions', () => {
  it('keeps nothing until the server opts in, and nothing from a DM', () => {
    const { debates, digest } = setUp();
    expect(digest.keep(ask('Why China?'))).toBeUndefined();
    debates.updateSettings(GUILD, { keepQuestions: true });
    expect(digest.keep(ask('Why China?', { guildId: null }))).toBeUndefined();
    expect(digest.keep(ask('Why China?', { guildId: OTHER_GUILD }))).toBeUndefined();
    const id = digest.keep(ask('Why China?'));
    expect(id).toBeTypeOf('number');
    expect(digest.keptQuestions(GUILD).map((q) => q.question)).toEqual(['Why China?']);
    expect(digest.keptQuestions(OTHER_GUILD)).toEqual([]);
  });

  it('stores the day, the reading, the coverage and the passage shown, and no user id', () => {
    const { debates, digest, db } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    const id = digest.keep(ask('What about Crimea?', { coverage: 'partial', shown: { kind: 'footnote', number: 3 } }))!;
    digest.vote({ guildId: GUILD, questionId: id, userId: ALICE, helpful: false });
    const row = db.prepare('SELECT * FROM digest_questions').get();
    expect(row).toEqual({ id, guild_id: GUILD, reading: 'russo-japanese-relations', question: 'What about Crimea?', asked_on: '2026-03-02', coverage: 'partial', shown_kind: 'footnote', shown_number: 3 });
    const everything = JSON.stringify([db.prepare('SELECT * FROM digest_questions').all(), db.prepare('SELECT * FROM digest_votes').all()]);
    expect(everything).not.toContain(ALICE);
  });
});

describe('votes', () => {
  it('counts one vote per student per answer, and a second click changes it', () => {
    const { debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    const id = digest.keep(ask('Why China?'))!;
    expect(digest.vote({ guildId: GUILD, questionId: id, userId: ALICE, helpful: true })).toEqual({ kind: 'recorded' });
    expect(digest.vote({ guildId: GUILD, questionId: id, userId: ALICE, helpful: false })).toEqual({ kind: 'changed' });
    expect(digest.vote({ guildId: GUILD, questionId: id, userId: BOB, helpful: true })).toEqual({ kind: 'recorded' });
    expect(digest.keptQuestions(GUILD)[0]).toMatchObject({ helpful: 1, notHelpful: 1 });
  });

  it('keeps a reason only with the student’s own Not helpful vote, folded to one line of at most 200 characters', () => {
    const { debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    const id = digest.keep(ask('Why China?'))!;
    expect(digest.giveReason({ guildId: GUILD, questionId: id, userId: ALICE, reason: 'no vote yet' })).toBe(false);
    digest.vote({ guildId: GUILD, questionId: id, userId: ALICE, helpful: false });
    expect(digest.giveReason({ guildId: GUILD, questionId: id, userId: ALICE, reason: `It quotes\nthe wrong ${'very '.repeat(60)}part` })).toBe(true);
    const [reason] = digest.keptQuestions(GUILD)[0]!.reasons;
    expect(reason).toMatch(/^It quotes the wrong very/);
    expect(reason!.length).toBe(200);
    // Changing to Helpful drops the reason given for Not helpful.
    digest.vote({ guildId: GUILD, questionId: id, userId: ALICE, helpful: true });
    expect(digest.keptQuestions(GUILD)[0]!.reasons).toEqual([]);
  });

  it('keeps no vote for a question that is not kept, or kept by another server', () => {
    const { debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    const id = digest.keep(ask('Why China?'))!;
    expect(digest.vote({ guildId: OTHER_GUILD, questionId: id, userId: ALICE, helpful: true })).toEqual({ kind: 'not-kept' });
    expect(digest.vote({ guildId: GUILD, questionId: id + 1, userId: ALICE, helpful: true })).toEqual({ kind: 'not-kept' });
    expect(digest.vote({ guildId: null, questionId: id, userId: ALICE, helpful: true })).toEqual({ kind: 'not-kept' });
  });

  it('keys a vote by a keyed hash that depends on a secret never stored', () => {
    const one = createVoterKeys(Buffer.alloc(32, 1));
    const two = createVoterKeys(Buffer.alloc(32, 2));
    expect(one(1, ALICE)).toBe(one(1, ALICE));
    expect(one(1, ALICE)).not.toBe(one(2, ALICE));
    expect(one(1, ALICE)).not.toBe(two(1, ALICE));
    expect(one(1, ALICE)).not.toContain(ALICE);
  });
});

describe('pruning', () => {
  it('removes questions (and their votes) once the server’s retention has run out', () => {
    const { clock, debates, digest, db } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true, questionRetentionDays: 3 });
    const old = digest.keep(ask('Old question'))!;
    digest.vote({ guildId: GUILD, questionId: old, userId: ALICE, helpful: true });
    clock.advance(2 * DAY);
    digest.keep(ask('Newer question'));
    expect(digest.prune()).toBe(0);
    clock.advance(DAY);
    expect(digest.prune()).toBe(1);
    expect(digest.keptQuestions(GUILD).map((q) => q.question)).toEqual(['Newer question']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM digest_votes').get()).toEqual({ n: 0 });
  });

  it('removes every question of a server that stopped keeping them', () => {
    const { debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    debates.updateSettings(OTHER_GUILD, { keepQuestions: true });
    digest.keep(ask('Mine'));
    digest.keep(ask('Theirs', { guildId: OTHER_GUILD }));
    debates.updateSettings(GUILD, { keepQuestions: false });
    expect(digest.prune()).toBe(1);
    expect(digest.keptQuestions(GUILD)).toEqual([]);
    expect(digest.keptQuestions(OTHER_GUILD)).toHaveLength(1);
  });

  it('prunes at start and then once a day, on a timer that does not hold the process', () => {
    vi.useFakeTimers();
    const { clock, debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true, questionRetentionDays: 1 });
    digest.keep(ask('First'));
    clock.advance(DAY);
    const pruner = startQuestionPruner({ digest, log: createSilentLogger() });
    expect(digest.keptQuestions(GUILD)).toEqual([]);
    digest.keep(ask('Second'));
    clock.advance(DAY);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(digest.keptQuestions(GUILD)).toEqual([]);
    pruner.stop();
  });
});

describe('the server’s data', () => {
  it('is erased with delete-server-data: questions and votes', () => {
    const { debates, digest, db } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    const id = digest.keep(ask('Why China?'))!;
    digest.vote({ guildId: GUILD, questionId: id, userId: ALICE, helpful: true });
    expect(store!.countGuildRows(GUILD)).toMatchObject({ digest_questions: 1, digest_votes: 1 });
    expect(debates.deleteGuildData(GUILD)).toMatchObject({ questions: 1 });
    expect(store!.countGuildRows(GUILD)).toMatchObject({ digest_questions: 0, digest_votes: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM digest_votes').get()).toEqual({ n: 0 });
  });
});

describe('the report', () => {
  it('counts per day, ranks the passages shown, lists weak questions once each, and sums the votes', () => {
    const { clock, debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    const first = digest.keep(ask('Why China?'))!;
    digest.keep(ask('What about Crimea?', { coverage: 'partial', shown: { kind: 'paragraph', number: 5 } }));
    clock.advance(DAY);
    digest.keep(ask('why  china?'));
    digest.keep(ask('Who won the 1905 war?', { coverage: 'none', shown: undefined }));
    digest.keep(ask('what about crimea?', { coverage: 'none', shown: undefined }));
    digest.vote({ guildId: GUILD, questionId: first, userId: ALICE, helpful: false });
    digest.giveReason({ guildId: GUILD, questionId: first, userId: ALICE, reason: 'Too long' });
    digest.vote({ guildId: GUILD, questionId: first, userId: BOB, helpful: true });
    const report = digest.report(GUILD, 7);
    expect(report).toMatchObject({ days: 7, from: '2026-02-25', to: '2026-03-03', questions: 5, helpful: 1, notHelpful: 1 });
    expect(report.perDay).toEqual([{ day: '2026-03-02', questions: 2 }, { day: '2026-03-03', questions: 3 }]);
    expect(report.passages[0]).toEqual({ reading: 'russo-japanese-relations', kind: 'paragraph', number: 12, questions: 2 });
    expect(report.weak).toEqual([
      { question: 'what about crimea?', coverage: 'none', lastAsked: '2026-03-03', times: 2 },
      { question: 'Who won the 1905 war?', coverage: 'none', lastAsked: '2026-03-03', times: 1 },
    ]);
    expect(report.reasons).toEqual([{ reason: 'Too long', question: 'Why China?' }]);
    // One day back sees only today.
    expect(digest.report(GUILD, 1).questions).toBe(3);
  });

  it('exports one CSV row per kept question, escaped', () => {
    const { debates, digest } = setUp();
    debates.updateSettings(GUILD, { keepQuestions: true });
    digest.keep(ask('=HYPERLINK("x"), and "quotes"'));
    const { csv, rows } = digest.exportCsv(GUILD);
    expect(rows).toBe(1);
    expect(csv).toBe(
      'day,reading,question,coverage,first passage shown,helpful,not helpful,reasons\r\n' +
        `2026-03-02,russo-japanese-relations,"'=HYPERLINK(""x""), and ""quotes""",answered,¶12,0,0,\r\n`,
    );
  });
});
