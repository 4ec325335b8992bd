// The bot as a whole against the fake Discord: its error boundary, gateway drops, rate limits,
// shutdown with work in flight, and buttons that outlive a restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answer-engine.js';
import { RESTARTING, startBot } from '../../src/bot.js';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { UNKNOWN_COMMAND } from '../../src/discord/router.js';
import { createSilentLogger } from '../../src/logger.js';
import { MessageFlagBits, embedsOf } from '../support/fake-discord/index.js';
import { button, essayEngine, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from './bot-harness.js';

const harnesses: BotHarness[] = [];
async function start(options: Parameters<typeof startBotHarness>[0] = {}): Promise<BotHarness> {
  const harness = await startBotHarness(options);
  harnesses.push(harness);
  return harness;
}
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
});

/** An engine whose search breaks: what a bug in a handler looks like from the router. */
function failingEngine(): AnswerEngine {
  return {
    corpus: essayEngine().corpus,
    answer() {
      throw new Error('index exploded');
    },
  };
}

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

describe('the error boundary', () => {
  it('tells the student "Something went wrong" with a ref, and logs the error with the same ref', async () => {
    const h = await start({ engine: failingEngine() });
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'Why?' } });
    const reply = await ask.waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    const ref = /^Something went wrong \(ref ([0-9a-f]{6})\)\. Please try again; if it keeps happening, tell your teacher\.$/.exec(reply.content)?.[1];
    expect(ref).toBeDefined();
    const line = h.logs.find((entry) => entry['ref'] === ref && entry['err'] !== undefined);
    expect(line).toMatchObject({ level: 50, command: 'ask', err: { message: 'index exploded' } });
    const summary = await h.discord.waitFor(() => h.logs.find((entry) => entry.msg === 'interaction' && entry['ref'] === ref), 'the interaction line');
    expect(summary).toMatchObject({ command: 'ask', outcome: 'error' });
  });

  it('keeps a public request’s failure private and removes the public placeholder', async () => {
    const h = await start({ engine: failingEngine() });
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'Why?', private: false } });
    const [notice] = await ask.waitForFollowUps(1);
    expect(isEphemeral(notice!)).toBe(true);
    expect(notice!.content).toMatch(/^Something went wrong \(ref [0-9a-f]{6}\)/);
    await h.discord.waitFor(() => (ask.reply === undefined || ask.reply.deleted ? true : undefined), 'the placeholder to go');
  });
});

describe('routing', () => {
  it('answers a deployed command it does not handle, instead of letting it time out', async () => {
    const h = await start();
    await deployCommands(h.config, [...commands.map((command) => command.data), { name: 'ghost', description: 'Removed long ago' }], createSilentLogger());
    const reply = await h.discord.sendCommand({ name: 'ghost' }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe(UNKNOWN_COMMAND);
  });
});

describe('Discord on a bad day', () => {
  it('resumes after the gateway closes with 4000 and keeps answering', async () => {
    const h = await start();
    h.discord.closeGateway(4000);
    await h.discord.waitForResume();
    const reply = await h.discord.sendCommand({ name: 'help' }).waitForReply();
    expect(embedsOf(reply)[0]?.title).toBe('How to use this bot');
    expect(h.discord.identifyCount).toBe(1);
  });

  it('waits out a 429 on the interaction callback and still answers', async () => {
    const h = await start();
    const fault = h.discord.failNext({ method: 'POST', path: CALLBACK, status: 429, retryAfterSeconds: 0.3 });
    const reply = await h.discord.sendCommand({ name: 'passage', options: { number: 3 } }).waitForReply();
    expect(fault.hits).toBe(1);
    expect(embedsOf(reply)[0]?.title?.startsWith('¶3 ')).toBe(true);
  });

  it('answers through the interaction even when it may not post in the channel', async () => {
    const h = await start();
    h.discord.setBotPermissions(0n);
    const reply = await h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?', private: false } }).waitForReply();
    expect(isEphemeral(reply)).toBe(false);
    expect(h.discord.requests.filter((request) => request.path.startsWith('/channels/'))).toEqual([]);
  });
});

describe('stopping', () => {
  it('finishes an interaction in flight, declines new ones politely, then disconnects', async () => {
    const h = await start();
    // The answer's edit is slow: the bot is mid-interaction when asked to stop.
    h.discord.failNext({ method: 'PATCH', path: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, delayMs: 800 });
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?' } });
    // Not waitForRequest: that waits for a finished request, and this one must still be running.
    await h.discord.waitFor(() => (h.discord.requests.some((request) => request.method === 'PATCH') ? true : undefined), 'the slow edit to start');
    expect((ask.reply?.flags ?? 0) & MessageFlagBits.Loading).toBe(MessageFlagBits.Loading);
    const stopping = h.bot.stop();
    // Once the gateway has settled (interactions sent before the stop are still answered in full,
    // tests/e2e/sigterm-drain.test.ts), new ones are declined.
    await h.discord.waitFor(() => h.logs.find((line) => line.msg === 'stopping: finishing interactions in flight'), 'the bot to stop taking work');
    const late = h.discord.sendCommand({ name: 'help' });
    expect((await late.waitForReply()).content).toBe(RESTARTING);
    await stopping;
    const reply = ask.reply!;
    expect(reply.flags & MessageFlagBits.Loading).toBe(0);
    expect(embedsOf(reply).length).toBeGreaterThan(0);
    await h.discord.waitForDisconnect();
    await h.bot.stop(); // a second stop is harmless
  });

  it('answers a button from before a restart politely', async () => {
    const h = await start();
    const answer = await h.discord.sendCommand({ name: 'ask', options: { question: 'Why did Russia move closer to China?' } }).waitForReply();
    await h.bot.stop();
    await h.discord.waitForDisconnect();
    const again = await startBot({ config: h.config, engine: essayEngine(), log: createSilentLogger() });
    try {
      await h.discord.waitForReady({ identifies: 2 });
      const click = h.discord.clickButton({ message: answer, customId: button(answer, 'More passages') });
      const notice = await click.waitForReply();
      expect(isEphemeral(notice)).toBe(true);
      expect(notice.content).toBe('This answer has expired — please ask again with `/ask`.');
      const passage = await h.discord.sendCommand({ name: 'passage', options: { number: 2 } }).waitForReply();
      const next = h.discord.clickButton({ message: passage, customId: button(passage, 'Next') });
      expect((await next.waitForReply({ until: (m) => embedsOf(m)[0]?.title?.startsWith('¶3 ') === true })).id).toBe(passage.id);
    } finally {
      await again.stop();
    }
    expectNobodyPinged(h.discord);
  });
});
