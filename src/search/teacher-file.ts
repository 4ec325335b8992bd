// The lines of a teacher-edited text file (glossary, guide): a byte-order mark and any line ending
// accepted, blank lines and `#` comments skipped, each line trimmed and numbered from 1 for
// `file:line` messages.

export interface TeacherLine {
  readonly line: number;
  readonly text: string;
}

export function teacherFileLines(source: string): TeacherLine[] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
