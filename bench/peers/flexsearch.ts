// FlexSearch 0.8 with its English language preset (stop-word filter, suffix stemmer, English
// contractions) as the encoder, default tokenizer and resolution. FlexSearch intersects query
// terms by default; `suggest: true` is its documented way to still rank partial matches, which a
// question in natural language needs (otherwise almost every question returns nothing).
import { Encoder, Index } from 'flexsearch';
import EnglishPreset from 'flexsearch/lang/en';
import type { Passage } from '../passages.js';
import { packageVersion } from '../versions.js';
import type { SearchAdapter } from './adapter.js';

export function createFlexSearchAdapter(): SearchAdapter {
  let index: Index | undefined;
  let ids: readonly string[] = [];
  return {
    name: 'FlexSearch (English preset)',
    version: packageVersion('flexsearch'),
    build(passages: readonly Passage[]): void {
      index = new Index({ encoder: new Encoder(EnglishPreset) });
      ids = passages.map((passage) => passage.id);
      passages.forEach((passage, i) => index?.add(i, passage.text));
    },
    search(query: string, k: number): readonly string[] {
      if (!index) throw new Error('bench: flexsearch adapter searched before build');
      const hits = index.search(query, { limit: k, suggest: true });
      return hits.map((hit) => ids[Number(hit)] ?? String(hit));
    },
  };
}
