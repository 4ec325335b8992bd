// Discord refusing an interaction's answer: already acknowledged (40060), unknown because too
// late (10062), and missing permissions (50013) when a debate's thread is opened. The bot makes
// one attempt, logs it once, tells the user when someone can act on it, and the next command works.
import { describe, expect, it } from 'vitest';
import { DiscordErrors, embedsOf } from '../support/fake-discord/index.js';
import { isEphemeral } from '../discord/bot-harness.js';
import { THREAD_FROM_MESSAGE, callbackAttempts, callbackOf, errorOf, expectStillAnswering, interactionLine, problems, startBot } from './fault-harness.js';

describe('an interaction Discord will not take an answer for', () => {
  it('already acknowledged (40060): one attempt, one warning, and the student’s next /ask works', async () => {
    const h = await startBot();
    const student = h.discord.users.student(1);
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?' }, user: student });
    // As when another running copy of the bot answered it first: every callback is refused.
    const refused = h.discord.failNext({ path: callbackOf(ask), ...DiscordErrors.AlreadyAcknowledged, times: 3 });
    const line = await interactionLine(h, 'ask', 'error');
    await h.discord.waitForQuiet();
    expect(refused.hits).toBe(1);
    expect(callbackAttempts(h, ask)).toBe(1);
    const [warning, ...more] = problems(h);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ level: 40, msg: 'interaction can no longer be answered', command: 'ask', ref: line['ref'] });
    expect(errorOf(warning!).code).toBe(40060);

    const again = await h.discord.sendCommand({ name: 'ask', options: { question: 'Why did Russia move closer to China?' }, user: student }).waitForReply();
    expect(embedsOf(again).length).toBeGreaterThan(0);
  });

  it('acknowledged too late (10062 past Discord’s 3 s): no retry storm, one warning, the bot answers on', async () => {
    const h = await startBot();
    const passage = h.discord.sendCommand({ name: 'passage', options: { number: 4 } });
    // The callback reaches Discord 3.5 s after the interaction: the fake refuses it as Discord does.
    h.discord.failNext({ path: callbackOf(passage), delayMs: 3500 });
    const line = await interactionLine(h, 'passage', 'error', { timeoutMs: 15_000 });
    await h.discord.waitForQuiet({ quietMs: 500 });
    expect(passage.callback).toBeUndefined();
    expect(h.discord.requests.filter((request) => request.path.includes(passage.token))).toHaveLength(1);
    const [warning, ...more] = problems(h);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ level: 40, msg: 'interaction can no longer be answered', command: 'passage', ref: line['ref'] });
    expect(errorOf(warning!).code).toBe(10062);
    await expectStillAnswering(h);
  });
});

// The bot's role lacking Create Public Threads, seen in its cache, is tested in
// tests/commands/debate-moderation.test.ts ("opening without the thread permission"). Here
// Discord refuses with 50013 although the cache shows every permission (a channel override the
// bot was never told about): the moderator is still told what the bot needs.
describe('missing permissions (50013) when opening a debate thread', () => {
  it('tells the moderator which permissions the bot needs, leaves nothing behind, and opens once allowed', async () => {
    const h = await startBot();
    const teacher = h.discord.users.teacher;
    const debates = h.discord.guild.channels['debates']!;
    const refused = h.discord.failNext({ method: 'POST', path: THREAD_FROM_MESSAGE, ...DiscordErrors.MissingPermissions });
    const open = () => h.discord.sendCommand({ name: 'moderate', subcommand: 'open', user: teacher, channelId: debates, options: { motion: 'china-reliable-partner' } }).waitForReply();

    const notice = await open();
    expect(refused.hits).toBe(1);
    expect(isEphemeral(notice)).toBe(true);
    expect(notice.content).toMatch(new RegExp(`^I cannot open a thread for the debate in <#${debates}>: I am missing .*\\*\\*Create Public Threads\\*\\*`));
    expect(h.discord.threads).toEqual([]);
    expect(h.discord.channelMessages(debates)).toEqual([]);
    await interactionLine(h, 'moderate', 'refused');
    // The moderator, who can fix it, is told; nothing for an operator to be alerted about.
    expect(problems(h)).toEqual([]);

    expect((await open()).content).toMatch(/^Debate opened in <#\d+>\./);
    expect(h.discord.threads).toHaveLength(1);
  });
});
