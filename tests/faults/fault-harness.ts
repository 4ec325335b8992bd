// Shared pieces of the fault tests: the real bot against the fake Discord (tests/discord's
// harness, logs captured), the REST paths faults are aimed at, and the three checks every fault
// must pass — the bot still answers, it logged the fault once, and the user was told.
import { afterEach, expect } from 'vitest';
import type { FakeInteraction, WaitOptions } from '../support/fake-discord/index.js';
import { startBotHarness, type BotHarness, type BotHarnessOptions, type LogLine } from '../discord/bot-harness.js';
import { embedsOf } from '../support/fake-discord/index.js';

/** Any interaction's callback (`POST /interactions/ID/TOKEN/callback`). */
export const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
/** Any edit of an interaction's first response (`PATCH /webhooks/APP/TOKEN/messages/@original`). */
export const ORIGINAL = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
/** Starting a thread from a message (how /moderate open makes the debate's thread). */
export const THREAD_FROM_MESSAGE = /^\/channels\/\d+\/messages\/\d+\/threads$/;

/** The callback path of one interaction, for a fault aimed at it alone. */
export const callbackOf = (interaction: FakeInteraction): string => `/interactions/${interaction.id}/${interaction.token}/callback`;

const running: BotHarness[] = [];

/**
 * Starts the bot; it is stopped after each test of the file that imports this module (the hook
 * below is registered in that file). Discord's 3-second rule is enforced by the fake.
 */
export async function startBot(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const harness = await startBotHarness(options);
  running.push(harness);
  return harness;
}

afterEach(async () => {
  for (const harness of running.splice(0)) await harness.stop();
});

const WARN = 40;

/** Every line at warn level or above: what an operator would be alerted by. */
export function problems(h: BotHarness): LogLine[] {
  return h.logs.filter((line) => (line.level ?? 0) >= WARN);
}

/** The Discord error code or HTTP status carried by a logged `err`. */
export function errorOf(line: LogLine): { code?: unknown; status?: unknown } {
  const err = line['err'];
  return typeof err === 'object' && err !== null ? (err as { code?: unknown; status?: unknown }) : {};
}

/** Lines with this message. */
export function linesSaying(h: BotHarness, msg: string): LogLine[] {
  return h.logs.filter((line) => line.msg === msg);
}

/**
 * Waits for the router's one line about an interaction of `command` with this outcome (it is
 * written after the reply reaches Discord, so a test that saw the reply must still wait for it).
 */
export function interactionLine(h: BotHarness, command: string, outcome: string, options: WaitOptions = {}): Promise<LogLine> {
  return h.discord.waitFor(
    () => h.logs.find((line) => line.msg === 'interaction' && line['command'] === command && line['outcome'] === outcome),
    `the log line of /${command} with outcome ${outcome}`,
    options,
  );
}

/** The bot survived: a student's next command gets its normal answer. */
export async function expectStillAnswering(h: BotHarness): Promise<void> {
  const reply = await h.discord.sendCommand({ name: 'passage', options: { number: 7 }, user: h.discord.users.student(2) }).waitForReply();
  expect(embedsOf(reply)[0]?.title?.startsWith('¶7 ')).toBe(true);
}

/** How many times the bot called this interaction's callback endpoint (answered or refused). */
export function callbackAttempts(h: BotHarness, interaction: FakeInteraction): number {
  return h.discord.requests.filter((request) => request.path === callbackOf(interaction)).length;
}
