import { describe, expect, it } from 'vitest';
import { createCooldowns } from '../../src/discord/cooldowns.js';

describe('cooldowns', () => {
  it('allows five questions per 30 seconds per student, then says when to retry', () => {
    let time = 1_000_000;
    const cooldowns = createCooldowns(() => time);
    for (let n = 0; n < 5; n += 1) {
      expect(cooldowns.take('ask', 'alice')).toEqual({ allowed: true });
      time += 1000;
    }
    expect(cooldowns.take('ask', 'alice')).toEqual({ allowed: false, retryAt: 1_000_000 + 30_000 });
    expect(cooldowns.take('ask', 'bob')).toEqual({ allowed: true });
    time = 1_000_000 + 30_000;
    expect(cooldowns.take('ask', 'alice')).toEqual({ allowed: true });
  });

  it('refuses a bucket it has no rule for, naming it', () => {
    expect(() => createCooldowns(() => 0).take('cite', 'alice')).toThrow(/cite/);
  });
});
