// Section 2, cold start: time from spawning a process to the first answer on stdout of a one-shot
// `node dist/src/cli.js ask "…"`, against spawning bare `node -e ''` to its exit. Runs alternate
// (cli, bare, cli, bare, …) so machine noise hits both alike; medians are reported.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, nowMs } from './stats.js';
import { REPO_ROOT } from './versions.js';

export interface StartupMeasurement {
  readonly runs: number;
  readonly question: string;
  readonly bareNodeMs: number;
  readonly cliFirstAnswerMs: number;
  readonly cliExitMs: number;
  /** cliFirstAnswerMs - bareNodeMs (medians). */
  readonly overheadMs: number;
}

export type StartupResult = { readonly kind: 'measured'; readonly value: StartupMeasurement } | { readonly kind: 'not-measured'; readonly reason: string };

export const CLI_SCRIPT = path.join(REPO_ROOT, 'dist', 'src', 'cli.js');

interface Timing {
  readonly firstOutputMs: number;
  readonly exitMs: number;
  readonly code: number | null;
  readonly stderr: string;
}

const RUN_TIMEOUT_MS = 30_000;

function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Timing> {
  return new Promise((resolve) => {
    const start = nowMs();
    let firstOutputMs = Number.NaN;
    let stderr = '';
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', () => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = nowMs() - start;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ firstOutputMs, exitMs: nowMs() - start, code, stderr });
    });
  });
}

export async function measureStartup(runs: number, question: string): Promise<StartupResult> {
  if (!existsSync(CLI_SCRIPT)) return { kind: 'not-measured', reason: `${path.relative(REPO_ROOT, CLI_SCRIPT)} does not exist in this build` };
  // No Discord token and quiet logs: the one-shot command needs neither. A DATA_DIR of its own,
  // so the figure does not depend on what the developer's data folder holds.
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'essay-bench-cli-')), 'data');
  const env = { ...process.env, CORPUS_DIR: path.join(REPO_ROOT, 'corpus'), DATA_DIR: dataDir, LOG_LEVEL: 'silent', DISCORD_TOKEN: '' };
  const cliArgs = [CLI_SCRIPT, 'ask', question];
  const bareArgs = ['-e', ''];
  // One unmeasured run each warms the file-system cache and saves the reading's analysis in
  // DATA_DIR, as any second run would find them.
  const warm = await timeProcess(cliArgs, env);
  if (warm.code !== 0 || Number.isNaN(warm.firstOutputMs)) {
    return { kind: 'not-measured', reason: `cli ask failed (exit ${warm.code}): ${warm.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 200)}` };
  }
  await timeProcess(bareArgs, env);
  const cli: Timing[] = [];
  const bare: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    cli.push(await timeProcess(cliArgs, env));
    bare.push(await timeProcess(bareArgs, env));
  }
  const bareNodeMs = median(bare.map((t) => t.exitMs));
  const cliFirstAnswerMs = median(cli.map((t) => t.firstOutputMs));
  return {
    kind: 'measured',
    value: {
      runs,
      question,
      bareNodeMs,
      cliFirstAnswerMs,
      cliExitMs: median(cli.map((t) => t.exitMs)),
      overheadMs: cliFirstAnswerMs - bareNodeMs,
    },
  };
}
