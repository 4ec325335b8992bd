import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/debate/csv.js';

describe('csvCell', () => {
  it('leaves plain text and numbers bare', () => {
    expect(csvCell('Alice')).toBe('Alice');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('14 20 31')).toBe('14 20 31');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('Smith, Jane')).toBe('"Smith, Jane"');
    expect(csvCell('the "Professor"')).toBe('"the ""Professor"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tTAB')).toBe("'\tTAB");
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 2], ['x,y', '']])).toBe('a,b\r\n1,2\r\n"x,y",\r\n');
  });
});
