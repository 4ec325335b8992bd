// MiniSearch as a user would first configure it for fuzzy questions: default tokenizer and term
// processing, prefix + fuzzy 0.2 + OR. It is the baseline issue 5 names for the scale target.
import MiniSearch from 'minisearch';
import type { Passage } from '../passages.js';
import { packageVersion } from '../versions.js';
import type { PeerAdapter, ScoredHit } from './adapter.js';

export function createMiniSearchAdapter(): PeerAdapter {
  let index: MiniSearch<{ id: number; text: string }> | undefined;
  let ids: readonly string[] = [];
  return {
    name: 'MiniSearch (default, prefix+fuzzy 0.2, OR)',
    version: packageVersion('minisearch'),
    build(passages: readonly Passage[]): void {
      index = new MiniSearch({ fields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' } });
      ids = passages.map((passage) => passage.id);
      index.addAll(passages.map((passage, i) => ({ id: i, text: passage.text })));
    },
    search(query: string, k: number): readonly string[] {
      if (!index) throw new Error('bench: minisearch adapter searched before build');
      return index.search(query).slice(0, k).map((hit) => ids[Number(hit.id)] ?? String(hit.id));
    },
    scoreSource: 'MiniSearch `result.score`',
    searchScored(query: string, k: number): readonly ScoredHit[] {
      if (!index) throw new Error('bench: minisearch adapter searched before build');
      return index.search(query).slice(0, k).map((hit) => ({ id: ids[Number(hit.id)] ?? String(hit.id), score: hit.score }));
    },
  };
}
