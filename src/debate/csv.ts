// RFC 4180 CSV for the per-student export: CRLF line ends, fields quoted when they hold a comma,
// a quote or a line break. Cells a spreadsheet would run as a formula (starting with = + - @,
// or a tab / carriage return) get a leading apostrophe, so a display name cannot inject one.

/**
 * The UTF-8 byte-order mark a CSV file starts with: without it, spreadsheet programs (Excel
 * above all) read the bytes as a legacy code page and garble accented names.
 */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
