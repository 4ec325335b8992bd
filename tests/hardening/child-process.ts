// Starts a built entry point (dist/src/*.js) as a child process with only the variables given, in
// an empty folder (no stray .env), and collects everything it prints; every wait is bounded and
// the child is killed at cleanup if the test did not stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const distScript = (name: string): string => path.join(PROJECT_ROOT, 'dist/src', name);

export interface Child {
  readonly process: ChildProcess;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal); rejects after `timeoutMs`. */
  exited(timeoutMs: number): Promise<number | null>;
  /** SIGKILL if still running (for cleanup). */
  kill(): void;
}

const emptyFolder = mkdtempSync(path.join(tmpdir(), 'essay-hardening-'));

export function startChild(args: readonly string[], env: Readonly<Record<string, string>>, input = ''): Child {
  const child = spawn(process.execPath, args, { cwd: emptyFolder, env: { ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    output += chunk;
  });
  child.stdin.on('error', () => undefined); // it may exit before reading its input
  child.stdin.end(input);
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return {
    process: child,
    output: () => output,
    stdout: () => stdout,
    stderr: () => stderr,
    exited(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`node ${args.join(' ').slice(0, 80)} did not exit within ${timeoutMs} ms; output:\n${output.slice(-2000)}`)), timeoutMs);
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Runs to completion (bounded) and returns the exit code and what was printed. */
export async function runChild(args: readonly string[], env: Readonly<Record<string, string>>, input = '', timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startChild(args, env, input);
  try {
    const code = await child.exited(timeoutMs);
    return { code, stdout: child.stdout(), stderr: child.stderr() };
  } finally {
    child.kill();
  }
}
