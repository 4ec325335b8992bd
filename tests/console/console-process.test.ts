// The local console on a real process's piped stdin/stdout with the real answer engine: the way
// `printf '/ask …\n/quit\n' | npm start` drives it (src/index.ts calls runConsole just like this).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { ESSAY_CORPUS, PROJECT_ROOT, runNodeScript } from '../cli/run-cli-process.js';

const built = (file: string): string => pathToFileURL(path.join(PROJECT_ROOT, 'dist/src', file)).href;
const CONSOLE_SCRIPT = `
import { loadAnswerEngine } from '${built('answers/answer-engine.js')}';
import { runConsole } from '${built('console/run-console.js')}';
import { createLogger } from '${built('logger.js')}';
await runConsole({ engine: loadAnswerEngine(process.env.CORPUS_DIR), input: process.stdin, output: process.stdout, log: createLogger('warn') });
`;

function runConsoleProcess(input: string) {
  return runNodeScript(['--input-type=module', '-e', CONSOLE_SCRIPT], { input });
}

const reading = loadCorpus(ESSAY_CORPUS).readings[0]!;

describe('the local console as a process with piped input', () => {
  it('answers "who wrote this?" and "i dont get paragraph 12" as a student types them', async () => {
    const { code, stdout } = await runConsoleProcess('who wrote this?\ni dont get paragraph 12\n/quit\n');
    expect(code).toBe(0);
    expect(stdout).toContain(`The reading is “${reading.title}” by ${reading.author}.`);
    expect(stdout).toContain(`¶12 — ${reading.title}`);
  });

  it('answers every piped line in order, then exits with code 0 at /quit', async () => {
    const { code, stdout, stderr } = await runConsoleProcess('/ask What is the Shanghai Cooperation Organization?\n/footnote 3\n/passage 12\n/help\n/quit\n/passage 1\n');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith('Essay Circle — local console. No DISCORD_TOKEN is set')).toBe(true);
    const answer = stdout.search(/\*\*[^*]*Shanghai Cooperation Organization[^*]*\*\*/);
    const footnote = stdout.indexOf('Footnote 3 — Russo-Japanese Relations in the New Strategic Environment');
    const passage = stdout.indexOf(`> ${reading.paragraphs[11]!.text}`);
    const help = stdout.lastIndexOf('/quit               leave');
    expect(answer).toBeGreaterThan(0);
    expect(footnote).toBeGreaterThan(answer);
    expect(passage).toBeGreaterThan(footnote);
    expect(help).toBeGreaterThan(passage);
    expect(stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
    expect(stdout).not.toContain(reading.paragraphs[0]!.text);
    expect(stdout).not.toContain('essay>');
    expect(stdout).not.toContain('\u001b[');
  });

  it('is what npm start runs when no DISCORD_TOKEN is set (dist/src/index.js), piped', async () => {
    const { code, stdout } = await runNodeScript([path.join(PROJECT_ROOT, 'dist/src/index.js')], { input: '/footnote 2\n/quit\n' });
    expect(code).toBe(0);
    expect(stdout.startsWith('Essay Circle — local console. No DISCORD_TOKEN is set')).toBe(true);
    expect(stdout).toContain(`> ${reading.footnotes[1]!.text}\nCited in ¶10.`);
    expect(stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
  });

  it('exits with code 0 at end of input, after answering bad lines politely', async () => {
    const { code, stdout } = await runConsoleProcess('/footnote 99\n/passage abc\nWhy did Russia move closer to China?');
    expect(code).toBe(0);
    expect(stdout).toContain('Footnote 99 does not exist: this reading has footnotes 1–6.');
    // One full stop: the lookup's sentence has its own.
    expect(stdout).not.toContain('1–6..');
    expect(stdout).toContain('Passage number must be a whole number: got "abc".');
    expect(stdout).toMatch(/^¶\d+ — Russo-Japanese Relations in the New Strategic Environment$/m);
  });
});
