import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { parseReading } from '../../src/corpus/parse-reading.js';
import { parseGuide } from '../../src/search/guide.js';
import type { Corpus } from '../../src/corpus/types.js';
import {
  createAnswerEngine,
  loadAnswerEngine,
  engineForCorpus,
  loadCorpusGlossary,
} from '../../src/answers/answer-engine.js';
import { openSnapshotStore, packAnalysis, unpackAnalysis } from '../../src/answers/reading-snapshots.js';
import { analyzeReading } from '../../src/search/passage-index.js';
import type { AnswerEngine } from '../../src/answers/answer-engine.js';
import type { Answer, AnswerResult } from '../../src/answers/types.js';

const CORPUS_DIR = path.join(import.meta.dirname, '../../corpus');
const ESSAY = 'russo-japanese-relations';

let engine: AnswerEngine;
beforeAll(() => {
  engine = loadAnswerEngine(CORPUS_DIR);
});

function results(answer: Answer): readonly AnswerResult[] {
  if (answer.kind !== 'answer') throw new Error(`expected an answer, got no-match for "${answer.question}"`);
  return answer.results;
}

function top(question: string): AnswerResult {
  const first = results(engine.answer(question))[0];
  if (first === undefined) throw new Error(`no result for "${question}"`);
  return first;
}

describe('answers to questions in the essay\'s words', () => {
  it.each([
    ['Who became foreign minister in 1996?', 8, 'Worried about this situation'],
    ['Angarsk Daqing pipeline', 30, 'But interestingly enough'],
    ['SCO observer status for India', 21, 'Fourth, there is a contest'],
    ['enery pipline to nakhodka', 30, 'But interestingly enough'],
  ])('answers "%s" with paragraph %i first', (question, number, opening) => {
    const first = top(question);
    expect(first).toMatchObject({ kind: 'paragraph', reading: ESSAY, number });
    expect(first.text.startsWith(opening)).toBe(true);
  });
});

describe('answers to questions in students\' own words', () => {
  it.each([
    ['Why did Tokyo feel let down in the 1990s?', 25],
    ['Which Russian economics minister went to the islands?', 29],
    ['What do Beijing and Moscow fear about Western culture?', 14],
    ['Who leads the Shanghai bloc, Moscow or Beijing?', 21],
    // A rare name decides, not the common countries and their capitals.
    ["How did the Iraq war change Putin's view of Washington?", 11],
    ["Who were Primakov's favourite partners?", 8],
    // The paragraph stating the gain outranks the summaries.
    ['How did China gain from the rapprochement with Russia?', 28],
  ])('answers "%s" with paragraph %i first', (question, number) => {
    expect(top(question)).toMatchObject({ kind: 'paragraph', number });
  });

  it('answers a question whose rare essay phrase matches, despite words the essay never uses', () => {
    const answer = engine.answer('Who wrote about the pluralistic unipolarity idea?');
    const firstThree = results(answer).slice(0, 3).map((r) => `${r.kind} ${r.number}`);
    expect(firstThree).toEqual(expect.arrayContaining(['paragraph 10', 'footnote 2']));
  });

  it('finds the paragraph that recommends for a "should" question', () => {
    expect(top('What should Japan do about Russia now?')).toMatchObject({ kind: 'paragraph', number: 31 });
  });

  it('does not let "should" make an off-topic question relevant', () => {
    expect(engine.answer('What should we do about climate change?').kind).toBe('no-match');
    expect(engine.answer('should').kind).toBe('no-match');
  });

  it('ranks the footnote first when the question asks who wrote something', () => {
    expect(top('Who wrote about Putin and the geopolitics of oil?')).toMatchObject({ kind: 'footnote', number: 4 });
  });

  it('says which question words matched', () => {
    const answer = engine.answer('Why did Tokyo feel let down in the 1990s?');
    expect(answer.kind === 'answer' && answer.matchedTerms).toEqual(expect.arrayContaining(['tokyo', 'let down']));
  });
});

describe('footnotes', () => {
  it('brings the paragraph citing a footnote right after the footnote', () => {
    const [first, second] = results(engine.answer('Bobo Lo Chatham House'));
    expect(first).toMatchObject({ kind: 'footnote', number: 1, citedBy: [1] });
    expect(second).toMatchObject({ kind: 'paragraph', number: 1 });
    expect(second?.kind === 'paragraph' && second.footnotes.map((f) => f.number)).toEqual([1]);
    // The brought-in paragraph marks the sentence that cites the footnote.
    expect(second?.kind === 'paragraph' && second.highlight).toContain('¹');
  });

  it('attaches every cited footnote, whole, to a paragraph result', () => {
    const paragraph = results(engine.answer('managed democracy')).find((r) => r.kind === 'paragraph' && r.number === 12);
    expect(paragraph?.kind === 'paragraph' && paragraph.footnotes[0]?.text).toMatch(/^It should be noted here that influential Russian/);
  });
});

describe('no match', () => {
  it.each([
    'recipe for chocolate cake',
    'who won the 2018 world cup',
    'how do I install python on windows',
    'who is taylor swift',
    'how to train a puppy',
    'what is 2+2',
    'thanks!',
    'write me a poem about cats',
    'hello',
    'the',
    'Who sings the best pop songs?',
    'Which team won the Champions League?',
    'How tall is Mount Everest?',
    'What is the weather in Moscow tomorrow?',
  ])('says so for "%s"', (question) => {
    expect(engine.answer(question).kind).toBe('no-match');
  });

  it('offers the nearest paragraphs honestly', () => {
    const answer = engine.answer('who won the 2018 world cup');
    expect(answer.kind === 'no-match' && answer.nearest.length).toBeGreaterThan(0);
  });

  it('answers a question about the reading itself with its title and author, and the latest year it names', () => {
    const answer = engine.answer('when was this essay written?');
    expect(answer).toMatchObject({ kind: 'about-reading', coverage: 'answered', asked: 'date' });
    const reading = engine.corpus.readings[0]!;
    expect(answer.kind === 'about-reading' && answer.readings).toEqual([{ id: reading.id, title: reading.title, author: reading.author, latestYear: 2006, paragraphs: 31, footnotes: 6 }]);
    // "The author" asked about as a source of the essay's words is a question for the passages.
    expect(engine.answer('what does the author say about the sco').kind).toBe('answer');
  });

  it('suggests close essay words for a misspelling', () => {
    expect(engine.answer('Primakof').suggestions).toContain('primakov');
  });

  it('does not ask "did you mean" about an English word spelt right that the essay never uses', () => {
    // "Peace" is one letter from the essay's "place", but it is what the student meant.
    expect(engine.answer('have japan and russia made peace').suggestions).not.toContain('place');
    expect(engine.answer('peace').suggestions).toEqual([]);
  });

  it.each(['', '   ', '?!.,;', '\u200B\u200B'])('gives an empty no-match for %j', (question) => {
    expect(engine.answer(question)).toEqual({ kind: 'no-match', coverage: 'none', smallTalk: false, question, suggestions: [], nearest: [] });
  });
});

describe('robustness', () => {
  it.each([
    'x'.repeat(10_000),
    'Putin '.repeat(2_000),
    '\u0000\u0001\u0007\u001B[31m',
    '\u202Enitup\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627',
    '@everyone **Putin** `code` [link](http://x) <@123>',
    '🙂🙃 ☃ \uD800 lone surrogate',
    'Ａｎｇａｒｓｋ Ｄａｑｉｎｇ',
  ])('never throws (%#)', (question) => {
    expect(() => engine.answer(question)).not.toThrow();
  });

  it('answers a 10,000-character question', () => {
    const question = `${'Putin and the Northern Territories. '.repeat(300)}`.slice(0, 10_000);
    expect(engine.answer(question).kind).toBe('answer');
  });

  it('reads full-width letters like plain ones', () => {
    expect(top('Ａｎｇａｒｓｋ Ｄａｑｉｎｇ')).toMatchObject({ number: 30 });
  });
});

describe('ranking contract', () => {
  it('is deterministic, across calls and engines', () => {
    const question = 'Is China a stable partner for Russia?';
    const again = loadAnswerEngine(CORPUS_DIR);
    expect(engine.answer(question, { limit: 10 })).toEqual(engine.answer(question, { limit: 10 }));
    expect(again.answer(question, { limit: 10 })).toEqual(engine.answer(question, { limit: 10 }));
  });

  it('returns 3 results by default and pages with offset', () => {
    const question = 'Sino-Russian relations';
    const all = results(engine.answer(question, { limit: 6 }));
    expect(results(engine.answer(question))).toHaveLength(3);
    expect(results(engine.answer(question, { limit: 3, offset: 3 }))).toEqual(all.slice(3, 6));
    const answer = engine.answer(question);
    expect(answer.kind === 'answer' && answer.total).toBeGreaterThanOrEqual(6);
  });

  it('orders results by score, never listing a passage twice', () => {
    const list = results(engine.answer('Putin energy oil', { limit: 20 }));
    const keys = list.map((r) => `${r.kind}${r.number}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks a best sentence that is an exact substring of the paragraph', () => {
    for (const question of ['Who coined the term pluralistic unipolarity?', 'Which countries opposed the US-led coalition in Iraq?', 'Bobo Lo']) {
      for (const result of results(engine.answer(question, { limit: 10 }))) {
        if (result.kind === 'paragraph') {
          expect(result.text).toContain(result.highlight);
          expect(result.highlight.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('highlights the sentence where the question\'s words meet', () => {
    const first = top('German Gref fourfold increase in expenditure');
    expect(first.kind === 'paragraph' && first.highlight).toMatch(/^German Gref, minister of economic development and trade/);
  });
});

describe('several readings', () => {
  const second = parseReading(
    '# Arctic Shipping\n\nA. Writer\n\nIcebreakers open the Northern Sea Route each summer.<sup>1</sup>\n\nInsurance costs remain high for Arctic convoys.\n\n---\n\n<sup>1</sup> See the Murmansk port authority report.\n',
    'tests/inline/arctic-shipping.md',
    'arctic-shipping',
  );
  let corpus: Corpus;
  let multi: AnswerEngine;
  beforeAll(() => {
    const essay = loadCorpus(CORPUS_DIR);
    corpus = { readings: [...essay.readings, second] };
    multi = createAnswerEngine(corpus, loadCorpusGlossary(CORPUS_DIR, essay));
  });

  it('carries the reading id on each result', () => {
    expect(multi.answer('icebreakers Northern Sea Route')).toMatchObject({
      kind: 'answer',
      results: [expect.objectContaining({ reading: 'arctic-shipping', number: 1 })],
    });
    expect(results(multi.answer('Angarsk Daqing pipeline'))[0]).toMatchObject({ reading: ESSAY, number: 30 });
  });

  it('breaks score ties by reading id, then number', () => {
    const twin = (id: string): ReturnType<typeof parseReading> =>
      parseReading('# Twin\n\nA. Writer\n\nGlaciers retreat.\n\nGlaciers retreat.\n', `${id}.md`, id);
    const tied = createAnswerEngine({ readings: [twin('b-twin'), twin('a-twin')] });
    const list = results(tied.answer('glaciers retreat', { limit: 10 }));
    expect(new Set(list.map((r) => r.score)).size).toBe(1);
    expect(list.map((r) => `${r.reading} ${r.number}`)).toEqual(['a-twin 1', 'a-twin 2', 'b-twin 1', 'b-twin 2']);
  });

  it('numbers footnotes per reading', () => {
    const list = results(multi.answer('Murmansk port authority report'));
    expect(list[0]).toMatchObject({ kind: 'footnote', reading: 'arctic-shipping', number: 1, citedBy: [1] });
  });
});

describe('saved analyses in DATA_DIR', () => {
  it('answers the same from a snapshot, and rebuilds when the reading file changes', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-snapshots-'));
    try {
      const corpus = loadCorpus(CORPUS_DIR);
      const store = openSnapshotStore(dataDir);
      const saved: string[] = [];
      const built = engineForCorpus(CORPUS_DIR, corpus, { savedAnalysis: store.load, onAnalysed: (reading, analysis) => (saved.push(reading.id), store.save(reading, analysis)) });
      const questions = ['Primakof', 'Why did Tokyo feel let down?', 'Bobo Lo', 'cake'];
      const expected = questions.map((q) => built.answer(q, { limit: 10 }));
      expect(saved).toEqual([ESSAY]);
      expect(readdirSync(path.join(dataDir, 'indexes'))).toEqual([expect.stringMatching(new RegExp(`^${ESSAY}\\.[0-9a-f]{16}\\.snapshot$`))]);

      let analysed = 0;
      const loaded = engineForCorpus(CORPUS_DIR, corpus, { savedAnalysis: store.load, onAnalysed: () => (analysed += 1) });
      expect(questions.map((q) => loaded.answer(q, { limit: 10 }))).toEqual(expected);
      expect(analysed).toBe(0);

      // The same reading id, another file content: the old snapshot does not fit, so it is rebuilt.
      const changedDir = mkdtempSync(path.join(tmpdir(), 'essay-changed-'));
      writeFileSync(path.join(changedDir, `${ESSAY}.md`), readFileSync(path.join(CORPUS_DIR, `${ESSAY}.md`), 'utf8').replace('Primakov', 'Primakov (the minister)'));
      const changed = loadCorpus(changedDir);
      const rebuilt: string[] = [];
      engineForCorpus(changedDir, changed, { savedAnalysis: store.load, onAnalysed: (reading, analysis) => (rebuilt.push(reading.id), store.save(reading, analysis)) }).answer('Primakov');
      expect(rebuilt).toEqual([ESSAY]);
      expect(readdirSync(path.join(dataDir, 'indexes'))).toHaveLength(1);
      rmSync(changedDir, { recursive: true, force: true });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('ignores a snapshot of another reading or version', () => {
    const corpus = loadCorpus(CORPUS_DIR);
    const reading = corpus.readings[0]!;
    const packed = packAnalysis(analyzeReading(reading));
    expect(unpackAnalysis(packed, reading)).toEqual(analyzeReading(reading));
    const shorter = { ...reading, paragraphs: reading.paragraphs.slice(1) };
    expect(unpackAnalysis(packed, shorter)).toBeUndefined();
    // Another index version in the header (same length, so the file stays well formed).
    const otherVersion = Buffer.from(packed);
    const digit = otherVersion.indexOf('"indexVersion":') + '"indexVersion":'.length;
    otherVersion[digit] = otherVersion[digit] === 0x39 ? 0x38 : 0x39;
    expect(unpackAnalysis(otherVersion, reading)).toBeUndefined();
  });

  it('rejects a damaged snapshot instead of reading it, and the store rebuilds it', () => {
    const corpus = loadCorpus(CORPUS_DIR);
    const reading = corpus.readings[0]!;
    const packed = packAnalysis(analyzeReading(reading));
    expect(() => unpackAnalysis(packed.subarray(0, packed.length - 1), reading)).toThrow(/damaged snapshot \(length\)/);
    expect(() => unpackAnalysis(packed.subarray(0, 10), reading)).toThrow(/damaged snapshot/);
    const flipped = Buffer.from(packed);
    flipped[packed.length - 100]! ^= 1;
    expect(() => unpackAnalysis(flipped, reading)).toThrow(/damaged snapshot \(checksum\)/);
    expect(() => unpackAnalysis(Buffer.from('{"format":"essay-circle-reading-analysis"}'), reading)).toThrow();
    // Well written (its checksum holds) but not fitting together: the terms' sorted order swapped.
    const analysis = analyzeReading(reading);
    const misordered = Int32Array.from(analysis.termOrder);
    [misordered[0], misordered[1]] = [misordered[1]!, misordered[0]!];
    expect(() => unpackAnalysis(packAnalysis({ ...analysis, termOrder: misordered }), reading)).toThrow(/damaged snapshot \(term order\)/);

    const dataDir = mkdtempSync(path.join(tmpdir(), 'essay-snapshots-'));
    try {
      const errors: unknown[] = [];
      const store = openSnapshotStore(dataDir, (err) => errors.push(err));
      store.save(reading, analyzeReading(reading));
      const [name] = readdirSync(path.join(dataDir, 'indexes'));
      const file = path.join(dataDir, 'indexes', name!);
      writeFileSync(file, readFileSync(file).subarray(0, 1000));
      let analysed = 0;
      const engine = engineForCorpus(CORPUS_DIR, corpus, { savedAnalysis: store.load, onAnalysed: (r, analysis) => ((analysed += 1), store.save(r, analysis)) });
      expect(engine.answer('Primakov').kind).toBe('answer');
      expect(analysed).toBe(1);
      expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/damaged snapshot/) })]);
      expect(store.load(reading)).toEqual(analyzeReading(reading));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('any string', () => {
  it('is answered without throwing, with highlights that are substrings', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), fc.constantFrom('', ' Putin', ' Beijing pipeline', ' the U.S.'), (noise, words) => {
        const answer = engine.answer(noise + words, { limit: 5 });
        const list = answer.kind === 'answer' ? answer.results : answer.kind === 'no-match' ? answer.nearest : [];
        for (const result of list) if (result.kind === 'paragraph') expect(result.text).toContain(result.highlight);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('loading a corpus folder', () => {
  it('reports a broken glossary line with its file and line', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'essay-corpus-'));
    try {
      copyFileSync(path.join(CORPUS_DIR, `${ESSAY}.md`), path.join(dir, `${ESSAY}.md`));
      writeFileSync(path.join(dir, `${ESSAY}.glossary.txt`), '# ok\nRussia = Kremlin\nBeijing China\n');
      expect(() => loadAnswerEngine(dir)).toThrow(`${path.join(dir, `${ESSAY}.glossary.txt`)}:3:`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a large corpus', () => {
  // 12,000 passages: more than the candidate pool (2,000), with "harbour" in 2,400 of them (a
  // common term, scored from the cache), "trade" in all (ubiquitous, left out) and one rare word.
  const text = (n: number): string =>
    `Passage ${n} on trade${n % 5 === 0 ? ' and the harbour' : ''}${n % 7 === 0 ? ' and grain' : ''}${n === 1234 ? ' and a zeppelin' : ''}.`;
  const source = `# Big Reading\n\nA. Writer\n\n${Array.from({ length: 12_000 }, (_v, i) => text(i + 1)).join('\n\n')}\n`;
  let big: AnswerEngine;
  beforeAll(() => {
    big = createAnswerEngine({ readings: [parseReading(source, 'big.md', 'big')] });
  });

  it('still finds the one passage with a rare word first', () => {
    expect(results(big.answer('harbour zeppelin'))[0]).toMatchObject({ reading: 'big', number: 1234 });
  });

  it('ranks passages meeting both common words first, the same way every time', () => {
    const first = big.answer('harbour grain trade', { limit: 10 });
    for (const result of results(first)) expect(result.number % 35).toBe(0);
    expect(big.answer('harbour grain trade', { limit: 10 })).toEqual(first);
  });
});

describe('passages the text cannot tell apart', () => {
  // Six paragraphs meet "river" and "town" alike; BM25 prefers the shortest by a few percent.
  const text = [
    '# Rivers and Towns',
    'An Author',
    'The river and the town grew up together.',
    'The river and the town grew up together early.',
    'The river and the town grew up together, slowly.',
    'The river and the town grew up together in time.',
    'The river and the town grew up together, it seems.',
    'The river and the town grew up together, as records show.',
    'Mountains stand far away.',
  ].join('\n\n');
  const reading = parseReading(text, 'rivers.md', 'rivers');
  const guide = parseGuide('¶6: Why the river and the town need each other: trade, water, mills.\n', 'rivers.guide.txt');

  it('share a rank, so the guide decides between them', () => {
    const guided = createAnswerEngine({ readings: [reading] }, undefined, new Map([['rivers', guide]]));
    expect(results(guided.answer('the river and the town'))[0]).toMatchObject({ number: 6 });
    // Without a guide the text's order stands.
    expect(results(createAnswerEngine({ readings: [reading] }).answer('the river and the town'))[0]).toMatchObject({ number: 1 });
  });
});
