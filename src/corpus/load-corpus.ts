// Loads every `.md` reading in a folder. Reading ids come from file names, so adding the next
// essay is dropping a file in the folder. A broken reading does not take the others down: it is
// left out and reported as a problem (file:line); only a folder with no good reading is an error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ReadingError } from '../errors.js';
import { parseReading } from './parse-reading.js';
import type { Corpus, Footnote, Paragraph, Reading, ReadingProblem } from './types.js';

/** `russo-japanese-relations.md` -> `russo-japanese-relations`. */
export function readingIdFromFile(file: string): string {
  return path.basename(file).replace(/\.md$/i, '');
}

export function loadReadingFile(file: string): Reading {
  const source = readFileSync(file, 'utf8');
  return parseReading(source, file, readingIdFromFile(file));
}

export function loadCorpus(dir: string): Corpus {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md')).sort();
  } catch (err) {
    throw new ReadingError(dir, 0, `cannot read the corpus folder (${(err as NodeJS.ErrnoException).code ?? 'error'}); set CORPUS_DIR to a folder of .md readings`);
  }
  if (names.length === 0) throw new ReadingError(dir, 0, 'no .md readings in the corpus folder; set CORPUS_DIR to a folder of .md readings');
  const readings: Reading[] = [];
  const problems: ReadingProblem[] = [];
  const errors: ReadingError[] = [];
  for (const name of names) {
    try {
      readings.push(loadReadingFile(path.join(dir, name)));
    } catch (err) {
      if (!(err instanceof ReadingError)) throw err;
      errors.push(err);
      problems.push(Object.freeze({ file: err.file, line: err.line, problem: err.problem }));
    }
  }
  // Nothing to answer from: the first broken file is the error (the others are in the log line).
  const [first] = errors;
  if (readings.length === 0 && first !== undefined) {
    throw errors.length === 1 ? first : new ReadingError(first.file, first.line, `${first.problem} (and ${errors.length - 1} more broken reading${errors.length === 2 ? '' : 's'}: ${errors.slice(1).map((e) => e.message).join('; ')})`);
  }
  return Object.freeze({ readings: Object.freeze(readings), problems: Object.freeze(problems) });
}

/** `file:line: problem`, the one line a teacher reads for a broken reading. */
export function describeReadingProblem(problem: ReadingProblem): string {
  return `${problem.file}:${problem.line}: ${problem.problem}`;
}

export function findReading(corpus: Corpus, id: string): Reading | undefined {
  return corpus.readings.find((reading) => reading.id === id);
}

export function findParagraph(reading: Reading, number: number): Paragraph | undefined {
  return reading.paragraphs[number - 1];
}

export function findFootnote(reading: Reading, number: number): Footnote | undefined {
  return reading.footnotes.find((footnote) => footnote.number === number);
}

/** Which of a reading's companion files sit beside it: `<id>.glossary.txt`, `<id>.guide.txt`, `<id>.motions.json`. */
export interface ReadingCompanions {
  readonly glossary: boolean;
  readonly guide: boolean;
  readonly motions: boolean;
}

export function readingCompanions(reading: Reading): ReadingCompanions {
  const base = reading.file.replace(/\.md$/i, '');
  return { glossary: existsSync(`${base}.glossary.txt`), guide: existsSync(`${base}.guide.txt`), motions: existsSync(`${base}.motions.json`) };
}
