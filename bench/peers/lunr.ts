// Lunr with its default English pipeline (trimmer, stop-word filter, Porter stemmer), which
// `lunr(builder)` installs by itself. Lunr parses queries for its own syntax (field:term, term~1,
// +must, -not, boost^2, wild*), so the adapter blanks those characters: students type plain text.
import lunr from 'lunr';
import type { Passage } from '../passages.js';
import { packageVersion } from '../versions.js';
import type { PeerAdapter, ScoredHit } from './adapter.js';

const LUNR_SYNTAX = /[:^~*+\-\\]/g;

export function createLunrAdapter(): PeerAdapter {
  let index: lunr.Index | undefined;
  return {
    name: 'Lunr (English pipeline)',
    version: packageVersion('lunr'),
    build(passages: readonly Passage[]): void {
      index = lunr(function () {
        this.ref('id');
        this.field('text');
        for (const passage of passages) this.add({ id: passage.id, text: passage.text });
      });
    },
    search(query: string, k: number): readonly string[] {
      if (!index) throw new Error('bench: lunr adapter searched before build');
      return index.search(query.replace(LUNR_SYNTAX, ' ')).slice(0, k).map((result) => result.ref);
    },
    scoreSource: 'Lunr `result.score`',
    searchScored(query: string, k: number): readonly ScoredHit[] {
      if (!index) throw new Error('bench: lunr adapter searched before build');
      return index.search(query.replace(LUNR_SYNTAX, ' ')).slice(0, k).map((result) => ({ id: result.ref, score: result.score }));
    },
  };
}
