// The command line's passage, footnote and passages commands, bad input and broken setups, run
// as child processes of the built CLI (npm test builds first).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { BROKEN_CORPUS, ESSAY_CORPUS, FIXTURE_CORPUS, linesOf, runCliProcess } from './run-cli-process.js';

const essay = loadCorpus(ESSAY_CORPUS);
const reading = essay.readings[0]!;

describe('npm run cli -- passage', () => {
  it('prints paragraph 12 as JSON with the footnote it cites, whole', async () => {
    const { code, stdout, stderr } = await runCliProcess(['passage', '12', '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      kind: 'paragraph',
      reading: 'russo-japanese-relations',
      number: 12,
      text: reading.paragraphs[11]!.text,
      footnotes: [{ number: 3, text: reading.footnotes[2]!.text }],
    });
    expect(JSON.parse(stdout).text).toMatch(/^The second was the so-called “color revolutions”/);
  });

  it('prints a paragraph as readable text with its footnote and a citation line, and no escape codes when piped', async () => {
    const { code, stdout } = await runCliProcess(['passage', '14']);
    expect(code).toBe(0);
    const lines = linesOf(stdout);
    expect(lines[0]).toBe('¶14 — Russo-Japanese Relations in the New Strategic Environment');
    expect(lines[1]).toBe(`> ${reading.paragraphs[13]!.text}`);
    expect(lines).toContain(`[4] ${reading.footnotes[3]!.text}`);
    expect(lines.at(-1)).toBe('— Yokote, "Russo-Japanese Relations", ¶14, n. 4');
    expect(stdout).not.toContain('\u001b[');
  });
});

describe('npm run cli -- footnote', () => {
  it('prints footnote 2 as JSON with the paragraph that cites it', async () => {
    const { code, stdout } = await runCliProcess(['footnote', '2', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      kind: 'footnote',
      reading: 'russo-japanese-relations',
      number: 2,
      text: reading.footnotes[1]!.text,
      citedBy: [10],
    });
  });

  it('prints a footnote as text naming the paragraph that cites it', async () => {
    const { code, stdout } = await runCliProcess(['footnote', '4']);
    expect(code).toBe(0);
    expect(stdout).toContain('Footnote 4 — Russo-Japanese Relations in the New Strategic Environment');
    expect(stdout).toContain('> Martha Brill Olcott, "Vladimir Putin and the Geopolitics of Oil,"');
    expect(stdout).toContain('Cited in ¶14.');
    expect(stdout).toContain('— Yokote, "Russo-Japanese Relations", ¶14, n. 4');
  });
});

describe('npm run cli -- passages', () => {
  it('prints every paragraph and footnote of the essay in the documented JSON shape', async () => {
    const { code, stdout } = await runCliProcess(['passages', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.readings).toHaveLength(1);
    const [only] = json.readings;
    expect(Object.keys(only)).toEqual(['id', 'title', 'author', 'paragraphs', 'footnotes']);
    expect(only).toMatchObject({ id: 'russo-japanese-relations', title: 'Russo-Japanese Relations in the New Strategic Environment', author: 'YOKOTE Shinji' });
    expect(only.paragraphs).toHaveLength(31);
    expect(only.footnotes).toHaveLength(6);
    expect(only.paragraphs[0]).toEqual({ number: 1, text: reading.paragraphs[0]!.text, footnotes: [1] });
    expect(only.footnotes[1]).toEqual({ number: 2, text: reading.footnotes[1]!.text, citedBy: [10] });
    expect(only.paragraphs.map((p: { number: number }) => p.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('prints the whole essay as numbered text without --json', async () => {
    const { code, stdout } = await runCliProcess(['passages']);
    expect(code).toBe(0);
    const lines = linesOf(stdout);
    expect(lines[0]).toBe('Russo-Japanese Relations in the New Strategic Environment');
    expect(lines).toContain('¶31');
    expect(lines).toContain(`> ${reading.paragraphs[30]!.text}`);
    expect(lines).toContain(`[6] ${reading.footnotes[5]!.text} (cited in ¶30)`);
  });
});

describe('bad input', () => {
  it.each([
    [['footnote', '0'], 'Footnote 0 does not exist: this reading has footnotes 1–6.'],
    [['footnote', '99'], 'Footnote 99 does not exist: this reading has footnotes 1–6.'],
    [['footnote', '-3'], 'Footnote -3 does not exist: this reading has footnotes 1–6.'],
    [['footnote'], 'footnote needs a number, e.g. footnote 3'],
    [['passage', 'abc'], 'passage number must be a whole number: got "abc"'],
    [['passage', '2.5'], 'passage number must be a whole number: got "2.5"'],
    [['passage', '32'], 'Paragraph 32 does not exist: this reading has paragraphs 1–31.'],
    [['passage', '3', '--reading', 'nope'], 'There is no reading "nope": the readings are russo-japanese-relations.'],
    [['ask', ''], 'the question is empty: ask something, e.g. ask "Why did Russia move closer to China?"'],
    [['ask', '   '], 'the question is empty: ask something, e.g. ask "Why did Russia move closer to China?"'],
    [['ask'], 'ask needs a question: npm run cli -- ask "your question" (or ask --json to read one question per line from stdin)'],
    [['ask', 'Why China?', '--limit', '0'], '--limit must be a whole number from 1 to 50: got "0"'],
    [['ask', 'Why China?', '--limit', 'x'], '--limit must be a whole number from 1 to 50: got "x"'],
    [['ask', 'Why China?', '--limit'], '--limit needs a value, e.g. --limit 5'],
    [['ask', 'Why China?', '--verbose'], 'unknown option --verbose for ask: it accepts --json, --limit, --reading'],
    [['summarise'], 'unknown command "summarise": the commands are ask, footnote, passage, passages, readings, check, motions, invite, backup, help (try: npm run cli -- help)'],
  ])('%j exits with code 2 and says one thing on stderr', async (args, message) => {
    const { code, stdout, stderr } = await runCliProcess(args);
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual([message]);
    expect(stdout).toBe('');
  });
});

describe('setup problems', () => {
  it('reads the readings from CORPUS_DIR', async () => {
    const { code, stdout } = await runCliProcess(['passages', '--json'], { env: { CORPUS_DIR: FIXTURE_CORPUS } });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.readings.map((r: { id: string }) => r.id)).toEqual(['tea-and-trade']);
    expect(json.readings[0].paragraphs).toHaveLength(2);
    expect(json.readings[0].footnotes).toEqual([{ number: 1, text: 'On the lacquered boxes, see *Small Boxes* (Example Press, 2020), 4.', citedBy: [1] }]);
  });

  it('names the reading and its paragraph count when a number is out of range in CORPUS_DIR', async () => {
    const { code, stderr } = await runCliProcess(['passage', '3'], { env: { CORPUS_DIR: FIXTURE_CORPUS } });
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual(['Paragraph 3 does not exist: this reading has paragraphs 1–2.']);
  });

  it('exits with code 1 and the file:line problem, without a stack trace, when a reading is broken', async () => {
    const { code, stdout, stderr } = await runCliProcess(['passage', '1'], { env: { CORPUS_DIR: BROKEN_CORPUS } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('cites-a-missing-note.md:5: footnote 3 is cited in paragraph 1 but never defined');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits with code 1 and the configuration problem, never echoing the token', async () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret part';
    const { code, stdout, stderr } = await runCliProcess(['passage', '1'], { env: { DISCORD_TOKEN: token, LOG_LEVEL: 'loud' } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('DISCORD_TOKEN contains whitespace');
    expect(stderr).toContain('LOG_LEVEL must be one of');
    expect(stderr).not.toContain('secret');
    expect(stderr).not.toContain('MTIzNDU2');
  });

  it('prints the help on stdout and exits with code 0', async () => {
    for (const args of [['help'], ['--help'], []]) {
      const { code, stdout } = await runCliProcess(args);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: npm run cli -- <command> [options]');
      expect(stdout).toContain('ask "question" [--limit N] [--reading ID|all] [--json]');
    }
  });
});
