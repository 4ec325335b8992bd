// The local console of `npm start` (no DISCORD_TOKEN) over a course of several readings, as a real
// process: switching readings with /reading, the motions with /motions, a broken reading left out
// with its file:line in the log, and each reading's analysis saved in DATA_DIR/indexes.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { ESSAY_CORPUS, PROJECT_ROOT, runNodeScript } from '../cli/run-cli-process.js';
import { makeCourseFolder, type CourseFolder } from '../support/course-folder.js';

const ENTRY = path.join(PROJECT_ROOT, 'dist/src/index.js');
const essay = loadCorpus(ESSAY_CORPUS).readings[0]!;
let course: CourseFolder;
let dataDir: string;
beforeAll(() => {
  course = makeCourseFolder();
  dataDir = mkdtempSync(path.join(tmpdir(), 'essay-console-data-'));
});
afterAll(() => {
  course?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the console over several readings', () => {
  it('starts on the first reading, switches with /reading, lists motions, and searches every reading with /reading all', async () => {
    const input = ['/passage 12', '/reading russo-japanese-relations', '/passage 12', '/motions', '/reading all', 'Murmansk port authority', '/reading nope', '/quit', ''].join('\n');
    const { code, stdout, stderr } = await runNodeScript([ENTRY], { input, env: { CORPUS_DIR: course.dir, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, timeoutMs: 30_000 });
    expect(code).toBe(0);
    expect(stdout).toContain('Readings:');
    expect(stdout).toContain('Arctic Shipping and the Northern Sea Route — LARSEN Ida');
    const missing = stdout.indexOf('Paragraph 12 does not exist: this reading has paragraphs 1–2.');
    const switched = stdout.indexOf('Now on russo-japanese-relations');
    const passage = stdout.indexOf(`> ${essay.paragraphs[11]!.text}`);
    const motions = stdout.indexOf('china-reliable-partner — Russo-Japanese Relations');
    const all = stdout.indexOf('Questions now search every reading');
    const arctic = stdout.indexOf('¶1 — Arctic Shipping and the Northern Sea Route');
    expect(missing).toBeGreaterThan(0);
    expect([switched, passage, motions, all, arctic].every((at, i, list) => at > (i === 0 ? missing : list[i - 1]!))).toBe(true);
    expect(stdout).toContain('There is no reading "nope": the readings are arctic-shipping, russo-japanese-relations.');
    // The broken reading: one line in the log naming its file and line; the others work.
    expect(stderr).toContain(`reading left out: ${course.brokenFile}:5: a control character (U+0000)`);
    expect(readdirSync(path.join(dataDir, 'indexes')).map((name) => name.replace(/\.[0-9a-f]{16}\.snapshot$/, '')).sort()).toEqual(['arctic-shipping', 'russo-japanese-relations']);
  });
});
