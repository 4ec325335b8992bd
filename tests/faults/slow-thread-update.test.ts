// A moderator's pause or resume changes the thread through Discord's REST API. When that call is
// slow, the command must still be acknowledged inside Discord's 3 seconds.
import { afterEach, describe, expect, it } from 'vitest';
import { isEphemeral, startDebateHarness, type DebateHarness } from '../commands/debate-harness.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('a slow thread update', () => {
  it('still acknowledges /moderate pause and resume in time, and says what happened', async () => {
    // The fake refuses any first response later than 3 s, as Discord does.
    h = await startDebateHarness({ ackDeadlineMs: 3000 });
    const { discord } = h;
    const teacher = discord.users.teacher;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(opened.content)?.[1] ?? '';

    for (const sub of ['pause', 'resume'] as const) {
      discord.failNext({ method: 'PATCH', path: new RegExp(`^/channels/${threadId}$`), delayMs: 3500 });
      const answer = await discord
        .sendCommand({ name: 'moderate', subcommand: sub, user: teacher, channelId: threadId })
        .waitForReply({ timeoutMs: 15_000, until: (message) => message.content !== '' });
      expect(isEphemeral(answer)).toBe(false);
      expect(answer.content).toMatch(sub === 'pause' ? /^⏸️ The debate is paused/ : /^▶️ The debate has resumed/);
      expect(discord.channel(threadId)?.locked).toBe(sub === 'pause');
    }
    expect(discord.requests.filter((r) => r.status === 404 && r.path.includes('/interactions/'))).toEqual([]);
  }, 60_000);
});
