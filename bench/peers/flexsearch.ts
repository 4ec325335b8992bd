// FlexSearch 0.8 with its English language preset (stop-word filter, suffix stemmer, English
// contractions) as the encoder, default tokenizer and resolution. FlexSearch intersects query
// terms by default; `suggest: true` is its documented way to still rank partial matches, which a
// question in natural language needs (otherwise almost every question returns nothing).
import { Encoder, Index } from 'flexsearch';
import EnglishPreset from 'flexsearch/lang/en';
import type { Passage } from '../passages.js';
import { packageVersion } from '../versions.js';
import type { PeerAdapter, ScoredHit } from './adapter.js';

export function createFlexSearchAdapter(): PeerAdapter {
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
    // FlexSearch returns ids only, no score. Its rank stands in (score 1/rank), so every top hit
    // scores 1 and the only refusal a threshold can make is "it returned nothing".
    scoreSource: 'none (FlexSearch returns ids only; 1/rank stands in, so it refuses only when it returns nothing)',
    searchScored(query: string, k: number): readonly ScoredHit[] {
      if (!index) throw new Error('bench: flexsearch adapter searched before build');
      const hits = index.search(query, { limit: k, suggest: true });
      return hits.map((hit, i) => ({ id: ids[Number(hit)] ?? String(hit), score: 1 / (i + 1) }));
    },
  };
}
