import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/views/discord/limits.js';
import { fitMessage, messageEmbedLength } from '../../../src/views/discord/message-drafts.js';
import { formatDuration, relativeTime, renderCitation, renderCiteProblem, renderMotionPost, renderProposalProblem, renderReviewProblem, renderSpeakerCall, studentName } from '../../../src/views/discord/debate-messages.js';
import { loadCorpusMotions } from '../../../src/debate/motions.js';
import { openDebateStore } from '../../../src/debate/store.js';
import { essay, essayCorpus, makeClock, makeService, makeTempDataDir } from '../../debate/helpers.js';

describe('debate messages', () => {
  it("post every motion of the essay within Discord's limits, without anything to cut", () => {
    const temp = makeTempDataDir();
    const store = openDebateStore(temp.dir);
    try {
      const service = makeService(store, makeClock());
      for (const motion of loadCorpusMotions(essayCorpus())) {
        const draft = renderMotionPost({ motion, reading: essay(), evidence: service.evidenceQuotes(motion), endsAt: Date.UTC(2026, 0, 1), slowmodeSeconds: 30 });
        expect(fitMessage(draft), motion.id).toEqual(draft);
        expect(messageEmbedLength(draft.embeds ?? [])).toBeLessThanOrEqual(LIMITS.embedTotal);
      }
    } finally {
      store.close();
      temp.remove();
    }
  });

  it('names a student by escaped display name, or by a mention when the name is unknown', () => {
    expect(studentName('866666666666666661', '**Bold** _name_')).toBe('**\\*\\*Bold\\*\\* \\_name\\_**');
    expect(studentName('866666666666666661', null)).toBe('<@866666666666666661>');
  });

  it('shows a display name that looks like a mention, a role ping or a link as plain text', () => {
    expect(studentName('1', '<@&123456789012345678> @here')).toBe('**\\<@&123456789012345678\\> @\u200bhere**');
    expect(studentName('1', '[grade](https://evil.example)\n# A')).toBe('**\\[grade\\]\\(https\\://evil.example\\) \\# A**');
    expect(renderSpeakerCall({ userId: '1', displayName: '@everyone', side: null, endsAt: null, stillWaiting: 0 }).content).toBe('🎤 <@1> — **@\u200beveryone** has the floor. No one else is waiting.');
  });

  it("escapes the student's point and quotes the paragraph untouched", () => {
    const paragraph = essay().paragraphs[17]!;
    const draft = renderCitation({ reading: essay(), paragraph, userId: '866666666666666661', displayName: 'Ana', side: 'against', point: 'see `this`\n# not a heading <@&123456789012345678>' });
    expect(draft.content).toBe('📖 **Ana** (against the motion) cites ¶18.\n> see \\`this\\` \\# not a heading \\<@&123456789012345678\\>');
    expect(draft.embeds?.[0]?.description).toBe(paragraph.text);
    expect(draft.embeds?.at(-1)?.fields?.at(-1)).toEqual({ name: 'Cite as', value: '`Yokote, "Russo-Japanese Relations", ¶18, n. 5`' });
  });

  it('announces a speaker with a relative timestamp, never a countdown to edit', () => {
    const endsAt = Date.UTC(2026, 2, 2, 9, 1, 30);
    expect(renderSpeakerCall({ userId: '1', displayName: 'Ben', side: 'for', endsAt, stillWaiting: 0 }).content).toBe(
      `🎤 <@1> — **Ben** (for the motion) has the floor. Speaking time ends ${relativeTime(endsAt)}. No one else is waiting.`,
    );
    expect(relativeTime(endsAt)).toBe(`<t:${endsAt / 1000}:R>`);
  });

  it('states durations in hours and minutes', () => {
    expect(formatDuration(20_000)).toBe('under a minute');
    expect(formatDuration(25 * 60_000)).toBe('25 min');
    expect(formatDuration(95 * 60_000)).toBe('1 h 35 min');
    expect(formatDuration(120 * 60_000)).toBe('2 h');
  });

  it('words the problems the debate core returns as data, escaping what a student typed', () => {
    expect(renderCiteProblem({ kind: 'no-such-paragraph', number: 99, available: [1, 2, 3] })).toBe('Paragraph 99 does not exist: this reading has paragraphs 1–3.');
    expect(renderProposalProblem({ kind: 'no-such-paragraph', number: 40, available: [1, 2] })).toBe('I could not take that proposal. Paragraph 40 does not exist: this reading has paragraphs 1–2.');
    expect(renderProposalProblem({ kind: 'not-a-number', text: '**@everyone**' })).toBe('I could not take that proposal: "\\*\\*@\u200beveryone\\*\\*" is not a paragraph number; use numbers like "12, 14-16".');
    expect(renderProposalProblem({ kind: 'no-paragraphs', last: 31 })).toMatch(/at least one paragraph number \(¶1–¶31\)/);
    expect(renderProposalProblem({ kind: 'too-many-paragraphs', max: 8, given: 9 })).toBe('I could not take that proposal: name at most 8 paragraphs (you gave 9).');
    expect(renderProposalProblem({ kind: 'motion-length', min: 15, max: 200 })).toMatch(/between 15 and 200 characters/);
    expect(renderReviewProblem({ kind: 'reason-length', min: 3, max: 300 })).toBe('Please give the student a reason of 3–300 characters.');
  });
});
