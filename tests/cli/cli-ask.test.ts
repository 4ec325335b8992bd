// `npm run cli -- ask`, as text and in the documented JSON shape, one question or many from stdin,
// run as child processes of the built CLI against the real answer engine.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, linesOf, runCliProcess } from './run-cli-process.js';

const PARAGRAPH_KEYS = ['kind', 'reading', 'number', 'text', 'highlight', 'footnotes', 'score'];
const FOOTNOTE_KEYS = ['kind', 'reading', 'number', 'text', 'citedBy', 'score'];

interface ResultJson {
  kind: string;
  number: number;
  text: string;
  highlight?: string;
  footnotes?: { number: number; text: string }[];
  citedBy?: number[];
  score: number;
}

describe('npm run cli -- ask', () => {
  it('answers in readable text: ¶ header, quoted paragraph, emphasised sentence and citation line', async () => {
    const { code, stdout, stderr } = await runCliProcess(['ask', 'What is the Shanghai Cooperation Organization?']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^¶\d+ — Russo-Japanese Relations in the New Strategic Environment$/m);
    expect(stdout).toMatch(/^> .*\*\*[^*]*Shanghai Cooperation Organization[^*]*\*\*/m);
    expect(stdout).toMatch(/^— Yokote, "Russo-Japanese Relations", ¶\d+/m);
    expect(stdout).not.toContain('\u001b[');
  });

  it.each([
    ['asks who held an office the passage never names', 'who was the us president during the iraq war', 'it does not name who', 'a name'],
    ['asks for names the passage does not give', 'which islands belong to the northern territories', 'it does not name them', 'names'],
    ['asks what someone said, and the passage reports nothing', 'what did koizumi tell putin when they met', 'it does not report what was said or agreed', 'what was said'],
    ['asks where, and the passage names no place', 'where did putin write his masters thesis', 'it does not say where', 'a place'],
    ['is about a year the passage found never names', 'who was russias foreign minister in 2005', 'the passage found is about another year', 'another year'],
    ['asks what happened after the essay was written', 'did the pacific oil pipeline end up being built', 'it does not cover what happened after it was written', 'later events'],
    ['asks what someone thinks, and the passage never speaks of them', 'what does south korea think about the islands dispute', 'it does not say what they think of it', 'their view'],
    ['asks what a term means, and the passage only uses it', 'what is nationalism', 'it uses the term but does not explain it', 'what it is'],
    ['asks why something happened that the passage names only to date other events', 'why did the soviet union break up', 'it does not say why', 'why'],
  ])('says in text and in JSON when the question %s', async (_case, question, why, marker) => {
    const text = await runCliProcess(['ask', question]);
    expect(text.stdout.split('\n')).toContain(`The essay does not say this directly (${why}). The nearest passages:`);
    const json = await runCliProcess(['ask', question, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ coverage: 'partial', missing: [marker], matched: true });
  });

  it('answers "who wrote this" with the reading\'s title and author, in text and in JSON', async () => {
    const text = await runCliProcess(['ask', 'who wrote this essay?']);
    expect(text.stdout.trim()).toBe('The reading is “Russo-Japanese Relations in the New Strategic Environment” by YOKOTE Shinji.');
    const json = await runCliProcess(['ask', 'when was it written', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      results: [],
      matched: true,
      coverage: 'answered',
      aboutReading: { asked: 'date', readings: [{ id: 'russo-japanese-relations', author: 'YOKOTE Shinji', latestYear: 2006, paragraphs: 31, footnotes: 6 }] },
    });
    const length = await runCliProcess(['ask', 'how long is the essay']);
    expect(length.stdout.trim()).toBe('The reading is “Russo-Japanese Relations in the New Strategic Environment” by YOKOTE Shinji. It has 31 paragraphs and 6 footnotes.');
    // Who the author is beyond the name: the reading does not say, and the reply says so.
    const background = await runCliProcess(['ask', 'is the author japanese?']);
    expect(background.stdout.trim()).toBe('The reading is “Russo-Japanese Relations in the New Strategic Environment” by YOKOTE Shinji. It says nothing about its author beyond the name.');
  });

  it('answers in the documented JSON shape, a footnote hit bringing the paragraph that cites it', async () => {
    const { code, stdout } = await runCliProcess(['ask', 'Bogaturov pluralistic unipolarity', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { question: string; results: ResultJson[]; suggestions: unknown[] };
    expect(Object.keys(json).slice(0, 3)).toEqual(['question', 'results', 'suggestions']);
    expect(json.question).toBe('Bogaturov pluralistic unipolarity');
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.results.length).toBeLessThanOrEqual(3);
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(result.kind === 'paragraph' ? PARAGRAPH_KEYS : FOOTNOTE_KEYS);
      expect(typeof result.score).toBe('number');
      if (result.kind === 'paragraph') expect(result.text).toContain(result.highlight);
    }
    const footnote = json.results.find((r) => r.kind === 'footnote' && r.number === 2);
    expect(footnote?.citedBy).toEqual([10]);
    const paragraph = json.results.find((r) => r.kind === 'paragraph' && r.number === 10);
    expect(paragraph?.footnotes?.map((f) => f.number)).toEqual([2]);
    expect(paragraph?.text).toMatch(/^Some Russian scholars began to call the newly created world power structure "the pluralistic unipolarity,"/);
  });

  it('returns at most --limit results', async () => {
    const { code, stdout } = await runCliProcess(['ask', 'Why did Russia move closer to China?', '--limit', '1', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toHaveLength(1);
  });

  it('says honestly when nothing matches, with empty results and suggestions', async () => {
    const { code, stdout } = await runCliProcess(['ask', 'zebra xylophone', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ question: 'zebra xylophone', results: [], suggestions: expect.any(Array), matched: false });
    const text = await runCliProcess(['ask', 'zebra xylophone']);
    expect(text.stdout.split('\n')[0]).toBe('No passage matches this well.');
  });

  it('reads one question per stdin line with ask --json and writes one JSON object per line, blank lines included', async () => {
    const input = 'What is the SCO?\n\n   \nWho is Putin?\r\nWhat did Japan expect from Russia?';
    const { code, stdout } = await runCliProcess(['ask', '--json', '--limit', '2'], { input });
    expect(code).toBe(0);
    const answers = linesOf(stdout).map((line) => JSON.parse(line) as { question: string; results?: unknown[]; error?: { code: string; message: string } });
    // Line n of the output answers line n of the input, so a script can zip them back together.
    expect(answers.map((a) => a.question)).toEqual(['What is the SCO?', '', '', 'Who is Putin?', 'What did Japan expect from Russia?']);
    expect(answers[1]).toEqual({ question: '', error: { code: 'empty-question', message: 'the question is empty' } });
    expect(answers[2]?.error?.code).toBe('empty-question');
    for (const answer of [answers[0], answers[3], answers[4]]) expect(answer?.results?.length).toBeLessThanOrEqual(2);
  });

  it('answers a 10,000-character question instead of crashing', async () => {
    const question = 'Why did Russia move closer to China after the color revolutions? '.repeat(200).slice(0, 10_000);
    const { code, stdout, stderr } = await runCliProcess(['ask', question, '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).question).toBe(question);
  });

  it("saves the reading's analysis in DATA_DIR/indexes, as the bot does, and answers the same from it", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'essay-cli-data-')), 'data');
    const question = 'What did Putin do after the September 11 attacks?';
    const first = await runCliProcess(['ask', question, '--json'], { env: { DATA_DIR: dataDir } });
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const saved = readdirSync(path.join(dataDir, 'indexes'));
    expect(saved).toEqual([expect.stringMatching(/^russo-japanese-relations\.[0-9a-f]+\.snapshot$/)]);
    const again = await runCliProcess(['ask', question, '--json'], { env: { DATA_DIR: dataDir } });
    expect(again).toEqual(first);
    // A damaged file is rebuilt, with a warning, and the answer stays the same.
    writeFileSync(path.join(dataDir, 'indexes', saved[0] ?? ''), 'not a snapshot');
    const rebuilt = await runCliProcess(['ask', question, '--json'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
    expect(rebuilt.stdout).toBe(first.stdout);
    expect(rebuilt.stderr).toMatch(/saved index/);
  });

  it('answers from the readings in CORPUS_DIR', async () => {
    const { code, stdout } = await runCliProcess(['ask', 'tea in lacquered boxes', '--json'], { env: { CORPUS_DIR: FIXTURE_CORPUS } });
    expect(code).toBe(0);
    const [first] = JSON.parse(stdout).results as (ResultJson & { reading: string })[];
    expect(first).toMatchObject({ kind: 'paragraph', reading: 'tea-and-trade', number: 1 });
  });
});
