import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassageIndex, type PassageIndex } from '../../src/search/passage-index.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { bestSentenceOf, rankPassages, SentenceCache } from '../../src/search/rank.js';
import { SEARCH_OPTIONS } from '../../src/search/search-options.js';

// A reading written for these tests: each paragraph meets a known part of the questions below.
const READING = `# Harbours of the North

TANAKA Ken

Lighthouses guided the fishing boats home. The keepers trimmed the lamps every night.

The salt merchants sailed in spring. Lighthouses were far from their minds. Their ledgers counted salt and silver.

Winter closed the northern harbours. Nobody sailed until the ice broke.
`;

let dir: string;
let index: PassageIndex;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rank-'));
  writeFileSync(path.join(dir, 'harbours.md'), READING);
  index = buildPassageIndex(loadCorpus(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rank = (question: string) => rankPassages(index, analyzeQuestion(question, index, new Map()).concepts, new SentenceCache(index));
const paragraphOf = (ranked: { readonly passage: { readonly kind: string } & Record<string, unknown> }): unknown => ranked.passage['paragraph'] ?? ranked.passage['number'];

describe('rankPassages', () => {
  it('puts the passage that meets the whole question first, with full coverage', () => {
    const [first, ...rest] = rank('salt merchants ledgers');
    expect(first?.coverage).toBe(1);
    expect(first?.matchedWords).toBe(3);
    for (const other of rest) expect(other.score).toBeLessThan(first!.score);
  });

  it('scores a passage meeting part of the question with partial coverage, and leaves out passages meeting none', () => {
    const ranked = rank('lighthouses keepers');
    expect(ranked).toHaveLength(2);
    const [full, partial] = ranked;
    expect(full?.coverage).toBe(1);
    expect(partial?.coverage).toBeGreaterThan(0);
    expect(partial?.coverage).toBeLessThan(1);
    expect(partial?.matchedTerms).toEqual(['lighthouses']);
  });

  it('picks as best sentence the one holding most of the question', () => {
    expect(rank('ledgers silver')[0]?.bestSentence).toBe('Their ledgers counted salt and silver.');
    expect(rank('nobody sailed until the ice')[0]?.bestSentence).toBe('Nobody sailed until the ice broke.');
  });

  it('ranks nothing for a question none of whose words is in the reading', () => {
    expect(rank('volcanoes')).toEqual([]);
  });

  it('is deterministic: the same question ranks the same passages in the same order', () => {
    const once = rank('sailed harbours salt').map(paragraphOf);
    expect(rank('sailed harbours salt').map(paragraphOf)).toEqual(once);
    expect(once.length).toBeGreaterThan(1);
  });
});

describe('bestSentenceOf', () => {
  it("falls back to a passage's first sentence when no sentence meets the question", () => {
    const sentences = new SentenceCache(index);
    const concepts = analyzeQuestion('keepers', index, new Map()).concepts;
    const winter = index.passages.findIndex((entry) => entry?.item.text.startsWith('Winter'));
    expect(winter).toBeGreaterThanOrEqual(0);
    expect(bestSentenceOf(concepts, sentences, winter)).toMatchObject({ text: 'Winter closed the northern harbours.', count: 0 });
  });
});

describe('rankPassages on a scope as large as the candidate pool', () => {
  let bigDir: string;
  let big: PassageIndex;
  const rare = 40;
  beforeAll(() => {
    // candidateLimit passages: "walrus" in 40 of them, "harbour" in all but 10. The rarer term
    // fills the pool first; the common one then no longer fits, so it only scores that pool.
    const paragraphs = Array.from({ length: SEARCH_OPTIONS.candidateLimit }, (_, i) =>
      i < rare ? 'The walrus slept by the harbour.' : i < SEARCH_OPTIONS.candidateLimit - 10 ? 'Boats left the harbour.' : 'Gulls circled overhead.',
    );
    bigDir = mkdtempSync(path.join(tmpdir(), 'rank-big-'));
    writeFileSync(path.join(bigDir, 'walrus.md'), `# Walrus Bay\n\nTANAKA Ken\n\n${paragraphs.join('\n\n')}\n`);
    big = buildPassageIndex(loadCorpus(bigDir));
  });
  afterAll(() => rmSync(bigDir, { recursive: true, force: true }));

  it('lets a term too common to join the pool score only the passages the rarer terms brought', () => {
    expect(big.documentCount).toBe(SEARCH_OPTIONS.candidateLimit);
    const ranked = rankPassages(big, analyzeQuestion('walrus harbour', big, new Map()).concepts, new SentenceCache(big));
    expect(ranked).toHaveLength(rare);
    for (const hit of ranked) expect(hit.matchedTerms).toEqual(['walrus', 'harbour']);
  });
});
