// Section 1, quality: recall@1, recall@3 and MRR on the project's question sets, for the project
// (as shipped: the essay with its glossary) and for each peer over the same passages, all scored
// by the project's own scorer (src/answers/evaluate.ts), so `npm run eval` and this agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAnswerEngine } from '../src/answers/answer-engine.js';
import { EVAL_DEPTH, engineSearch, parseQuestionSet, scoreQuestionSet, type SetScore } from '../src/answers/evaluate.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { PEERS, PEER_KEYS } from './peers/index.js';
import { corpusPassages, resultsForIds, scoredResultsById } from './passages.js';
import { PROJECT_NAME } from './project-adapter.js';
import { projectVersion, REPO_ROOT } from './versions.js';

export const QUESTION_SETS = [
  { name: 'dev-questions (essay words)', file: 'tests/fixtures/dev-questions.json' },
  { name: 'dev-questions-hard (own words)', file: 'tests/fixtures/dev-questions-hard.json' },
] as const;

export interface QualityRow {
  readonly name: string;
  readonly version: string;
  readonly sets: readonly SetScore[];
}

export interface QualityResults {
  readonly passages: number;
  readonly rows: readonly QualityRow[];
}

export function measureQuality(corpusDir = path.join(REPO_ROOT, 'corpus')): QualityResults {
  const sets = QUESTION_SETS.map((set) => ({
    name: set.name,
    questions: parseQuestionSet(readFileSync(path.join(REPO_ROOT, set.file), 'utf8'), set.file),
  }));
  const engine = loadAnswerEngine(corpusDir);
  const corpus = loadCorpus(corpusDir);
  const passages = corpusPassages(corpus);
  const byId = scoredResultsById(corpus);

  const rows: QualityRow[] = [
    {
      name: PROJECT_NAME,
      version: projectVersion(),
      sets: sets.map((set) => scoreQuestionSet(set.name, set.questions, engineSearch(engine))),
    },
  ];
  for (const key of PEER_KEYS) {
    const adapter = PEERS[key]();
    adapter.build(passages);
    rows.push({
      name: adapter.name,
      version: adapter.version,
      sets: sets.map((set) =>
        scoreQuestionSet(set.name, set.questions, (question) => resultsForIds(adapter.search(question, EVAL_DEPTH), byId)),
      ),
    });
  }
  return { passages: passages.length, rows };
}
