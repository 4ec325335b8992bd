// Orama 3 with English stemming (its built-in English stemmer, `stemming: true`) and English stop
// words. @orama/stopwords is not installed in this project, so the stop-word list is the NLTK
// English list shipped in wink-nlp-utils (153 words); the report says so.
import { create, insert, search, type AnyOrama } from '@orama/orama';
import { createRequire } from 'node:module';
import type { Passage } from '../passages.js';
import { packageVersion } from '../versions.js';
import type { PeerAdapter, ScoredHit } from './adapter.js';

const require = createRequire(import.meta.url);
const ENGLISH_STOP_WORDS = require('wink-nlp-utils/src/dictionaries/stop_words.json') as string[];

export const ORAMA_STOP_WORDS_SOURCE = 'NLTK English list from wink-nlp-utils (@orama/stopwords not installed)';

export function createOramaAdapter(): PeerAdapter {
  let db: AnyOrama | undefined;
  return {
    name: 'Orama (English stemmer + stop words)',
    version: packageVersion('@orama/orama'),
    build(passages: readonly Passage[]): void {
      const created = create({
        schema: { text: 'string' },
        components: { tokenizer: { language: 'english', stemming: true, stopWords: ENGLISH_STOP_WORDS } },
      });
      for (const passage of passages) {
        const inserted = insert(created, { id: passage.id, text: passage.text });
        // With default components Orama 3 inserts synchronously; a promise would mean the timing
        // below measured nothing, so refuse it rather than report a wrong number.
        if (inserted instanceof Promise) throw new Error('bench: orama insert returned a promise');
      }
      db = created;
    },
    search(query: string, k: number): readonly string[] {
      if (!db) throw new Error('bench: orama adapter searched before build');
      const results = search(db, { term: query, properties: ['text'], limit: k });
      if (results instanceof Promise) throw new Error('bench: orama search returned a promise');
      return results.hits.map((hit) => hit.id);
    },
    scoreSource: 'Orama `hit.score` (BM25)',
    searchScored(query: string, k: number): readonly ScoredHit[] {
      if (!db) throw new Error('bench: orama adapter searched before build');
      const results = search(db, { term: query, properties: ['text'], limit: k });
      if (results instanceof Promise) throw new Error('bench: orama search returned a promise');
      return results.hits.map((hit) => ({ id: hit.id, score: hit.score }));
    },
  };
}
