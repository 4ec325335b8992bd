// A course folder for tests: the essay with its glossary, guide and motions, a second small reading
// that sorts before it (arctic-shipping), and a broken reading (a binary body) that must be left
// out without taking the others down. Made in a temporary folder; remove it with `cleanup()`.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '../..');

export interface CourseFolder {
  readonly dir: string;
  readonly brokenFile: string;
  cleanup(): void;
}

export function makeCourseFolder(): CourseFolder {
  const dir = mkdtempSync(path.join(tmpdir(), 'essay-course-'));
  for (const source of [path.join(ROOT, 'corpus'), path.join(ROOT, 'tests/fixtures/course')]) {
    for (const name of readdirSync(source)) copyFileSync(path.join(source, name), path.join(dir, name));
  }
  return { dir, brokenFile: path.join(dir, 'spreadsheet-export.md'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
