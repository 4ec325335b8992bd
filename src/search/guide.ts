// The reading guide: a teacher-editable text file per reading (`<id>.guide.txt`) with a plain-words
// gist of each paragraph, the questions the essay poses and the paragraphs that answer them, and
// where its thesis and conclusion are, where its argument turns from one matter to the next, and
// its sections.
// Only the search reads it (students ask "why is russia
// friends with china", the paragraph says "make good partners"); answers stay the essay's words.
import { existsSync, readFileSync } from 'node:fs';
import { ReadingError } from '../errors.js';
import type { Reading } from '../corpus/types.js';
import { teacherFileLines } from './teacher-file.js';

/** A question the essay poses (in plain words), where it is posed, and where the author answers it. */
export interface PosedQuestion {
  readonly line: number;
  readonly askedIn: number;
  readonly text: string;
  /** Answering paragraphs, best first. */
  readonly answeredIn: readonly number[];
}

/** Where the argument turns: the paragraph, what it leaves and what it turns to (in plain words). */
export interface GuideTurn {
  readonly line: number;
  readonly at: number;
  readonly from: string;
  readonly to: string;
}

/** A section of the essay as the essay numbers them: its first and last paragraphs, and what it is about. */
export interface GuideSection {
  readonly line: number;
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

export interface Guide {
  readonly file: string;
  /** Paragraph number -> its gist and the line it is on. */
  readonly gists: ReadonlyMap<number, { readonly text: string; readonly line: number }>;
  readonly questions: readonly PosedQuestion[];
  readonly turns: readonly GuideTurn[];
  /** In the essay's order. */
  readonly sections: readonly GuideSection[];
  readonly thesis: readonly number[];
  readonly conclusion: readonly number[];
  /** Line of each paragraph reference in thesis/conclusion lines (for error messages). */
  readonly summaryLines: ReadonlyMap<number, number>;
}

export const EMPTY_GUIDE: Guide = Object.freeze({ file: '', gists: new Map(), questions: [], turns: [], sections: [], thesis: [], conclusion: [], summaryLines: new Map() });

const PARAGRAPH = /^¶?\s*(\d{1,4})$/;

function paragraphNumber(text: string, file: string, line: number): number {
  const match = PARAGRAPH.exec(text.trim());
  if (match === null) throw new ReadingError(file, line, `"${text.trim().slice(0, 40)}" is not a paragraph number (write ¶12)`);
  return Number(match[1]);
}

function paragraphList(text: string, file: string, line: number): number[] {
  const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0) throw new ReadingError(file, line, 'no paragraph given (write ¶12, or ¶12, ¶14)');
  return items.map((item) => paragraphNumber(item, file, line));
}

/**
 * Parses a guide file. Lines: `¶N: gist`, `¶N asks: question -> ¶A, ¶B`, `¶N turns: from -> to`,
 * `section ¶A-¶B: what it is about`, `thesis: ¶N, ...`, `conclusion: ¶N, ...`; `#` comments and blank lines are ignored. Throws ReadingError(file, line).
 */
export function parseGuide(source: string, file: string): Guide {
  const gists = new Map<number, { text: string; line: number }>();
  const summaryLines = new Map<number, number>();
  const questions: PosedQuestion[] = [];
  const turns: GuideTurn[] = [];
  const sections: GuideSection[] = [];
  let thesis: number[] = [];
  let conclusion: number[] = [];
  for (const { line, text } of teacherFileLines(source)) {
    const colon = text.indexOf(':');
    if (colon < 0) throw new ReadingError(file, line, `a guide line needs a ":" (¶N: gist, ¶N asks: question -> ¶A, ¶N turns: from -> to, section ¶A-¶B: about, thesis: ¶N), got: ${text.slice(0, 80)}`);
    const head = text.slice(0, colon).trim();
    const body = text.slice(colon + 1).trim();
    if (body === '') throw new ReadingError(file, line, `nothing after "${head}:"`);
    const lower = head.toLowerCase();
    if (lower === 'thesis' || lower === 'conclusion') {
      const list = paragraphList(body, file, line);
      for (const number of list) summaryLines.set(number, line);
      if (lower === 'thesis') thesis = list;
      else conclusion = list;
      continue;
    }
    const asks = /^(.*?)\s+asks$/i.exec(head);
    if (asks !== null) {
      const arrow = body.lastIndexOf('->');
      if (arrow < 0) throw new ReadingError(file, line, 'a question line needs "->" and the paragraphs that answer it (¶N asks: question -> ¶A, ¶B)');
      const question = body.slice(0, arrow).trim();
      if (!/\p{L}/u.test(question)) throw new ReadingError(file, line, 'the question has no words');
      questions.push({ line, askedIn: paragraphNumber(asks[1] ?? '', file, line), text: question, answeredIn: paragraphList(body.slice(arrow + 2), file, line) });
      continue;
    }
    const section = /^section\s+(.*?)\s*[-–]\s*(.*)$/i.exec(head);
    if (section !== null) {
      const [first, last] = [paragraphNumber(section[1] ?? '', file, line), paragraphNumber(section[2] ?? '', file, line)];
      if (last < first) throw new ReadingError(file, line, `a section runs from its first paragraph to its last (section ¶${last}-¶${first})`);
      if (!/\p{L}/u.test(body)) throw new ReadingError(file, line, 'say in words what the section is about');
      sections.push({ line, first, last, text: body });
      continue;
    }
    const turn = /^(.*?)\s+turns$/i.exec(head);
    if (turn !== null) {
      const arrow = body.indexOf('->');
      if (arrow < 0) throw new ReadingError(file, line, 'a turn line needs "->" between what the argument leaves and what it turns to (¶N turns: the West -> China)');
      const from = body.slice(0, arrow).trim();
      const to = body.slice(arrow + 2).trim();
      if (!/\p{L}/u.test(from) || !/\p{L}/u.test(to)) throw new ReadingError(file, line, 'write what the argument leaves before "->" and what it turns to after it');
      turns.push({ line, at: paragraphNumber(turn[1] ?? '', file, line), from, to });
      continue;
    }
    const number = paragraphNumber(head, file, line);
    if (gists.has(number)) throw new ReadingError(file, line, `¶${number} has a gist already; keep one line per paragraph`);
    if (!/\p{L}/u.test(body)) throw new ReadingError(file, line, 'the gist has no words');
    gists.set(number, { text: body, line });
  }
  return Object.freeze({ file, gists, questions: Object.freeze(questions), turns: Object.freeze(turns), sections: Object.freeze(sections), thesis: Object.freeze(thesis), conclusion: Object.freeze(conclusion), summaryLines });
}

/** Reads and parses a guide; a missing file is the empty guide (readings need none). */
export function loadGuideFile(file: string): Guide {
  if (!existsSync(file)) return EMPTY_GUIDE;
  return parseGuide(readFileSync(file, 'utf8'), file);
}

/** Throws ReadingError when the guide names a paragraph the reading does not have. */
export function checkGuide(guide: Guide, reading: Reading): void {
  const count = reading.paragraphs.length;
  const check = (number: number, line: number): void => {
    if (number < 1 || number > count) throw new ReadingError(guide.file, line, `¶${number} does not exist: ${reading.id} has paragraphs 1–${count}`);
  };
  for (const [number, gist] of guide.gists) check(number, gist.line);
  for (const question of guide.questions) [question.askedIn, ...question.answeredIn].forEach((n) => check(n, question.line));
  for (const turn of guide.turns) check(turn.at, turn.line);
  for (const section of guide.sections) [section.first, section.last].forEach((n) => check(n, section.line));
  for (const number of [...guide.thesis, ...guide.conclusion]) check(number, guide.summaryLines.get(number) ?? 0);
}
