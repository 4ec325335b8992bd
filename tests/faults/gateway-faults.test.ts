// The gateway drops and Discord ends the session: close 4000, an abnormal close (1006, no close
// frame), and an invalid session, resumable or not. The bot comes back on its own, logs each
// drop once (at info: nobody needs waking for it), and the class keeps getting answers.
import { describe, expect, it } from 'vitest';
import { expectStillAnswering, linesSaying, problems, startBot } from './fault-harness.js';
import { embedsOf } from '../support/fake-discord/index.js';

describe('when the gateway connection drops', () => {
  it('resumes after close 4000 and answers the question asked while it was away', async () => {
    const h = await startBot();
    h.discord.closeGateway(4000);
    // Sent while the socket is down: Discord replays it on RESUME, and the 3 s still count.
    const during = h.discord.sendCommand({ name: 'passage', options: { number: 12 } });
    await h.discord.waitForResume();
    expect(embedsOf(await during.waitForReply())[0]?.title?.startsWith('¶12 ')).toBe(true);
    await expectStillAnswering(h);
    expect(h.discord.identifyCount).toBe(1);
    expect(linesSaying(h, 'gateway reconnecting')).toHaveLength(1);
    const resumed = linesSaying(h, 'gateway resumed');
    expect(resumed).toHaveLength(1);
    expect(resumed[0]?.['replayed']).toBeGreaterThanOrEqual(1);
    expect(problems(h)).toEqual([]);
  });

  it('resumes after an abnormal close (1006) and keeps answering', async () => {
    const h = await startBot();
    h.discord.closeGateway(1006);
    await h.discord.waitForResume();
    await expectStillAnswering(h);
    expect(h.discord.identifyCount).toBe(1);
    expect(h.discord.gatewayConnections.map((connection) => connection.path)).toEqual(['/gateway', '/gateway-resume']);
    expect(linesSaying(h, 'gateway reconnecting')).toHaveLength(1);
    expect(linesSaying(h, 'gateway resumed')).toHaveLength(1);
    expect(problems(h)).toEqual([]);
  });
});

describe('when Discord invalidates the session', () => {
  it('resumes a resumable session without identifying again', async () => {
    const h = await startBot();
    h.discord.invalidateSession(true);
    await h.discord.waitForResume();
    await expectStillAnswering(h);
    expect(h.discord.identifyCount).toBe(1);
    // discord.js resumes on the same socket: no reconnect, one line for the event.
    expect(linesSaying(h, 'gateway reconnecting')).toEqual([]);
    expect(linesSaying(h, 'gateway resumed')).toHaveLength(1);
    expect(problems(h)).toEqual([]);
  });

  it('identifies again after a session that cannot be resumed, and keeps answering', async () => {
    const h = await startBot();
    h.discord.invalidateSession(false);
    // discord.js throttles a second IDENTIFY within 5 s of the first: this takes about 6 s.
    await h.discord.waitForReady({ identifies: 2, timeoutMs: 20_000 });
    await expectStillAnswering(h);
    expect(h.discord.resumeCount).toBe(0);
    expect(linesSaying(h, 'gateway reconnecting')).toHaveLength(1);
    expect(problems(h)).toEqual([]);
  }, 30_000);
});
