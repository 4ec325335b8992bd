import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../src/errors.js';
import type { DebateService } from '../../src/debate/debate-service.js';
import { openDebateStore, type DebateStore } from '../../src/debate/store.js';
import { ALICE, BOB, CAROL, CHANNEL, GUILD, makeClock, makeService, makeTempDataDir, OTHER_GUILD, TEACHER, THREAD, type TempDataDir, type TestClock, at, HERE } from './helpers.js';

let temp: TempDataDir;
let store: DebateStore;
let clock: TestClock;
let service: DebateService;

beforeEach(() => {
  temp = makeTempDataDir();
  store = openDebateStore(temp.dir);
  clock = makeClock();
  service = makeService(store, clock);
});
afterEach(() => {
  store.close();
  temp.remove();
});

function openChinaDebate(threadId = THREAD, durationMinutes?: number) {
  const outcome = service.openDebate({
    guildId: GUILD,
    channelId: CHANNEL,
    threadId,
    motionId: 'china-reliable-partner',
    openedBy: TEACHER,
    ...(durationMinutes === undefined ? {} : { durationMinutes }),
  });
  if (outcome.kind !== 'opened') throw new Error(`test setup: debate not opened (${outcome.kind})`);
  return outcome.debate;
}

describe('opening a debate', () => {
  it("copies the motion's wording and evidence paragraphs into the debate", () => {
    const debate = openChinaDebate(THREAD, 45);
    expect(debate).toMatchObject({ status: 'open', motionId: 'china-reliable-partner', reading: 'russo-japanese-relations', openedBy: TEACHER, openedAt: clock.now(), endsAt: clock.now() + 45 * 60_000 });
    expect(debate.motion).toBe('This house believes that China will be a reliable long-term partner for Russia against the US.');
    expect(debate.evidenceParagraphs).toEqual([14, 15, 16, 17, 19, 20, 21, 22, 23]);
  });

  it('refuses an unknown motion and a second debate in the same thread', () => {
    expect(service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: 'no-such-motion', openedBy: TEACHER })).toEqual({ kind: 'unknown-motion', motionId: 'no-such-motion' });
    const first = openChinaDebate();
    expect(service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: 'sco-effective-instrument', openedBy: TEACHER })).toEqual({ kind: 'thread-taken', debate: first });
  });

  it('refuses a duration or slowmode outside the bounds with a message for the moderator', () => {
    expect(() => service.checkOpen(GUILD, 'china-reliable-partner', { durationMinutes: 0 })).toThrow(UserFacingError);
    expect(() => service.checkOpen(GUILD, 'china-reliable-partner', { slowmodeSeconds: 99_999 })).toThrow(/Slowmode is between 0 and 21600 seconds/);
  });

  it('quotes each piece of evidence in the essay\'s own words', () => {
    const motion = service.findMotion(GUILD, 'hard-line-break-with-west')!;
    const quotes = service.evidenceQuotes(motion);
    expect(quotes[0]).toEqual({
      paragraph: 4,
      side: 'context',
      why: "The essay's first question, posed both ways.",
      quote: 'are these newly unfolded hard-line policies mere tactical steps designed for putting pressure on the US to restrain its hegemonic behavior in the international scene',
    });
    expect(quotes.filter((q) => q.paragraph === 13).map((q) => q.side)).toEqual(['for', 'against']);
  });

  it('finds motions for autocomplete by any words of their id or wording', () => {
    expect(service.searchMotions(GUILD, 'japan territorial').map((m) => m.id)).toEqual(['japan-drop-territorial-goal']);
    expect(service.searchMotions(GUILD, '').length).toBe(10);
    expect(service.searchMotions(GUILD, '', 3)).toHaveLength(3);
  });
});

describe('sides', () => {
  it('joins, switches (recording each switch) and says when nothing changes', () => {
    openChinaDebate();
    expect(service.joinSide(HERE, { userId: ALICE, displayName: 'Alice' }, 'for')).toMatchObject({ kind: 'joined', side: 'for' });
    expect(service.joinSide(HERE, { userId: ALICE }, 'for')).toMatchObject({ kind: 'already-on-side', side: 'for' });
    expect(service.joinSide(HERE, { userId: ALICE }, 'against')).toMatchObject({ kind: 'joined', side: 'against', switchedFrom: 'for' });
    expect(service.joinSide(HERE, { userId: ALICE }, 'for')).toMatchObject({ kind: 'joined', side: 'for', switchedFrom: 'against' });
    const record = service.summary(service.debateInThread(HERE)!).students[0];
    expect(record).toMatchObject({ userId: ALICE, displayName: 'Alice', side: 'for', switches: 2 });
  });

  it('answers "no debate here" outside a debate thread', () => {
    expect(service.joinSide(at('800000000000000001'), { userId: ALICE }, 'for')).toEqual({ kind: 'no-debate' });
    expect(service.status(at('800000000000000001'), ALICE)).toEqual({ kind: 'no-debate' });
  });
});

describe('the floor', () => {
  beforeEach(() => {
    openChinaDebate();
  });

  it('asks a student to join a side before raising a hand', () => {
    expect(service.raiseHand(HERE, { userId: ALICE })).toMatchObject({ kind: 'no-side' });
  });

  it('queues hands first come, first called, without duplicates', () => {
    service.joinSide(HERE, { userId: ALICE, displayName: 'Alice' }, 'for');
    service.joinSide(HERE, { userId: BOB, displayName: 'Bob' }, 'against');
    expect(service.raiseHand(HERE, { userId: BOB })).toMatchObject({ kind: 'raised', side: 'against', position: 1 });
    clock.advance(1000);
    expect(service.raiseHand(HERE, { userId: ALICE })).toMatchObject({ kind: 'raised', side: 'for', position: 2 });
    expect(service.raiseHand(HERE, { userId: BOB })).toMatchObject({ kind: 'already-raised', position: 1 });
    expect(service.status(HERE, ALICE)).toMatchObject({ kind: 'status', yourSide: 'for', yourPosition: 2, queueLength: 2, sideCounts: { for: 1, against: 1 } });

    expect(service.queueWithNames(service.debateInThread(HERE)!)).toEqual([
      { userId: BOB, displayName: 'Bob' },
      { userId: ALICE, displayName: 'Alice' },
    ]);
    expect(service.liveDebates(GUILD).map((d) => d.threadId)).toEqual([THREAD]);
    const first = service.callNextSpeaker(HERE, TEACHER, 90);
    expect(first).toMatchObject({ kind: 'called', speaker: { userId: BOB, displayName: 'Bob', side: 'against' }, endsAt: clock.now() + 90_000, stillWaiting: 1 });
    const second = service.callNextSpeaker(HERE, TEACHER);
    expect(second).toMatchObject({ kind: 'called', speaker: { userId: ALICE, side: 'for' }, endsAt: null, stillWaiting: 0 });
    expect(service.callNextSpeaker(HERE, TEACHER)).toMatchObject({ kind: 'queue-empty' });
    // A called student may raise a hand again.
    expect(service.raiseHand(HERE, { userId: BOB })).toMatchObject({ kind: 'raised', position: 1 });
  });

  it('lets a student lower a hand, leaving the queue', () => {
    service.joinSide(HERE, { userId: ALICE }, 'for');
    expect(service.lowerHand(HERE, { userId: ALICE })).toMatchObject({ kind: 'no-hand' });
    service.raiseHand(HERE, { userId: ALICE });
    expect(service.lowerHand(HERE, { userId: ALICE })).toMatchObject({ kind: 'lowered' });
    expect(service.queue(HERE)).toEqual([]);
    expect(service.callNextSpeaker(HERE, TEACHER)).toMatchObject({ kind: 'queue-empty' });
  });

  it('refuses a speaking time outside the bounds', () => {
    expect(() => service.callNextSpeaker(HERE, TEACHER, 5)).toThrow(/Speaking time is between 10 and 1800 seconds/);
  });

  it('keeps the queue while paused but calls no one until the debate resumes', () => {
    service.joinSide(HERE, { userId: ALICE }, 'for');
    expect(service.pauseDebate(HERE)).toMatchObject({ kind: 'paused', debate: { status: 'paused' } });
    expect(service.pauseDebate(HERE)).toMatchObject({ kind: 'already-paused' });
    expect(service.raiseHand(HERE, { userId: ALICE })).toMatchObject({ kind: 'raised' });
    expect(service.callNextSpeaker(HERE, TEACHER)).toMatchObject({ kind: 'debate-paused' });
    expect(service.cite(HERE, { userId: ALICE }, 14)).toMatchObject({ kind: 'debate-paused' });
    expect(service.resumeDebate(HERE)).toMatchObject({ kind: 'resumed', debate: { status: 'open' } });
    expect(service.resumeDebate(HERE)).toMatchObject({ kind: 'already-open' });
    expect(service.callNextSpeaker(HERE, TEACHER)).toMatchObject({ kind: 'called', speaker: { userId: ALICE } });
  });
});

describe('citing', () => {
  beforeEach(() => {
    openChinaDebate();
  });

  it('returns the paragraph to quote and records the side the student was on at that moment', () => {
    service.joinSide(HERE, { userId: ALICE }, 'for');
    const cited = service.cite(HERE, { userId: ALICE }, 15);
    expect(cited).toMatchObject({ kind: 'cited', side: 'for', paragraph: { number: 15 } });
    if (cited.kind === 'cited') expect(cited.paragraph.text).toMatch(/^One of the most important targets/);
    service.joinSide(HERE, { userId: ALICE }, 'against');
    service.cite(HERE, { userId: ALICE }, 23);
    expect(store.citations(service.debateInThread(HERE)!.id).map((c) => [c.side, c.paragraph])).toEqual([
      ['for', 15],
      ['against', 23],
    ]);
  });

  it('refuses a paragraph the essay does not have, and a student without a side', () => {
    service.joinSide(HERE, { userId: ALICE }, 'for');
    expect(service.cite(HERE, { userId: ALICE }, 0)).toMatchObject({ kind: 'no-paragraph', problem: { kind: 'no-such-paragraph', number: 0, available: expect.arrayContaining([1, 31]) } });
    expect(service.cite(HERE, { userId: ALICE }, 32)).toMatchObject({ kind: 'no-paragraph', problem: { kind: 'no-such-paragraph', number: 32, available: expect.arrayContaining([1, 31]) } });
    expect(service.cite(HERE, { userId: BOB }, 5)).toMatchObject({ kind: 'no-side' });
  });
});

describe('counting posts', () => {
  it('counts posts in live debate threads only', () => {
    openChinaDebate();
    expect(service.countPost(HERE, ALICE)).toBe(true);
    expect(service.countPost(HERE, ALICE)).toBe(true);
    service.pauseDebate(HERE);
    expect(service.countPost(HERE, ALICE)).toBe(true);
    expect(service.countPost({ guildId: GUILD, threadId: '800000000000000001' }, ALICE)).toBe(false);
    // The same thread id seen from another server counts nothing (scoped like every lookup).
    expect(service.countPost({ guildId: OTHER_GUILD, threadId: THREAD }, ALICE)).toBe(false);
    service.closeDebate(HERE, TEACHER);
    expect(service.countPost(HERE, ALICE)).toBe(false);
    expect(store.postCounts(service.debateInThread(HERE)!.id).get(ALICE)).toBe(3);
  });
});

describe('closing', () => {
  it('closes once, then answers already-closed, and refuses student actions afterwards', () => {
    openChinaDebate();
    service.joinSide(HERE, { userId: ALICE }, 'for');
    clock.advance(20 * 60_000);
    const closed = service.closeDebate(HERE, TEACHER);
    expect(closed).toMatchObject({ kind: 'closed', debate: { status: 'closed', closedBy: TEACHER, closeReason: 'moderator', closedAt: clock.now() } });
    expect(service.closeDebate(HERE, TEACHER)).toMatchObject({ kind: 'already-closed' });
    expect(service.joinSide(HERE, { userId: BOB }, 'for')).toMatchObject({ kind: 'debate-closed' });
    expect(service.raiseHand(HERE, { userId: ALICE })).toMatchObject({ kind: 'debate-closed' });
    expect(service.cite(HERE, { userId: ALICE }, 3)).toMatchObject({ kind: 'debate-closed' });
    expect(service.pauseDebate(HERE)).toMatchObject({ kind: 'debate-closed' });
    expect(service.resumeDebate(HERE)).toMatchObject({ kind: 'debate-closed' });
    expect(service.callNextSpeaker(HERE, TEACHER)).toMatchObject({ kind: 'debate-closed' });
    expect(service.closeDebate(at('800000000000000001'), TEACHER)).toEqual({ kind: 'no-debate' });
  });

  it('knows which debates are due to close and when the next one is', () => {
    openChinaDebate('844444444444444401', 30);
    openChinaDebate('844444444444444402', 10);
    openChinaDebate('844444444444444403');
    const start = clock.now();
    expect(service.nextAutoCloseAt()).toBe(start + 10 * 60_000);
    expect(service.dueAutoCloses()).toEqual([]);

    clock.advance(10 * 60_000);
    expect(service.dueAutoCloses().map((d) => d.threadId)).toEqual(['844444444444444402']);
    const closed = service.closeDueDebates();
    expect(closed.map((c) => [c.debate.threadId, c.debate.closeReason, c.debate.closedBy])).toEqual([['844444444444444402', 'time-up', null]]);
    expect(closed[0]?.summary.durationMs).toBe(10 * 60_000);
    expect(service.nextAutoCloseAt()).toBe(start + 30 * 60_000);

    // A paused debate still closes when its time is up; a debate without a duration never does.
    service.pauseDebate(at('844444444444444401'));
    clock.advance(24 * 60 * 60_000);
    // Closed a day late (the bot was down): it still ended, and lasted, as long as planned.
    const late = service.closeDueDebates();
    expect(late.map((c) => [c.debate.threadId, c.debate.closedAt])).toEqual([['844444444444444401', start + 30 * 60_000]]);
    expect(service.nextAutoCloseAt()).toBeNull();
    expect(service.debateInThread(at('844444444444444403'))!.status).toBe('open');
  });
});

describe('the summary', () => {
  it('adds up sides, posts, citations, passages per side, uncited evidence and duration', () => {
    openChinaDebate(THREAD, 60);
    service.joinSide(HERE, { userId: ALICE, displayName: 'Alice' }, 'for');
    service.joinSide(HERE, { userId: BOB, displayName: 'Bob' }, 'against');
    service.joinSide(HERE, { userId: CAROL, displayName: 'Carol' }, 'for');
    service.joinSide(HERE, { userId: CAROL }, 'against');
    service.cite(HERE, { userId: ALICE }, 14);
    service.cite(HERE, { userId: ALICE }, 15);
    service.cite(HERE, { userId: ALICE }, 14);
    service.cite(HERE, { userId: BOB }, 23);
    service.cite(HERE, { userId: CAROL }, 17);
    service.cite(HERE, { userId: CAROL }, 2);
    for (let i = 0; i < 4; i += 1) service.countPost(HERE, ALICE);
    service.countPost(HERE, BOB);
    service.countPost(HERE, TEACHER);
    service.raiseHand(HERE, { userId: BOB });
    service.callNextSpeaker(HERE, TEACHER, 60);
    clock.advance(37 * 60_000);
    const outcome = service.closeDebate(HERE, TEACHER);
    if (outcome.kind !== 'closed') throw new Error('expected the debate to close');
    const summary = outcome.summary;

    expect(summary.durationMs).toBe(37 * 60_000);
    expect(summary.participants).toEqual({ for: [ALICE], against: [BOB, CAROL] });
    expect(summary.students).toEqual([
      { userId: ALICE, displayName: 'Alice', side: 'for', switches: 0, posts: 4, citations: 3, paragraphs: [14, 15] },
      { userId: BOB, displayName: 'Bob', side: 'against', switches: 0, posts: 1, citations: 1, paragraphs: [23] },
      { userId: CAROL, displayName: 'Carol', side: 'against', switches: 1, posts: 0, citations: 2, paragraphs: [2, 17] },
      { userId: TEACHER, displayName: null, side: null, switches: 0, posts: 1, citations: 0, paragraphs: [] },
    ]);
    expect(summary.citedBySide).toEqual({ for: [14, 15], against: [2, 17, 23] });
    expect(summary.uncitedEvidence).toEqual([16, 19, 20, 21, 22]);
    expect(summary.totals).toEqual({ posts: 6, citations: 6, speakers: 1 });
  });

  it('exports the per-student record as CSV', () => {
    openChinaDebate();
    service.joinSide(HERE, { userId: ALICE, displayName: '=HYPERLINK("http://x","Alice, A.")' }, 'for');
    service.cite(HERE, { userId: ALICE }, 14);
    service.cite(HERE, { userId: ALICE }, 20);
    service.countPost(HERE, ALICE);
    const csv = service.exportCsv(service.debateInThread(HERE)!);
    expect(csv).toBe(
      'user_id,display_name,side,side_switches,posts,citations,paragraphs_cited\r\n' +
        `${ALICE},"'=HYPERLINK(""http://x"",""Alice, A."")",for,0,1,2,14 20\r\n`,
    );
  });
});

describe('proposals', () => {
  it('queues a proposal, which a moderator approves into a motion this server can debate', () => {
    const proposed = service.propose({ guildId: GUILD, userId: ALICE, motion: 'Japan should join the SCO as an observer.', paragraphs: '¶21, 28' });
    expect(proposed).toMatchObject({ kind: 'proposed', proposal: { status: 'pending', motion: 'This house believes that Japan should join the SCO as an observer.', paragraphs: [21, 28], userId: ALICE } });
    if (proposed.kind !== 'proposed') return;
    expect(service.pendingProposals(GUILD).map((p) => p.id)).toEqual([proposed.proposal.id]);
    expect(service.pendingProposals(OTHER_GUILD)).toEqual([]);

    clock.advance(60_000);
    const approved = service.approveProposal(GUILD, proposed.proposal.id, TEACHER);
    expect(approved).toMatchObject({ kind: 'approved', proposal: { status: 'approved', reviewerId: TEACHER, reviewedAt: clock.now() }, motion: { source: 'server', motion: 'This house believes that Japan should join the SCO as an observer.' } });
    if (approved.kind !== 'approved') return;
    expect(service.pendingProposals(GUILD)).toEqual([]);
    expect(service.listMotions(GUILD).at(-1)).toEqual(approved.motion);
    expect(service.listMotions(OTHER_GUILD).some((m) => m.source === 'server')).toBe(false);
    expect(approved.motion.evidence).toEqual([
      { paragraph: 21, side: 'context' },
      { paragraph: 28, side: 'context' },
    ]);
    expect(service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: approved.motion.id, openedBy: TEACHER })).toMatchObject({ kind: 'opened', debate: { evidenceParagraphs: [21, 28] } });
    expect(service.approveProposal(GUILD, proposed.proposal.id, TEACHER)).toMatchObject({ kind: 'already-reviewed' });
  });

  it('rejects with a reason the student then sees on their own proposals', () => {
    const proposed = service.propose({ guildId: GUILD, userId: BOB, motion: 'This house would abolish the G8.', paragraphs: '9-11' });
    if (proposed.kind !== 'proposed') throw new Error('test setup: proposal refused');
    expect(service.rejectProposal(GUILD, proposed.proposal.id, TEACHER, 'no')).toEqual({ kind: 'invalid', problem: { kind: 'reason-length', min: 3, max: 300 } });
    expect(service.rejectProposal(GUILD, proposed.proposal.id, TEACHER, '  The essay does not discuss abolishing it.  ')).toMatchObject({ kind: 'rejected', proposal: { status: 'rejected', reason: 'The essay does not discuss abolishing it.' } });
    expect(service.proposalsOf(GUILD, BOB)).toMatchObject([{ status: 'rejected', reason: 'The essay does not discuss abolishing it.', paragraphs: [9, 10, 11] }]);
    expect(service.rejectProposal(GUILD, proposed.proposal.id, TEACHER, 'Again, no.')).toMatchObject({ kind: 'already-reviewed' });
    expect(service.approveProposal(OTHER_GUILD, proposed.proposal.id, TEACHER)).toEqual({ kind: 'not-found', proposalId: proposed.proposal.id });
  });

  it('refuses a too short motion, a paragraph the essay lacks and a fourth pending proposal', () => {
    expect(service.propose({ guildId: GUILD, userId: ALICE, motion: 'Yes.', paragraphs: '4' })).toEqual({ kind: 'invalid', problem: { kind: 'motion-length', min: 15, max: 200 } });
    expect(service.propose({ guildId: GUILD, userId: ALICE, motion: 'This house believes Russia is European.', paragraphs: '22, 40' })).toMatchObject({ kind: 'invalid', problem: { kind: 'no-such-paragraph', number: 40 } });
    for (let i = 0; i < 3; i += 1) expect(service.propose({ guildId: GUILD, userId: ALICE, motion: `This house believes motion number ${i}.`, paragraphs: '22' }).kind).toBe('proposed');
    expect(service.propose({ guildId: GUILD, userId: ALICE, motion: 'This house believes one more thing.', paragraphs: '22' })).toEqual({ kind: 'too-many-pending', limit: 3 });
    expect(service.propose({ guildId: GUILD, userId: BOB, motion: 'This house believes one more thing.', paragraphs: '22' }).kind).toBe('proposed');
  });
});

describe('settings', () => {
  it('defaults to private /ask answers, no moderator role and no debate channel, and keeps what is set', () => {
    expect(service.getSettings(GUILD)).toEqual({ guildId: GUILD, askPrivate: true, moderatorRoleId: null, debateChannelId: null, currentReading: null, keepQuestions: false, questionRetentionDays: 30, teacherChannelId: null });
    service.updateSettings(GUILD, { debateChannelId: CHANNEL });
    service.updateSettings(GUILD, { moderatorRoleId: '877777777777777777' });
    expect(service.updateSettings(GUILD, { moderatorRoleId: null, askPrivate: false })).toEqual({ guildId: GUILD, askPrivate: false, moderatorRoleId: null, debateChannelId: CHANNEL, currentReading: null, keepQuestions: false, questionRetentionDays: 30, teacherChannelId: null });
    expect(service.getSettings(OTHER_GUILD).askPrivate).toBe(true);
  });
});
