// The explicit list of libraries the bench compares with the project, by a stable key used on the
// command line of the child processes.
import type { PeerFactory } from './adapter.js';
import { createFlexSearchAdapter } from './flexsearch.js';
import { createLunrAdapter } from './lunr.js';
import { createMiniSearchAdapter } from './minisearch.js';
import { createOramaAdapter } from './orama.js';
import { createWinkBm25Adapter } from './wink-bm25.js';

export const PEERS = {
  lunr: createLunrAdapter,
  flexsearch: createFlexSearchAdapter,
  orama: createOramaAdapter,
  'wink-bm25': createWinkBm25Adapter,
  minisearch: createMiniSearchAdapter,
} as const satisfies Record<string, PeerFactory>;

export type PeerKey = keyof typeof PEERS;

export const PEER_KEYS = Object.keys(PEERS) as PeerKey[];
