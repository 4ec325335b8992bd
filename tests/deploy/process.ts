// Spawns a command in a folder with only the variables given, collects what it prints, and bounds
// every wait; the whole process group is killed at cleanup if the test did not stop it.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Running {
  readonly child: ChildProcess;
  output(): string;
  stdout(): string;
  /** Resolves with how it ended once every process holding its pipes is gone; rejects after timeoutMs. */
  exited(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL to its process group, if still running. */
  kill(): void;
}

export function run(command: string, args: readonly string[], options: { cwd: string; env: Record<string, string>; input?: string }): Running {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    output: () => output,
    stdout: () => stdout,
    exited(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} did not exit within ${timeoutMs} ms; output:\n${output.slice(-3000)}`)), timeoutMs);
      });
      return Promise.race([closed, timeout]).finally(() => clearTimeout(timer));
    },
    kill() {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
}
