import { describe, expect, it } from 'vitest';
import { addTypo, describeCorpusShape, generateSyntheticCorpus, mulberry32, syntheticCorpusAsReading } from '../../bench/synthetic-corpus.js';

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[.,]/g, '').split(' ').filter(Boolean);
}

describe('the synthetic corpus', () => {
  it('is the same for the same seed, passage for passage and query for query', () => {
    expect(generateSyntheticCorpus(50, 20, 7)).toEqual(generateSyntheticCorpus(50, 20, 7));
  });

  it('differs for another seed', () => {
    expect(generateSyntheticCorpus(5, 0, 7).passages).not.toEqual(generateSyntheticCorpus(5, 0, 8).passages);
  });

  it('makes the smaller corpus the beginning of the larger one', () => {
    const small = generateSyntheticCorpus(20, 0).passages;
    const large = generateSyntheticCorpus(60, 0).passages;
    expect(large.slice(0, 20)).toEqual(small);
  });

  it('writes passages of 120 to 180 words, about 150 on average', () => {
    const { passages } = generateSyntheticCorpus(200, 0);
    const lengths = passages.map((p) => wordsOf(p.text).length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(120);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(180);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(140);
    expect(mean).toBeLessThan(160);
  });

  it('has a long-tailed vocabulary: a few very common words and many rare ones', () => {
    const counts = new Map<string, number>();
    for (const p of generateSyntheticCorpus(300, 0).passages) for (const w of wordsOf(p.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    expect(sorted[0]! / total).toBeGreaterThan(0.02);
    expect(sorted.filter((c) => c === 1).length / sorted.length).toBeGreaterThan(0.3);
    expect(counts.has('the')).toBe(true);
  });

  it('draws each query from its source passage, except for inflections and typos', () => {
    const { passages, queries } = generateSyntheticCorpus(100, 200);
    const byId = new Map(passages.map((p) => [p.id, new Set(wordsOf(p.text))]));
    const plain = queries.filter((q) => !q.typo && !q.inflected);
    expect(plain.length).toBeGreaterThan(100);
    for (const query of plain) {
      const words = query.text.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(1);
      expect(words.length).toBeLessThanOrEqual(6);
      for (const word of words) expect(byId.get(query.source)?.has(word)).toBe(true);
    }
    expect(queries.some((q) => q.typo)).toBe(true);
    expect(queries.some((q) => q.inflected)).toBe(true);
  });

  it('becomes a one-reading corpus whose paragraph numbers match the passage ids', () => {
    const { passages } = generateSyntheticCorpus(3, 0);
    const corpus = syntheticCorpusAsReading(passages);
    expect(corpus.readings).toHaveLength(1);
    expect(corpus.readings[0]!.paragraphs.map((p) => `${p.reading}#p${p.number}`)).toEqual(passages.map((p) => p.id));
    expect(corpus.readings[0]!.paragraphs[1]!.text).toBe(passages[1]!.text);
  });
});

describe('describeCorpusShape', () => {
  it('counts words, distinct words and words seen once, ignoring case and punctuation', () => {
    const shape = describeCorpusShape([
      { id: 'a', text: 'The treaty, the Treaty.' },
      { id: 'b', text: 'A treaty island.' },
    ]);
    expect(shape).toEqual({ words: 7, distinctWords: 4, hapaxes: 2 });
  });
});

describe('addTypo', () => {
  it('changes a word by one edit and keeps its first letter', () => {
    const random = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const typo = addTypo('negotiation', random);
      expect(typo[0]).toBe('n');
      expect(Math.abs(typo.length - 'negotiation'.length)).toBeLessThanOrEqual(1);
    }
  });
});

describe('mulberry32', () => {
  it('repeats its stream for a seed and stays within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
