// Runs a bench worker in a child process (its own heap, --expose-gc) and reads back the one JSON
// line it prints last; a worker that fails or overruns its time budget becomes an error result.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export type ChildResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Runs dist/bench/<script> with args; resolves with the parsed last stdout line. */
export function runWorker<T>(script: string, args: readonly string[], timeoutMs: number): Promise<ChildResult<T>> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(HERE, script), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last !== '') {
        try {
          resolve({ ok: true, value: JSON.parse(last) as T });
          return;
        } catch {
          // fall through: report the unparsable output as the error
        }
      }
      const why = signal === 'SIGKILL' ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exit ${code ?? signal}`;
      const detail = stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300);
      resolve({ ok: false, error: `${script} ${args.join(' ')}: ${why}${detail ? `: ${detail}` : ''}` });
    });
  });
}
