import { describe, expect, it } from 'vitest';
import { createAskedQuestions } from '../../src/discord/asked-questions.js';

function clock(start = 1_800_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('remembered questions', () => {
  it('finds a question by its key until it expires', () => {
    const time = clock();
    const asked = createAskedQuestions({ now: time.now, ttlMs: 60_000 });
    const key = asked.remember('Why did Russia turn to China?', '111111111111111111');
    expect(key).toMatch(/^[a-z0-9]{1,16}$/);
    time.advance(59_999);
    expect(asked.recall(key)?.question).toBe('Why did Russia turn to China?');
    time.advance(1);
    expect(asked.recall(key)).toBeUndefined();
  });

  it('does not know a key it never gave out (a button from before a restart)', () => {
    expect(createAskedQuestions({ now: Date.now }).recall('abc123')).toBeUndefined();
  });

  it('forgets the least recently used question when full', () => {
    const time = clock();
    let counter = 0;
    const asked = createAskedQuestions({ now: time.now, capacity: 2, newKey: () => `k${(counter += 1)}` });
    const first = asked.remember('first', 'u');
    const second = asked.remember('second', 'u');
    asked.recall(first);
    asked.remember('third', 'u');
    expect(asked.recall(second)).toBeUndefined();
    expect(asked.recall(first)?.question).toBe('first');
    expect(asked.size).toBe(2);
  });
});
