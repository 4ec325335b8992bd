// A course of several readings on the command line, as child processes of the built CLI: the
// readings listed, a reading file checked before class, the motions with their quotes, questions
// and lookups in a named reading, and a broken reading that leaves the others working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCourseFolder, type CourseFolder } from '../support/course-folder.js';
import { linesOf, PROJECT_ROOT, runCliProcess } from './run-cli-process.js';

let course: CourseFolder;
beforeAll(() => {
  course = makeCourseFolder();
});
afterAll(() => course?.cleanup());
const inCourse = () => ({ env: { CORPUS_DIR: course.dir } });

describe('npm run cli -- readings', () => {
  it('lists every good reading as JSON with counts and companion files, and names the broken one on stderr', async () => {
    const { code, stdout, stderr } = await runCliProcess(['readings', '--json'], inCourse());
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      readings: [
        { id: 'arctic-shipping', title: 'Arctic Shipping and the Northern Sea Route', author: 'LARSEN Ida', paragraphs: 2, footnotes: 1, glossary: false, guide: false, motions: false },
        { id: 'russo-japanese-relations', title: 'Russo-Japanese Relations in the New Strategic Environment', author: 'YOKOTE Shinji', paragraphs: 31, footnotes: 6, glossary: true, guide: true, motions: true },
      ],
    });
    expect(stderr).toContain(`${course.brokenFile}:5: a control character (U+0000)`);
  });

  it('lists them as text', async () => {
    const { code, stdout } = await runCliProcess(['readings'], inCourse());
    expect(code).toBe(0);
    expect(linesOf(stdout)).toContain('  2 paragraphs, 1 footnote; glossary no, guide no, motions no');
  });
});

describe('npm run cli -- check FILE', () => {
  it('says what it understood of a reading: title, author, paragraphs, each rejoin, footnotes and who cites them', async () => {
    const { code, stdout } = await runCliProcess(['check', `${PROJECT_ROOT}/tests/fixtures/course/arctic-shipping.md`]);
    expect(code).toBe(0);
    expect(linesOf(stdout).slice(1)).toEqual([
      'Title: Arctic Shipping and the Northern Sea Route',
      'Author: LARSEN Ida',
      'Paragraphs: 2',
      'Rejoined paragraphs:',
      '  ¶2 continues at line 12, across a footnote block',
      'Footnotes:',
      '  [1] line 10, cited in ¶1',
      'Warnings: none',
    ]);
  });

  it('gives the same as JSON, with page-break rejoins', async () => {
    const { code, stdout } = await runCliProcess(['check', `${PROJECT_ROOT}/tests/fixtures/readings/reading-in-pages.md`, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { ok: boolean; paragraphs: number; joins: { across: string }[] };
    expect(json.ok).toBe(true);
    expect(json.paragraphs).toBe(3);
    expect(json.joins.length).toBeGreaterThan(0);
  });

  it('refuses a reading that is not text with its file and line, exit code 1', async () => {
    const { code, stdout, stderr } = await runCliProcess(['check', course.brokenFile]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${course.brokenFile}:5: a control character (U+0000): the file is not plain text`);
  });

  it('says so when the file does not exist, exit code 2', async () => {
    const { code, stderr } = await runCliProcess(['check', '/nonexistent/reading.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read /nonexistent/reading.md (ENOENT)');
  });
});

describe('npm run cli -- motions', () => {
  it('shows the debate motions with their evidence quotes, as JSON and text', async () => {
    const json = await runCliProcess(['motions', '--json'], inCourse());
    expect(json.code).toBe(0);
    const { motions } = JSON.parse(json.stdout) as { motions: { id: string; reading: string; evidence: { paragraph: number; quote?: string }[] }[] };
    expect(motions.length).toBeGreaterThan(0);
    expect(motions.every((m) => m.reading === 'russo-japanese-relations')).toBe(true);
    expect(motions.some((m) => m.evidence.some((e) => e.quote !== undefined))).toBe(true);
    const text = await runCliProcess(['motions', '--reading', 'russo-japanese-relations']);
    expect(text.stdout).toMatch(/^china-reliable-partner — Russo-Japanese Relations/m);
    expect(text.stdout).toMatch(/^ {4}> /m);
    const none = await runCliProcess(['motions', '--reading', 'arctic-shipping'], inCourse());
    expect(none.stdout).toMatch(/^No debate motions/);
  });
});

describe('a named reading', () => {
  it('answers passage 12 of the essay although another reading sorts first', async () => {
    const { code, stdout } = await runCliProcess(['passage', '12', '--reading', 'russo-japanese-relations', '--json'], inCourse());
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ reading: 'russo-japanese-relations', number: 12 });
    const first = await runCliProcess(['footnote', '1', '--json'], inCourse());
    expect(JSON.parse(first.stdout)).toMatchObject({ reading: 'arctic-shipping', number: 1 });
  });

  it('asks one reading, or all of them', async () => {
    const essay = await runCliProcess(['ask', 'Murmansk port', '--reading', 'russo-japanese-relations', '--json'], inCourse());
    const essayReadings = (JSON.parse(essay.stdout) as { results: { reading: string }[] }).results.map((r) => r.reading);
    expect(essayReadings.every((id) => id === 'russo-japanese-relations')).toBe(true);
    const all = await runCliProcess(['ask', 'Murmansk port', '--reading', 'all', '--json'], inCourse());
    expect((JSON.parse(all.stdout) as { results: { reading: string }[] }).results[0]).toMatchObject({ reading: 'arctic-shipping' });
    const unknown = await runCliProcess(['ask', 'Murmansk', '--reading', 'nope'], inCourse());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no reading "nope": the readings are arctic-shipping, russo-japanese-relations.');
  });

  it('says who wrote the reading asked, or every reading of the course', async () => {
    const one = await runCliProcess(['ask', 'who is the author?', '--reading', 'arctic-shipping'], inCourse());
    expect(one.stdout.trim()).toBe('The reading is “Arctic Shipping and the Northern Sea Route” by LARSEN Ida.');
    const all = await runCliProcess(['ask', 'who is the author?', '--reading', 'all'], inCourse());
    expect(all.stdout.trim()).toBe(
      'The readings are “Arctic Shipping and the Northern Sea Route” by LARSEN Ida; “Russo-Japanese Relations in the New Strategic Environment” by YOKOTE Shinji.',
    );
  });
});
