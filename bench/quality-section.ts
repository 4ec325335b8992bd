// Section 1, quality: recall@1, recall@3 and MRR on question sets never tuned on, plus how often
// each library refuses off-topic questions and wrongly refuses on-topic ones, for the project (as
// shipped: the essay with its glossary and guides) and for each peer over the same passages, all
// scored by the project's own scorer (src/answers/evaluate.ts), so `npm run eval` and this agree.
//
// Peers have no notion of "the reading does not say this", so each gets a refusal threshold on its
// own score, chosen on the development sets only (bench/refusal-threshold.ts). The project has no
// threshold to choose: it refuses when its coverage is not "answered".
//
// The never-tuned sets' question texts stay out of the results (counts only), so the report cannot
// be read for why they fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAnswerEngine } from '../src/answers/answer-engine.js';
import {
  EVAL_DEPTH,
  engineCoverage,
  engineSearch,
  scoreQuestionSet,
  scoreRefusals,
  type EvalQuestion,
  type OffTopicQuestion,
  type SetScore,
} from '../src/answers/evaluate.js';
import type { ScoredResult } from '../src/answers/evaluate.js';
import { loadQuestionSetParts, QUESTION_SET_DIR, type OffTopicPart, type RankedPart } from '../src/answers/question-sets.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PeerAdapter, ScoredHit } from './peers/adapter.js';
import { PEERS, PEER_KEYS } from './peers/index.js';
import { corpusPassages, resultsForIds, scoredResultsById } from './passages.js';
import { PROJECT_NAME } from './project-adapter.js';
import { chooseThreshold, refuses, type ThresholdChoice } from './refusal-threshold.js';
import { projectVersion, REPO_ROOT } from './versions.js';

/** A set's scores without its questions: recall and MRR, and how many it missed, as counts. */
export interface SetSummary {
  readonly name: string;
  readonly questions: number;
  readonly recallAt1: number;
  readonly recallAt3: number;
  readonly mrr: number;
  /** Questions whose first result is not an expected passage. */
  readonly notFirst: number;
  /** Of those, the ones with no expected passage in the first EVAL_DEPTH results. */
  readonly notInTop: number;
}

export interface RefusalCount {
  readonly refused: number;
  readonly questions: number;
}

/** How a row refuses: the project by its coverage, a peer by a threshold chosen on the dev sets. */
export type RefusalRule =
  | { readonly kind: 'coverage' }
  | { readonly kind: 'threshold'; readonly scoreSource: string; readonly choice: ThresholdChoice };

export interface QualityRow {
  readonly name: string;
  readonly version: string;
  /** The never-tuned ranked sets, in QualityResults.sets order. */
  readonly sets: readonly SetSummary[];
  /** Every off-topic question never tuned on (QualityResults.offTopic). */
  readonly offTopicRefused: RefusalCount;
  /** Over all the never-tuned ranked sets together. */
  readonly onTopicWronglyRefused: RefusalCount;
  readonly rule: RefusalRule;
}

export interface QualityResults {
  readonly passages: number;
  /** The never-tuned ranked sets, as they head the table. */
  readonly sets: readonly { readonly name: string; readonly source: string; readonly questions: number }[];
  readonly offTopic: { readonly source: string; readonly questions: number };
  /** The development sets the peers' thresholds were chosen on. */
  readonly dev: { readonly onTopic: number; readonly offTopic: number; readonly sources: readonly string[] };
  readonly rows: readonly QualityRow[];
  /**
   * The project on the sets issue 2's targets name (dev-questions, dev-questions-hard). These were
   * tuned on, so they are not in the table; the targets are still checked on them.
   */
  readonly targetSets: readonly SetSummary[];
}

/** The question sets the section reads; the never-tuned ones are only ever scored. */
export interface QualitySets {
  readonly neverTuned: readonly { readonly name: string; readonly source: string; readonly questions: readonly EvalQuestion[] }[];
  readonly offTopicAside: { readonly source: string; readonly questions: readonly OffTopicQuestion[] };
  readonly devOnTopic: readonly EvalQuestion[];
  readonly devOffTopic: readonly OffTopicQuestion[];
  readonly devSources: readonly string[];
  readonly targetSets: readonly { readonly name: string; readonly questions: readonly EvalQuestion[] }[];
}

export function loadQualitySets(root = REPO_ROOT): QualitySets {
  const parts = loadQuestionSetParts((file) => readFileSync(path.join(root, QUESTION_SET_DIR, file), 'utf8'));
  const ranked = parts.filter((part): part is RankedPart => part.kind === 'ranked');
  const offTopic = parts.filter((part): part is OffTopicPart => part.kind === 'off-topic');
  const tuned = parts.filter((part) => part.status === 'tuned');
  const offTopicUnseen = offTopic.filter((part) => part.status !== 'tuned');
  const whole = (file: string): readonly EvalQuestion[] => ranked.find((part) => part.file === file)?.questions ?? [];
  return {
    neverTuned: ranked
      .filter((part) => part.status !== 'tuned')
      .map((part) => ({ name: part.short ?? part.file, source: part.source, questions: part.questions })),
    offTopicAside: {
      source: offTopicUnseen.map((part) => part.source).join('; '),
      questions: offTopicUnseen.flatMap((part) => part.questions),
    },
    devOnTopic: ranked.filter((part) => part.status === 'tuned').flatMap((part) => part.questions),
    devOffTopic: offTopic.filter((part) => part.status === 'tuned').flatMap((part) => part.questions),
    devSources: tuned.map((part) => part.source),
    targetSets: [
      { name: 'dev-questions (essay words)', questions: whole('dev-questions.json') },
      { name: 'dev-questions-hard (own words)', questions: whole('dev-questions-hard.json') },
    ],
  };
}

export function summarize(score: SetScore): SetSummary {
  const notFirst = score.outcomes.filter((o) => o.rank !== 1).length;
  const notInTop = score.outcomes.filter((o) => o.rank === null).length;
  return { name: score.name, questions: score.questions, recallAt1: score.recallAt1, recallAt3: score.recallAt3, mrr: score.mrr, notFirst, notInTop };
}

/** One peer's row: the threshold chosen on the dev sets, then every score on the never-tuned sets. */
export function measurePeer(adapter: PeerAdapter, sets: QualitySets, byId: ReadonlyMap<string, ScoredResult>): QualityRow {
  const cache = new Map<string, readonly ScoredHit[]>();
  const hits = (question: string): readonly ScoredHit[] => {
    const cached = cache.get(question) ?? adapter.searchScored(question, EVAL_DEPTH);
    cache.set(question, cached);
    return cached;
  };
  const top = (question: string): number | undefined => hits(question)[0]?.score;
  const choice = chooseThreshold(
    sets.devOnTopic.map((q) => top(q.question)),
    sets.devOffTopic.map((q) => top(q.question)),
  );
  const refusedCount = (questions: readonly { readonly question: string }[]): RefusalCount => ({
    refused: questions.filter((q) => refuses(top(q.question), choice.threshold)).length,
    questions: questions.length,
  });
  return {
    name: adapter.name,
    version: adapter.version,
    sets: sets.neverTuned.map((set) =>
      summarize(scoreQuestionSet(set.name, set.questions, (question) => resultsForIds(hits(question).map((hit) => hit.id), byId))),
    ),
    offTopicRefused: refusedCount(sets.offTopicAside.questions),
    onTopicWronglyRefused: refusedCount(sets.neverTuned.flatMap((set) => set.questions)),
    rule: { kind: 'threshold', scoreSource: adapter.scoreSource, choice },
  };
}

export function measureQuality(corpusDir = path.join(REPO_ROOT, 'corpus')): QualityResults {
  const sets = loadQualitySets();
  const engine = loadAnswerEngine(corpusDir);
  const corpus = loadCorpus(corpusDir);
  const passages = corpusPassages(corpus);
  const byId = scoredResultsById(corpus);

  const search = engineSearch(engine);
  const coverage = engineCoverage(engine);
  const refusedCount = (questions: readonly { readonly question: string }[]): RefusalCount => {
    const score = scoreRefusals('', questions, coverage);
    return { refused: score.outcomes.filter((o) => o.coverage !== 'answered').length, questions: score.questions };
  };
  const rows: QualityRow[] = [
    {
      name: PROJECT_NAME,
      version: projectVersion(),
      sets: sets.neverTuned.map((set) => summarize(scoreQuestionSet(set.name, set.questions, search))),
      offTopicRefused: refusedCount(sets.offTopicAside.questions),
      onTopicWronglyRefused: refusedCount(sets.neverTuned.flatMap((set) => set.questions)),
      rule: { kind: 'coverage' },
    },
  ];
  for (const key of PEER_KEYS) {
    const adapter = PEERS[key]();
    adapter.build(passages);
    rows.push(measurePeer(adapter, sets, byId));
  }
  return {
    passages: passages.length,
    sets: sets.neverTuned.map((set) => ({ name: set.name, source: set.source, questions: set.questions.length })),
    offTopic: { source: sets.offTopicAside.source, questions: sets.offTopicAside.questions.length },
    dev: { onTopic: sets.devOnTopic.length, offTopic: sets.devOffTopic.length, sources: sets.devSources },
    rows,
    targetSets: sets.targetSets.map((set) => summarize(scoreQuestionSet(set.name, set.questions, search))),
  };
}
