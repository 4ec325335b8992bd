import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeReadingProblem, findFootnote, findParagraph, findReading, loadCorpus } from '../../src/corpus/load-corpus.js';
import { ReadingError } from '../../src/errors.js';

const made: string[] = [];
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads every .md reading in the folder, numbering paragraphs and footnotes per reading', () => {
    const dir = folderWith({ 'notes.txt': 'not a reading', 'x.glossary.txt': 'not a reading either' });
    copyFileSync('corpus/russo-japanese-relations.md', path.join(dir, 'russo-japanese-relations.md'));
    copyFileSync('tests/fixtures/readings/reading-in-pages.md', path.join(dir, 'reading-in-pages.md'));

    const corpus = loadCorpus(dir);

    expect(corpus.readings.map((r) => r.id)).toEqual(['reading-in-pages', 'russo-japanese-relations']);
    const essay = findReading(corpus, 'russo-japanese-relations')!;
    const second = findReading(corpus, 'reading-in-pages')!;
    expect(essay.paragraphs).toHaveLength(31);
    expect(second.paragraphs).toHaveLength(3);
    expect(findParagraph(second, 1)!.reading).toBe('reading-in-pages');
    expect(findParagraph(essay, 1)!.reading).toBe('russo-japanese-relations');
    expect(findFootnote(second, 2)!.citedBy).toEqual([2]);
    expect(findFootnote(essay, 2)!.citedBy).toEqual([10]);
    expect(findParagraph(essay, 32)).toBeUndefined();
    expect(findFootnote(essay, 0)).toBeUndefined();
  });

  it('leaves a broken reading out, naming its file and line, and keeps the good ones', () => {
    const dir = folderWith({ 'good.md': '# Good\n\nAuthor\n\nFine.\n', 'bad.md': '# Bad\n\nAuthor\n\nCites.<sup>4</sup>\n' });
    const corpus = loadCorpus(dir);
    expect(corpus.readings.map((r) => r.id)).toEqual(['good']);
    expect(corpus.problems?.map(describeReadingProblem)).toEqual([`${path.join(dir, 'bad.md')}:5: footnote 4 is cited in paragraph 1 but never defined`]);
  });

  it('refuses a folder whose only readings are broken, naming the file and line', () => {
    const dir = folderWith({ 'bad.md': '# Bad\n\nAuthor\n\nCites.<sup>4</sup>\n' });
    expect(() => loadCorpus(dir)).toThrowError(ReadingError);
    expect(() => loadCorpus(dir)).toThrowError(/bad\.md:5: footnote 4 is cited in paragraph 1 but never defined/);
  });

  it.each([
    ['a binary body (NUL bytes)', '# Title\n\nAuthor\n\nText\u0000\u0001 more.\n', 5, /control character \(U\+0000\)/],
    ['a replacement character (not UTF-8)', '# Title\n\nAuthor\n\nFine.\n\nCaf\uFFFD society.\n', 7, /replacement character/],
    ['a control character in the title', '# Ti\u0007tle\n\nAuthor\n\nFine.\n', 1, /control character \(U\+0007\)/],
  ])('refuses a reading whose body is not text: %s, at its line', (_what, text, line, message) => {
    const dir = folderWith({ 'good.md': '# Good\n\nAuthor\n\nFine.\n', 'odd.md': text });
    const [problem] = loadCorpus(dir).problems ?? [];
    expect(problem).toMatchObject({ file: path.join(dir, 'odd.md'), line });
    expect(problem?.problem).toMatch(message);
  });

  it('says how to fix a folder with no readings', () => {
    expect(() => loadCorpus(folderWith({}))).toThrowError(/no \.md readings.*CORPUS_DIR/);
  });

  it('says how to fix a folder that does not exist', () => {
    expect(() => loadCorpus('/nonexistent/readings')).toThrowError(/cannot read the corpus folder \(ENOENT\).*CORPUS_DIR/);
  });
});
