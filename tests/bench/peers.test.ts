import { describe, expect, it } from 'vitest';
import { PEERS, PEER_KEYS } from '../../bench/peers/index.js';
import type { Passage } from '../../bench/passages.js';
import { createProjectAdapter } from '../../bench/project-adapter.js';
import { generateSyntheticCorpus } from '../../bench/synthetic-corpus.js';

const PASSAGES: Passage[] = [
  { id: 'r#p1', text: 'The Soviet Union collapsed and Russia lost much of its influence in Asia.' },
  { id: 'r#p2', text: 'China and Russia held a joint military maneuver on the Shandong peninsula.' },
  { id: 'r#p3', text: 'Japan was disappointed by the slow negotiations over the northern islands.' },
  { id: 'r#f1', text: 'See the official records of the summit for the full text of the statement.' },
];

describe.each(PEER_KEYS)('the %s adapter', (key) => {
  it('ranks the passage holding the asked words first', () => {
    const adapter = PEERS[key]();
    adapter.build(PASSAGES);
    expect(adapter.search('joint military maneuver', 3)[0]).toBe('r#p2');
    expect(adapter.search('disappointed negotiations', 3)[0]).toBe('r#p3');
  });

  it('returns at most k passage ids of the corpus', () => {
    const adapter = PEERS[key]();
    adapter.build(PASSAGES);
    const ids = adapter.search('Russia', 1);
    expect(ids.length).toBeLessThanOrEqual(1);
    for (const id of ids) expect(PASSAGES.map((p) => p.id)).toContain(id);
  });

  it('gives the same ranking with its scores, best first', () => {
    const adapter = PEERS[key]();
    adapter.build(PASSAGES);
    for (const query of ['joint military maneuver', 'Russia influence', 'official records']) {
      const hits = adapter.searchScored(query, 3);
      expect(hits.map((hit) => hit.id)).toEqual(adapter.search(query, 3));
      for (const hit of hits) expect(Number.isFinite(hit.score)).toBe(true);
      for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    }
    expect(adapter.scoreSource.length).toBeGreaterThan(0);
  });

  it('names its library and the installed version', () => {
    const adapter = PEERS[key]();
    expect(adapter.name.length).toBeGreaterThan(0);
    expect(adapter.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the project adapter', () => {
  it('indexes synthetic passages and finds a passage by its rare words', () => {
    const { passages } = generateSyntheticCorpus(30, 0);
    const adapter = createProjectAdapter();
    adapter.build(passages);
    const target = passages[17]!;
    const rare = target.text.toLowerCase().replace(/[.,]/g, '').split(' ').filter((w) => w.length > 9).slice(0, 3).join(' ');
    expect(adapter.search(rare, 5)).toContain(target.id);
  });
});
