// Runs the built command line (dist/src/cli.js) as a child process, the way a teacher's script
// would: in an empty working folder (so no stray .env is read), with only the variables given.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(PROJECT_ROOT, 'dist/src/cli.js');
export const ESSAY_CORPUS = path.join(PROJECT_ROOT, 'corpus');
export const FIXTURE_CORPUS = path.join(PROJECT_ROOT, 'tests/fixtures/cli-corpus');
export const BROKEN_CORPUS = path.join(FIXTURE_CORPUS, 'broken');

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Variables for the child; CORPUS_DIR defaults to the essay's corpus. Nothing is inherited. */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to the child's stdin, which is then closed. */
  readonly input?: string;
  /** Working folder (where .env is read from); an empty temporary folder by default. */
  readonly cwd?: string;
  /** Kill the child after this long: a hung CLI fails the test instead of hanging the run. */
  readonly timeoutMs?: number;
}

const emptyFolder = mkdtempSync(path.join(tmpdir(), 'essay-cli-'));

export function runNodeScript(args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? emptyFolder,
      env: { CORPUS_DIR: ESSAY_CORPUS, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node ${args.join(' ').slice(0, 80)} did not finish in ${options.timeoutMs ?? 20_000} ms; stderr: ${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined); // the child may exit before reading everything
    child.stdin.end(options.input ?? '');
  });
}

export function runCliProcess(args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return runNodeScript([CLI, ...args], options);
}

/** The lines a process wrote, without the final newline's empty string. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line, index, all) => !(line === '' && index === all.length - 1));
}
