// Everything the bot needs for debates, from configuration: the store in DATA_DIR (created on
// first run) and the readings' motions files, checked against the readings. One call at startup.
import type { Corpus } from '../corpus/types.js';
import { DebateService } from './debate-service.js';
import { loadCorpusMotions } from './motions.js';
import { openDebateStore } from './store.js';

export function openDebateService(options: { readonly dataDir: string; readonly corpus: Corpus; readonly now?: () => number }): DebateService {
  // Motions first: a broken motions file is reported before any file is created.
  const motions = loadCorpusMotions(options.corpus);
  const store = openDebateStore(options.dataDir);
  return new DebateService({ store, corpus: options.corpus, motions, ...(options.now === undefined ? {} : { now: options.now }) });
}
