// Discord's REST API on a bad day: bursts of 429s with Retry-After, 500s (one, then more than
// discord.js's three retries), and a call that takes 2 s. Each time the student still gets an
// answer — the real one, or a private "Something went wrong (ref …)" — inside Discord's 3 s
// (the fake refuses a later callback with 10062), the fault is logged once, and the next
// command works.
import { describe, expect, it } from 'vitest';
import { somethingWentWrong } from '../../src/discord/router.js';
import { DiscordErrors, embedsOf } from '../support/fake-discord/index.js';
import { isEphemeral } from '../discord/bot-harness.js';
import { CALLBACK, ORIGINAL, callbackAttempts, callbackOf, errorOf, expectStillAnswering, interactionLine, linesSaying, problems, startBot } from './fault-harness.js';

/** Three 429s in a row: 3 × (0.3 s + discord.js's 50 ms offset) keeps a callback well inside 3 s. */
const BURST = { status: 429, retryAfterSeconds: 0.3, times: 3 } as const;

describe('a burst of 429s', () => {
  it('on the interaction callback: waited out, the answer arrives, one warning for the burst', async () => {
    const h = await startBot();
    const fault = h.discord.failNext({ method: 'POST', path: CALLBACK, ...BURST });
    const passage = h.discord.sendCommand({ name: 'passage', options: { number: 3 } });
    expect(embedsOf(await passage.waitForReply())[0]?.title?.startsWith('¶3 ')).toBe(true);
    expect(fault.hits).toBe(3);
    expect(callbackAttempts(h, passage)).toBe(4);
    await interactionLine(h, 'passage', 'ok');
    expect(problems(h)).toMatchObject([{ msg: 'rate limited', route: '/interactions/:id/:token/callback', method: 'POST' }]);
    expect(linesSaying(h, 'still rate limited')).toHaveLength(2);
    await expectStillAnswering(h);
  });

  it('on the edit that answers a deferred /ask: the answer replaces "thinking…", one warning', async () => {
    const h = await startBot();
    const fault = h.discord.failNext({ method: 'PATCH', path: ORIGINAL, ...BURST });
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?' } });
    const answer = await ask.waitForReply();
    expect(ask.callback?.type).toBe(5);
    expect(embedsOf(answer).length).toBeGreaterThan(0);
    expect(fault.hits).toBe(3);
    await interactionLine(h, 'ask', 'ok');
    expect(problems(h)).toMatchObject([{ msg: 'rate limited', route: '/webhooks/:id/:token/messages/%40original', method: 'PATCH' }]);
    await expectStillAnswering(h);
  });
});

describe('500 Internal Server Error', () => {
  it('once: discord.js retries it and the student sees nothing wrong', async () => {
    const h = await startBot();
    const fault = h.discord.failNext({ method: 'POST', path: CALLBACK, ...DiscordErrors.ServerError });
    const passage = h.discord.sendCommand({ name: 'passage', options: { number: 5 } });
    expect(embedsOf(await passage.waitForReply())[0]?.title?.startsWith('¶5 ')).toBe(true);
    expect(fault.hits).toBe(1);
    expect(callbackAttempts(h, passage)).toBe(2);
    await interactionLine(h, 'passage', 'ok');
    // A retried 500 never reaches the bot: nothing to alert anyone about.
    expect(problems(h)).toEqual([]);
    await expectStillAnswering(h);
  });

  it('past discord.js’s 3 retries on the callback: one error line, and the student told with its ref', async () => {
    const h = await startBot();
    // The first attempt and its three retries fail; Discord is back for the error notice.
    const fault = h.discord.failNext({ method: 'POST', path: CALLBACK, ...DiscordErrors.ServerError, times: 4 });
    const passage = h.discord.sendCommand({ name: 'passage', options: { number: 5 } });
    const notice = await passage.waitForReply();
    expect(fault.hits).toBe(4);
    expect(isEphemeral(notice)).toBe(true);
    const ref = /\(ref ([0-9a-f]{6})\)/.exec(notice.content)?.[1] ?? '';
    expect(notice.content).toBe(somethingWentWrong(ref));
    expect(await interactionLine(h, 'passage', 'error')).toMatchObject({ ref });
    const [line, ...more] = problems(h);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 50, msg: 'interaction handler failed', ref, command: 'passage' });
    expect(errorOf(line!).status).toBe(500);
    await expectStillAnswering(h);
  });

  it('past the retries on the edit of a deferred /ask: the placeholder becomes the error notice', async () => {
    const h = await startBot();
    const fault = h.discord.failNext({ method: 'PATCH', path: ORIGINAL, ...DiscordErrors.ServerError, times: 4 });
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?' } });
    const notice = await ask.waitForReply();
    expect(fault.hits).toBe(4);
    expect(isEphemeral(notice)).toBe(true);
    expect(notice.content).toMatch(/^Something went wrong \(ref [0-9a-f]{6}\)\./);
    await interactionLine(h, 'ask', 'error');
    expect(problems(h)).toMatchObject([{ level: 50, msg: 'interaction handler failed', command: 'ask' }]);
    await expectStillAnswering(h);
  });
});

describe('a REST call that takes 2 s', () => {
  it('on the /ask deferral: acknowledged in time, answered, and no other student waits behind it', async () => {
    const h = await startBot();
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'Why did Russia move closer to China?' } });
    const slow = h.discord.failNext({ method: 'POST', path: callbackOf(ask), delayMs: 2000 });
    const other = h.discord.sendCommand({ name: 'passage', options: { number: 9 }, user: h.discord.users.student(3) });
    // Interaction callbacks are not queued behind one another (discord.js's burst handler), so
    // the other student's answer lands while the slow callback is still held by Discord.
    expect(embedsOf(await other.waitForReply())[0]?.title?.startsWith('¶9 ')).toBe(true);
    expect(ask.callback).toBeUndefined();
    const answer = await ask.waitForReply({ timeoutMs: 10_000 });
    expect(slow.hits).toBe(1);
    // A deferral, accepted: the fake refuses (10062) any callback later than 3 s.
    expect(ask.callback?.type).toBe(5);
    expect(embedsOf(answer).length).toBeGreaterThan(0);
    await interactionLine(h, 'ask', 'ok');
    expect(problems(h)).toEqual([]);
    await expectStillAnswering(h);
  });

  it('on the edit that answers a deferred /ask: the answer arrives, nothing logged as a problem', async () => {
    const h = await startBot();
    const slow = h.discord.failNext({ method: 'PATCH', path: ORIGINAL, delayMs: 2000 });
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?' } });
    expect(embedsOf(await ask.waitForReply({ timeoutMs: 10_000 })).length).toBeGreaterThan(0);
    expect(slow.hits).toBe(1);
    await interactionLine(h, 'ask', 'ok');
    expect(problems(h)).toEqual([]);
    await expectStillAnswering(h);
  });
});
