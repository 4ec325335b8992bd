// Every contender of the scale section by key: the project and the peers. Child processes get a
// key on their command line and build their contender from this list.
import type { SearchAdapter } from './peers/adapter.js';
import { PEERS, PEER_KEYS, type PeerKey } from './peers/index.js';
import { createProjectAdapter } from './project-adapter.js';

export type ContenderKey = 'project' | PeerKey;

export const CONTENDER_KEYS: readonly ContenderKey[] = ['project', ...PEER_KEYS];

export function isContenderKey(value: string): value is ContenderKey {
  return (CONTENDER_KEYS as readonly string[]).includes(value);
}

export function createContender(key: ContenderKey): SearchAdapter {
  return key === 'project' ? createProjectAdapter() : PEERS[key]();
}
