// Loads every `.md` reading in a folder. Reading ids come from file names, so adding the next
// essay is dropping a file in the folder.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ReadingError } from '../errors.js';
import { parseReading } from './parse-reading.js';
import type { Corpus, Footnote, Paragraph, Reading } from './types.js';

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
  return Object.freeze({ readings: Object.freeze(names.map((name) => loadReadingFile(path.join(dir, name)))) });
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
