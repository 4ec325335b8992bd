import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PeerAdapter, ScoredHit } from '../../bench/peers/adapter.js';
import { measurePeer, type QualitySets } from '../../bench/quality-section.js';
import { chooseThreshold, MAX_DEV_WRONG_REFUSALS, refuses } from '../../bench/refusal-threshold.js';
import type { EvalQuestion, ScoredResult } from '../../src/answers/evaluate.js';

const byId: ReadonlyMap<string, ScoredResult> = new Map([
  ['r#p1', { kind: 'paragraph', text: 'The answer paragraph.' }],
  ['r#p2', { kind: 'paragraph', text: 'Another paragraph.' }],
]);

const onTopic = (question: string): EvalQuestion => ({ question, expect: [{ kind: 'paragraph', startsWith: 'The answer paragraph' }] });

/** A peer whose top score for a question is looked up in a table; no entry: it returns nothing. */
function fakePeer(scores: ReadonlyMap<string, number>, firstId = 'r#p1'): PeerAdapter & { readonly asked: string[] } {
  const asked: string[] = [];
  const searchScored = (query: string, k: number): readonly ScoredHit[] => {
    asked.push(query);
    const score = scores.get(query);
    if (score === undefined) return [];
    return [
      { id: firstId, score },
      { id: firstId === 'r#p1' ? 'r#p2' : 'r#p1', score: score / 2 },
    ].slice(0, k);
  };
  return {
    name: 'fake',
    version: '1.0.0',
    scoreSource: 'a table',
    asked,
    build: () => undefined,
    search: (query, k) => searchScored(query, k).map((hit) => hit.id),
    searchScored,
  };
}

describe('chooseThreshold', () => {
  it('refuses the most dev off-topic questions it can while wrongly refusing at most 3% of dev on-topic', () => {
    // 100 on-topic questions scoring 10..109, 21 off-topic scoring 0..20: refusing every off-topic
    // question would wrongly refuse 11 on-topic ones, so the bound stops at the third (12).
    const on = Array.from({ length: 100 }, (_, i) => 10 + i);
    const off = Array.from({ length: 21 }, (_, i) => i);
    const choice = chooseThreshold(on, off);
    expect(choice.threshold).toBe(12.5);
    expect(choice.onTopicRefused).toBe(3);
    expect(choice.offTopicRefused).toBe(13);
    expect(choice.withinBound).toBe(true);
  });

  it('counts "no results" as a refusal, so it uses up part of the 3%', () => {
    // Without the two empty on-topic results the bound would allow 12.5 (refusing 10, 11 and 12).
    const on = [undefined, undefined, ...Array.from({ length: 98 }, (_, i) => 10 + i)];
    const choice = chooseThreshold(on, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, undefined]);
    expect(choice.onTopicRefused).toBe(3);
    expect(choice.threshold).toBe(10.5);
    expect(choice.offTopicRefused).toBe(12);
  });

  it('refuses only empty results when every score is the same (FlexSearch: rank only)', () => {
    const choice = chooseThreshold([1, 1, 1, undefined], [1, undefined, 1]);
    expect(choice.threshold).toBe(-Infinity);
    expect(choice.offTopicRefused).toBe(1);
  });

  it('says so when even refusing only empty results breaks the bound', () => {
    const choice = chooseThreshold([undefined, undefined, 5, 6, 7], [1]);
    expect(choice).toMatchObject({ threshold: -Infinity, withinBound: false, onTopicRefused: 2 });
  });

  it('never exceeds the bound and no other threshold refuses more off-topic within it', () => {
    const top = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(top, { minLength: 1, maxLength: 80 }), fc.array(top, { maxLength: 40 }), (on, off) => {
        const choice = chooseThreshold(on, off);
        const allowed = Math.floor(MAX_DEV_WRONG_REFUSALS * on.length + 1e-9);
        const wrong = on.filter((t) => refuses(t, choice.threshold)).length;
        expect(wrong).toBe(choice.onTopicRefused);
        if (!choice.withinBound) return;
        expect(wrong).toBeLessThanOrEqual(allowed);
        // Brute force over every threshold that makes a difference on integer scores.
        for (let t = -1; t <= 42; t += 0.5) {
          if (on.filter((s) => refuses(s, t)).length <= allowed) {
            expect(off.filter((s) => refuses(s, t)).length).toBeLessThanOrEqual(choice.offTopicRefused);
          }
        }
      }),
    );
  });
});

describe('measurePeer', () => {
  // Dev: 100 on-topic scoring 10..109 and 21 off-topic scoring 0..20, as above. Never tuned:
  // three on-topic questions (one scoring below the dev threshold, one with no results) and two
  // off-topic ones (one below the threshold).
  const devOn = Array.from({ length: 100 }, (_, i) => onTopic(`dev on ${i}`));
  const devOff = Array.from({ length: 21 }, (_, i) => ({ question: `dev off ${i}` }));
  const scores = new Map<string, number>([
    ...devOn.map((q, i) => [q.question, 10 + i] as const),
    ...devOff.map((q, i) => [q.question, i] as const),
    ['held out strong', 50],
    ['held out weak', 5],
    ['off aside low', 3],
    ['off aside high', 90],
  ]);
  const sets: QualitySets = {
    neverTuned: [{ name: 'held out', source: 'a test', questions: [onTopic('held out strong'), onTopic('held out weak'), onTopic('held out empty')] }],
    offTopicAside: { source: 'a test', questions: [{ question: 'off aside low' }, { question: 'off aside high' }] },
    devOnTopic: devOn,
    devOffTopic: devOff,
    devSources: ['a test'],
    targetSets: [],
  };

  it('chooses the threshold on the dev sets within the 3% bound and applies it to the never-tuned sets', () => {
    const row = measurePeer(fakePeer(scores), sets, byId);
    expect(row.rule).toMatchObject({ kind: 'threshold', scoreSource: 'a table', choice: { threshold: 12.5, onTopicRefused: 3, onTopic: 100, offTopicRefused: 13 } });
    if (row.rule.kind !== 'threshold') throw new Error('expected a threshold rule');
    expect(row.rule.choice.onTopicRefused / row.rule.choice.onTopic).toBeLessThanOrEqual(MAX_DEV_WRONG_REFUSALS);
    expect(row.offTopicRefused).toEqual({ refused: 1, questions: 2 });
    expect(row.onTopicWronglyRefused).toEqual({ refused: 2, questions: 3 });
  });

  it('scores the ranking of the never-tuned sets whatever the threshold refuses, as counts', () => {
    const row = measurePeer(fakePeer(scores), sets, byId);
    expect(row.sets).toEqual([{ name: 'held out', questions: 3, recallAt1: 2 / 3, recallAt3: 2 / 3, mrr: 2 / 3, notFirst: 1, notInTop: 1 }]);
    expect(Object.keys(row.sets[0]!)).not.toContain('outcomes');
  });

  it('asks the library once per question', () => {
    const peer = fakePeer(scores);
    measurePeer(peer, sets, byId);
    expect(new Set(peer.asked).size).toBe(peer.asked.length);
  });
});
