// The digest's views on their own: any report (hostile questions and reasons, long lists) fits
// Discord's limits by design (fitting changes nothing), user text cannot format or ping, essay
// openings are exact and cut between words; the buttons' ids round-trip and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { toMessageBody } from '../../../src/discord/reply.js';
import type { DigestReport } from '../../../src/digest/types.js';
import { digestButtonId, parseDigestButtonId, parseReasonFormId, reasonFormId, type DigestButton } from '../../../src/views/discord/digest-ids.js';
import { questionKeepingNote, renderDigest, renderTeacherPost, studentButtonRow, withButtonRow, withPrivacyNote } from '../../../src/views/discord/digest-messages.js';
import { fitMessage } from '../../../src/views/discord/message-drafts.js';
import { expectWithinDiscordLimits, occursUnescaped } from '../../hardening/discord-limits.js';
import { anyQuestion, hostileQuestion } from '../../hardening/hostile-text.js';
import { textDisplaysIn } from '../../support/fake-discord/message-text.js';

const corpus = loadCorpus('corpus');
const essay = corpus.readings[0]!;
const RUNS = 100;

const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const text = fc.oneof(anyQuestion, hostileQuestion, hostileQuestion.map((t) => t.repeat(40)));
const report: fc.Arbitrary<DigestReport> = fc.record({
  days: fc.integer({ min: 1, max: 365 }),
  from: day,
  to: day,
  questions: fc.integer({ min: 1, max: 100_000 }),
  perDay: fc.array(fc.record({ day, questions: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 365 }),
  passages: fc.array(
    fc.record({ reading: fc.constant(essay.id), kind: fc.constantFrom('paragraph' as const, 'footnote' as const), number: fc.integer({ min: 1, max: 40 }), questions: fc.integer({ min: 1, max: 999 }) }),
    { maxLength: 8 },
  ),
  weak: fc.array(fc.record({ question: text, coverage: fc.constantFrom('partial' as const, 'none' as const), lastAsked: day, times: fc.integer({ min: 1, max: 99 }) }), { maxLength: 15 }),
  helpful: fc.nat(),
  notHelpful: fc.nat(),
  reasons: fc.array(fc.record({ reason: text, question: text }), { maxLength: 10 }),
});

describe('renderDigest', () => {
  it(`fits Discord's limits by design and lets no mention through, whatever was asked (${RUNS} reports)`, () => {
    fc.assert(
      fc.property(report, (input) => {
        const draft = renderDigest(input, corpus);
        expect(fitMessage(draft)).toEqual(draft);
        const body = toMessageBody(draft);
        expectWithinDiscordLimits(body);
        // What a reader sees: the text displays of the V2 message (and any legacy content or embeds).
        const texts = [body.content ?? '', ...(body.embeds ?? []).flatMap((embed) => [embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)]), ...textDisplaysIn(body.components)];
        for (const text of texts) {
          expect(occursUnescaped(text, '@everyone')).toBe(false);
          expect(occursUnescaped(text, '@here')).toBe(false);
          expect(occursUnescaped(text, '<@')).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('quotes the opening of each passage exactly, cut between words', () => {
    const draft = renderDigest(
      { days: 7, from: '2026-03-01', to: '2026-03-07', questions: 2, perDay: [{ day: '2026-03-02', questions: 2 }], passages: [{ reading: essay.id, kind: 'paragraph', number: 3, questions: 2 }], weak: [], helpful: 0, notHelpful: 0, reasons: [] },
      corpus,
    );
    const line = draft.embeds![0]!.fields![0]!.value;
    const opening = /“(.+)…”$/.exec(line)?.[1];
    expect(opening).toBeDefined();
    const paragraph = essay.paragraphs[2]!.text.replace(/\s+/g, ' ');
    expect(paragraph.startsWith(opening!)).toBe(true);
    expect(paragraph[opening!.length]).toMatch(/\s/);
  });

  it('says when nothing was kept, and when the days asked for exceed the retention', () => {
    const empty = renderDigest({ days: 30, from: '2026-02-01', to: '2026-03-02', questions: 0, perDay: [], passages: [], weak: [], helpful: 0, notHelpful: 0, reasons: [] }, corpus, { clampedFrom: 90 });
    expect(empty.content).toMatch(/^No questions were kept for the last 30 days .* You asked for 90 days; questions are kept only 30\.$/);
  });
});

describe('the teacher post', () => {
  it(`stays one message that pings nobody and shows the question escaped (${RUNS} questions)`, () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (question, askedBy) => {
        const body = toMessageBody(renderTeacherPost({ question, coverage: 'none', readingTitle: essay.title, ...(askedBy === undefined ? {} : { askedBy }) }));
        expectWithinDiscordLimits(body);
        expect(body.content!.split('\n')).toHaveLength(2);
        expect(body.content).not.toMatch(/@(everyone|here)/i);
        expect(occursUnescaped(body.content!, '<@')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the buttons under an answer', () => {
  it('shows votes only for a kept question, and Ask the teacher only when offered', () => {
    expect(studentButtonRow({})).toEqual([]);
    expect(studentButtonRow({ keptId: 7 }).map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
    expect(studentButtonRow({ teacher: { key: 'abc123', coverage: 'none' } }).map((b) => b.label)).toEqual(['Ask the teacher']);
  });

  it('puts the row on the message that carries the buttons: the last part of a long answer', () => {
    const row = studentButtonRow({ keptId: 7 });
    expect(withButtonRow({ content: 'x', buttons: [[]] }, row).buttons).toEqual([[], row]);
    const long = withButtonRow({ content: 'x', followUps: [{ embeds: [] }, { embeds: [], buttons: [[]] }] }, row);
    expect(long.buttons).toBeUndefined();
    expect(long.followUps![1]!.buttons).toEqual([[], row]);
    expect(withButtonRow({ content: 'x' }, [])).toEqual({ content: 'x' });
  });

  it('round-trips every id and never throws on a foreign or garbled one', () => {
    const buttons: DigestButton[] = [
      { action: 'vote', questionId: 12, helpful: true },
      { action: 'vote', questionId: 9_007_199_254, helpful: false },
      { action: 'offer', key: 'abc123def456', coverage: 'partial' },
      { action: 'send', key: 'abc123def456', coverage: 'none', named: true },
      { action: 'send', key: 'k', coverage: 'partial', named: false },
    ];
    for (const button of buttons) expect(parseDigestButtonId(digestButtonId(button))).toEqual(button);
    expect(parseReasonFormId(reasonFormId(42))).toBe(42);
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(() => parseDigestButtonId(id)).not.toThrow();
        expect(() => parseReasonFormId(id)).not.toThrow();
      }),
    );
    expect(parseDigestButtonId('ask:more:abc:0')).toBeUndefined();
    expect(parseDigestButtonId('ask:vote:0:up')).toBeUndefined();
  });
});

describe('what /help says about keeping questions', () => {
  it('speaks plainly for a DM, a server that keeps nothing, and one that keeps for some days', () => {
    expect(questionKeepingNote(undefined)).toBe('Questions asked in direct messages are never kept.');
    expect(questionKeepingNote({ keepQuestions: false, questionRetentionDays: 30 })).toMatch(/does not keep your questions/);
    expect(questionKeepingNote({ keepQuestions: true, questionRetentionDays: 1 })).toMatch(/for 1 day so your teachers .* never who asked/);
    const help = withPrivacyNote({ embeds: [{ title: 'Help', fields: [{ name: '/ask', value: 'Ask' }] }] }, 'note');
    expect(help.embeds![0]!.fields!.at(-1)).toEqual({ name: 'Your questions', value: 'note' });
  });
});
