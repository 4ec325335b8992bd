// Shared set-up for the debate tests: a throw-away DATA_DIR, a clock the test moves by hand, and
// a service over the real essay and its motions file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Corpus, Reading } from '../../src/corpus/types.js';
import { DebateService } from '../../src/debate/debate-service.js';
import { loadCorpusMotions } from '../../src/debate/motions.js';
import type { DebateStore } from '../../src/debate/store.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
export const ESSAY_ID = 'russo-japanese-relations';

let corpus: Corpus | undefined;
export function essayCorpus(): Corpus {
  corpus ??= loadCorpus(CORPUS_DIR);
  return corpus;
}
export function essay(): Reading {
  const reading = essayCorpus().readings.find((r) => r.id === ESSAY_ID);
  if (reading === undefined) throw new Error('test setup: the essay is missing from corpus/');
  return reading;
}

export interface TempDataDir {
  readonly dir: string;
  remove(): void;
}
export function makeTempDataDir(): TempDataDir {
  const dir = mkdtempSync(path.join(tmpdir(), 'essay-circle-debate-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestClock {
  readonly now: () => number;
  advance(ms: number): void;
}
/** A clock that stands still until the test moves it (starts at 2026-03-02 09:00 UTC). */
export function makeClock(start = Date.UTC(2026, 2, 2, 9, 0, 0)): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export function makeService(store: DebateStore, clock: TestClock): DebateService {
  return new DebateService({ store, corpus: essayCorpus(), motions: loadCorpusMotions(essayCorpus()), now: clock.now });
}

export const GUILD = '811111111111111111';
export const OTHER_GUILD = '822222222222222222';
export const CHANNEL = '833333333333333333';
export const THREAD = '844444444444444444';
export const TEACHER = '855555555555555555';
export const ALICE = '866666666666666661';
export const BOB = '866666666666666662';
export const CAROL = '866666666666666663';

/** A thread of the test server, as the service's lookups take it (server and thread). */
export const at = (threadId: string, guildId: string = GUILD): { readonly guildId: string; readonly threadId: string } => ({ guildId, threadId });
export const HERE = at(THREAD);
