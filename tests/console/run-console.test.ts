import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/run-console.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { createLogger, createSilentLogger } from '../../src/logger.js';
import { ESSAY_CORPUS } from '../cli/run-cli-process.js';
import { matchAnswer, noMatchAnswer, paragraphResult } from '../support/answer-factories.js';
import { fakeEngine } from '../support/fake-engine.js';

const corpus = loadCorpus(ESSAY_CORPUS);
const reading = corpus.readings[0]!;
const SCO_SENTENCE =
  'To what extent will the Shanghai Cooperation Organization (SCO) be an effective instrument in creating a new strategic environment either globally or regionally?';

function engineAnsweringWithParagraph5() {
  return fakeEngine(corpus, (question) =>
    question.includes('submarine') ? noMatchAnswer(question, { suggestions: ['summit'] }) : matchAnswer(question, [paragraphResult(reading, 5, { highlight: SCO_SENTENCE })]),
  );
}

/** Runs the console over piped `input`, and returns everything it wrote. */
async function runPiped(input: string, options: { engine?: ReturnType<typeof fakeEngine>; tty?: boolean; interactive?: boolean; log?: ReturnType<typeof createLogger> } = {}) {
  const engine = options.engine ?? engineAnsweringWithParagraph5();
  const stdin = new PassThrough();
  const stdout = Object.assign(new PassThrough(), options.tty === true ? { isTTY: true, columns: 80 } : {});
  let written = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => (written += chunk));
  stdin.end(input);
  await runConsole({ engine, input: stdin, output: stdout, log: options.log ?? createSilentLogger(), ...(options.interactive === undefined ? {} : { interactive: options.interactive }) });
  return { written, engine };
}

describe('runConsole', () => {
  it('says what it is, how to connect to Discord, the reading loaded and the commands', async () => {
    const { written } = await runPiped('');
    const lines = written.split('\n');
    expect(lines[0]).toBe(
      'Essay Circle — local console. No DISCORD_TOKEN is set, so the bot is answering here instead of on Discord. To connect to Discord, set DISCORD_TOKEN in .env (README: "Setting up the bot on your class server").',
    );
    expect(lines).toContain('  Russo-Japanese Relations in the New Strategic Environment — YOKOTE Shinji (31 paragraphs, 6 footnotes)');
    for (const command of ['/ask <question>', '/passage N', '/footnote N', '/help', '/quit']) expect(written).toContain(command);
  });

  it('answers piped lines in order, without prompt noise, and stops at /quit', async () => {
    const { written, engine } = await runPiped('/ask What is the SCO?\n/footnote 3\n/passage 12\n/quit\n/ask never asked\n');
    expect(engine.asked.map((a) => a.question)).toEqual(['What is the SCO?']);
    const answerAt = written.indexOf('¶5 — Russo-Japanese Relations in the New Strategic Environment');
    const footnoteAt = written.indexOf('Footnote 3 — Russo-Japanese Relations in the New Strategic Environment');
    const passageAt = written.indexOf('¶12 — Russo-Japanese Relations in the New Strategic Environment');
    expect(answerAt).toBeGreaterThan(0);
    expect(footnoteAt).toBeGreaterThan(answerAt);
    expect(passageAt).toBeGreaterThan(footnoteAt);
    expect(written).toContain(`**${SCO_SENTENCE}**`);
    expect(written).toContain('— Yokote, "Russo-Japanese Relations", ¶12, n. 3');
    expect(written.trimEnd().endsWith('Goodbye.')).toBe(true);
    expect(written).not.toContain('essay>');
    expect(written).not.toContain('\u001b[');
  });

  it('takes a line without a slash as a question, and ends quietly at end of input', async () => {
    const { written, engine } = await runPiped('Are there any submarines?\r\n\n');
    expect(engine.asked.map((a) => a.question)).toEqual(['Are there any submarines?']);
    expect(written).toContain('No passage matches this well.\nDid you mean: summit?');
    expect(written).not.toContain('Goodbye.');
  });

  it('answers bad input politely and carries on', async () => {
    const { written, engine } = await runPiped('/footnote 99\n/passage abc\n/passage\n/ask   \n/frobnicate now\n/help\n/passage 31\n');
    expect(engine.asked).toEqual([]);
    expect(written).toContain('Footnote 99 does not exist: this reading has footnotes 1–6.');
    expect(written).toContain('Passage number must be a whole number: got "abc".');
    expect(written).toContain('Passage needs a number, e.g. passage 12.');
    expect(written).toContain('Ask something after /ask, e.g. /ask Why did Russia move closer to China?');
    expect(written).toContain('Unknown command /frobnicate. The commands are /ask, /passage, /footnote, /reading, /motions, /help and /quit.');
    expect(written).toContain(`> ${reading.paragraphs[30]!.text}`);
  });

  it('survives an engine failure with an apology, logs it, and answers the next line', async () => {
    let calls = 0;
    const engine = fakeEngine(corpus, (question) => {
      calls += 1;
      if (calls === 1) throw new Error('index exploded');
      return matchAnswer(question, [paragraphResult(reading, 2)]);
    });
    const logStream = new PassThrough();
    let logged = '';
    logStream.setEncoding('utf8').on('data', (chunk: string) => (logged += chunk));
    const { written } = await runPiped('first\nsecond\n', { engine, log: createLogger('error', logStream) });
    expect(written).toContain('Sorry, something went wrong answering that; the details are in the log. Try another question.');
    expect(written).toContain('¶2 — Russo-Japanese Relations in the New Strategic Environment');
    expect(logged).toContain('index exploded');
  });

  it('answers a 10,000-character line', async () => {
    const question = 'Why did Russia move closer to China? '.repeat(300).slice(0, 10_000);
    const { written, engine } = await runPiped(`${question}\n`);
    expect(engine.asked[0]?.question).toBe(question.trim());
    expect(written).toContain('¶5 —');
  });

  it('prompts when interactive and bolds with ANSI codes on a terminal', async () => {
    const { written } = await runPiped('/ask SCO\n/quit\n', { tty: true, interactive: true });
    expect(written).toContain('essay> ');
    expect(written).toContain('\u001b[1m');
  });
});
