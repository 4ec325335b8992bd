// collapseWhitespace must give exactly what `replace(/\s+/g, ' ').trim()` gives (the essay's text
// is quoted exactly, so a faster way to tidy it may not change a character).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/corpus/parse-reading.js';

const pieces = fc.constantFrom('a', 'word', 'é', '.', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028');

describe('collapseWhitespace', () => {
  it('equals replacing every run of whitespace by one space, then trimming', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});
