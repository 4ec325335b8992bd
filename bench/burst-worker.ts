// Child process for section 4, the bot under a burst: the fake Discord (gateway + REST on
// 127.0.0.1, Discord's 3-second acknowledgement rule enforced) runs here; the bot runs as in
// production, `node dist/src/index.js` in its own process (the real discord.js client), so the
// fake's work does not count as the bot's. 40 students each send 5 `/ask` at once; measures
// dispatch -> first callback for each of the 200 interactions. Prints one JSON line.
// Usage: burst-worker.js [bot|floor] — `floor` bursts floor-client.js (no work) instead of the bot.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../commands/index.js';
import { loadConfig } from '../src/config.js';
import { deployCommands } from '../src/discord/deploy.js';
import { createSilentLogger } from '../src/logger.js';
import { startFakeDiscord, type FakeInteraction } from '../tests/support/fake-discord/index.js';
import type { BurstMeasurement } from './burst-types.js';
import { nowMs, percentile } from './stats.js';
import { REPO_ROOT } from './versions.js';

export const STUDENTS = 40;
export const QUESTIONS_EACH = 5;
const DEADLINE_MS = 3000;
// Bounded: a callback that has not come 10 s after the burst is counted as lost.
const WAIT_MS = 10_000;
const SCRIPTS = {
  bot: path.join(REPO_ROOT, 'dist', 'src', 'index.js'),
  floor: path.join(REPO_ROOT, 'dist', 'bench', 'floor-client.js'),
} as const;

/** Stops the bot as a process manager would (SIGTERM, a graceful drain), SIGKILL after 10 s. */
function stopBot(bot: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (bot.exitCode !== null || bot.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => bot.kill('SIGKILL'), 10_000);
    bot.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    bot.kill('SIGTERM');
  });
}

function questions(): string[] {
  return ['tests/fixtures/dev-questions.json', 'tests/fixtures/dev-questions-hard.json'].flatMap((file) =>
    (JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as { question: string }[]).map((q) => q.question),
  );
}

async function main(): Promise<void> {
  const target = process.argv[2] === 'floor' ? 'floor' : 'bot';
  const asked = questions();
  const discord = await startFakeDiscord({ students: STUDENTS, ackDeadlineMs: DEADLINE_MS });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'essay-circle-bench-bot-'));
  try {
    const env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
      DATA_DIR: dataDir,
      CORPUS_DIR: path.join(REPO_ROOT, 'corpus'),
      LOG_LEVEL: 'warn',
    };
    await deployCommands(loadConfig(env), commands.map((command) => command.data), createSilentLogger());
    let botLog = '';
    const bot = spawn(process.execPath, [SCRIPTS[target]], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    bot.stderr?.setEncoding('utf8').on('data', (chunk: string) => (botLog = (botLog + chunk).slice(-2000)));
    try {
      await discord.waitForReady({ timeoutMs: 30_000 }).catch((err: unknown) => {
        throw new Error(`the bot did not connect: ${err instanceof Error ? err.message : String(err)}; its log: ${botLog.trim().slice(-300)}`);
      });
      // A bot in class has answered before: one question from the teacher warms it up.
      await discord.sendCommand({ name: 'ask', options: { question: 'What is the essay about?' }, user: discord.users.teacher }).waitForReply({ timeoutMs: 15_000 });

      const start = nowMs();
      const burst: FakeInteraction[] = [];
      for (let q = 0; q < QUESTIONS_EACH; q++) {
        for (let s = 1; s <= STUDENTS; s++) {
          const question = asked[((s - 1) * QUESTIONS_EACH + q) % asked.length] ?? 'Why?';
          burst.push(discord.sendCommand({ name: 'ask', options: { question }, user: discord.users.student(s) }));
        }
      }
      const callbacks = await Promise.allSettled(burst.map((interaction) => interaction.waitForCallback({ timeoutMs: WAIT_MS })));
      const wallMs = nowMs() - start;
      const delays = callbacks.flatMap((c) => (c.status === 'fulfilled' ? [c.value.delayMs] : []));
      const result: BurstMeasurement = {
        students: STUDENTS,
        questionsEach: QUESTIONS_EACH,
        interactions: burst.length,
        acknowledged: delays.length,
        lost: burst.length - delays.length,
        over3s: burst.length - delays.filter((d) => d <= DEADLINE_MS).length,
        firstCallbackP50Ms: percentile(delays, 50),
        firstCallbackP99Ms: percentile(delays, 99),
        firstCallbackMaxMs: percentile(delays, 100),
        wallMs,
      };
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } finally {
      await stopBot(bot);
    }
  } finally {
    await discord.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
