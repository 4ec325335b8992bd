import { describe, expect, it } from 'vitest';
import { cooldownNotice, createCooldowns, DEFAULT_COOLDOWN_RULES, type CooldownAction } from '../../src/discord/cooldowns.js';

const GUILD = '900000000000000001';
const OTHER_GUILD = '900000000000000002';
const alice = { userId: 'alice', guildId: GUILD };
const bob = { userId: 'bob', guildId: GUILD };

function clockAt(start: number) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms), set: (ms: number) => void (time = ms) };
}

describe('cooldowns', () => {
  it('allows five questions per 30 seconds per student, then says when to retry', () => {
    const clock = clockAt(1_000_000);
    const cooldowns = createCooldowns(clock.now);
    for (let n = 0; n < 5; n += 1) {
      expect(cooldowns.take('ask', alice)).toEqual({ allowed: true });
      clock.advance(1000);
    }
    expect(cooldowns.take('ask', alice)).toEqual({ allowed: false, retryAt: 1_000_000 + 30_000, scope: 'user' });
    expect(cooldowns.take('ask', bob)).toEqual({ allowed: true });
    clock.set(1_000_000 + 30_000);
    expect(cooldowns.take('ask', alice)).toEqual({ allowed: true });
  });

  it('caps a whole server, leaving other servers and DMs alone', () => {
    const clock = clockAt(2_000_000);
    const cooldowns = createCooldowns(clock.now, {
      ...DEFAULT_COOLDOWN_RULES,
      cite: { perUser: { limit: 10, windowMs: 60_000 }, perServer: { limit: 3, windowMs: 60_000 } },
    });
    for (const userId of ['a', 'b', 'c']) expect(cooldowns.take('cite', { userId, guildId: GUILD })).toEqual({ allowed: true });
    expect(cooldowns.take('cite', { userId: 'd', guildId: GUILD })).toEqual({ allowed: false, retryAt: 2_000_000 + 60_000, scope: 'server' });
    expect(cooldowns.take('cite', { userId: 'd', guildId: OTHER_GUILD })).toEqual({ allowed: true });
    expect(cooldowns.take('cite', { userId: 'd', guildId: null })).toEqual({ allowed: true });
  });

  it('names the limit that clears last when a student meets both', () => {
    const clock = clockAt(0);
    const cooldowns = createCooldowns(clock.now, {
      ...DEFAULT_COOLDOWN_RULES,
      propose: { perUser: { limit: 1, windowMs: 10_000 }, perServer: { limit: 2, windowMs: 50_000 } },
    });
    cooldowns.take('propose', { userId: 'other', guildId: GUILD });
    clock.advance(1000);
    cooldowns.take('propose', alice);
    expect(cooldowns.take('propose', alice)).toEqual({ allowed: false, retryAt: 50_000, scope: 'server' });
  });

  it('counts only what is recorded: a check alone costs nothing', () => {
    const cooldowns = createCooldowns(() => 5_000);
    for (let n = 0; n < 10; n += 1) expect(cooldowns.check('cite', alice)).toEqual({ allowed: true });
    for (let n = 0; n < DEFAULT_COOLDOWN_RULES.cite.perUser.limit; n += 1) cooldowns.record('cite', alice);
    expect(cooldowns.check('cite', alice)).toMatchObject({ allowed: false, scope: 'user' });
    expect(cooldowns.check('cite', bob)).toEqual({ allowed: true });
  });

  it('keeps each action apart: questions do not use up citations', () => {
    const cooldowns = createCooldowns(() => 0);
    for (let n = 0; n < 5; n += 1) cooldowns.take('ask', alice);
    expect(cooldowns.take('ask', alice).allowed).toBe(false);
    expect(cooldowns.take('cite', alice).allowed).toBe(true);
    expect(cooldowns.take('propose', alice).allowed).toBe(true);
  });

  it('has a per-user and a per-server limit for every action, the server’s at least as generous', () => {
    for (const action of ['ask', 'cite', 'propose', 'record', 'feedback', 'teacher', 'digest'] as const satisfies readonly CooldownAction[]) {
      const { perUser, perServer } = DEFAULT_COOLDOWN_RULES[action];
      expect(perUser.limit).toBeGreaterThan(0);
      expect(perServer.limit).toBeGreaterThan(perUser.limit);
    }
  });

  it('sets the server’s cap on questions against raids only: above 40 students each at their own limit', () => {
    const { perUser, perServer } = DEFAULT_COOLDOWN_RULES.ask;
    expect(perServer.windowMs).toBe(perUser.windowMs);
    expect(perServer.limit).toBeGreaterThanOrEqual(40 * perUser.limit);
  });

  it('says privately whose limit it is and when to try again, as a Discord relative time', () => {
    expect(cooldownNotice('ask', { retryAt: 1_700_000_000_500, scope: 'user' })).toBe("You're asking quickly: this is your own limit of 5 questions per 30 s. Try again <t:1700000001:R>.");
    expect(cooldownNotice('ask', { retryAt: 1_700_000_000_000, scope: 'server' })).toBe(
      'The class is asking quickly: this is the server’s limit of 200 questions per 30 s for everyone together, not yours. Try again <t:1700000000:R>.',
    );
    expect(cooldownNotice('cite', { retryAt: 1_000, scope: 'user' })).toBe("You're citing quickly: this is your own limit of 3 citations per 30 s. Try again <t:1:R>.");
    expect(cooldownNotice('propose', { retryAt: 1_000, scope: 'server' })).toBe('Many motions were proposed here just now: this is the server’s limit of 10 proposals per 10 min for everyone together, not yours. Try again <t:1:R>.');
  });
});
