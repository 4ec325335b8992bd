// wink-bm25-text-search with the standard English preparation from its README (version 3.0.1,
// the wink-nlp-utils examples): lower-case, tokenize, remove stop words, stem, propagate negations.
import bm25 from 'wink-bm25-text-search';
import nlp from 'wink-nlp-utils';
import type { Passage } from '../passages.js';
import { packageVersion } from '../versions.js';
import type { PeerAdapter, ScoredHit } from './adapter.js';

export function createWinkBm25Adapter(): PeerAdapter {
  const engine = bm25();
  let ids: readonly string[] = [];
  let built = false;
  return {
    name: 'wink-bm25-text-search (wink-nlp-utils prep)',
    version: packageVersion('wink-bm25-text-search'),
    build(passages: readonly Passage[]): void {
      engine.defineConfig({ fldWeights: { text: 1 } });
      engine.definePrepTasks([
        nlp.string.lowerCase,
        nlp.string.tokenize0,
        nlp.tokens.removeWords,
        nlp.tokens.stem,
        nlp.tokens.propagateNegations,
      ]);
      ids = passages.map((passage) => passage.id);
      passages.forEach((passage, i) => engine.addDoc({ text: passage.text }, i));
      engine.consolidate();
      built = true;
    },
    search(query: string, k: number): readonly string[] {
      if (!built) throw new Error('bench: wink-bm25 adapter searched before build');
      return engine.search(query, k).map(([id]) => ids[Number(id)] ?? id);
    },
    scoreSource: 'wink-bm25 BM25 score',
    searchScored(query: string, k: number): readonly ScoredHit[] {
      if (!built) throw new Error('bench: wink-bm25 adapter searched before build');
      return engine.search(query, k).map(([id, score]) => ({ id: ids[Number(id)] ?? id, score }));
    },
  };
}
