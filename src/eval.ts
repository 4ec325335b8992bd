// `npm run eval`: answer quality on every question set the project knows, in one table.
// Ranked sets: recall@1, recall@3 and MRR, and the share of these on-topic questions wrongly
// refused. Off-topic sets: the share refused ("none") or answered only as "partial".
// Which sets, and which part of each may be tuned on, is listed once in src/answers/question-sets.ts:
// a part set aside or held out is scored but its misses are never listed (nor its outcomes in the
// JSON), so nobody tunes on them. `--json` prints one JSON object;
// `--verbose` lists the misses of the sets that may be tuned on; `--no-guide` ignores the reading
// guides (to measure what they add). Extra files given as arguments are scored as ranked sets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnswerEngine } from './answers/answer-engine.js';
import { engineCoverage, engineSearch, parseQuestionSet, scoreQuestionSet, scoreRefusals } from './answers/evaluate.js';
import type { EvalQuestion, OffTopicQuestion, RefusalScore, SetScore } from './answers/evaluate.js';
import { loadQuestionSetParts, QUESTION_SET_DIR } from './answers/question-sets.js';
import type { SetStatus } from './answers/question-sets.js';
import { scoreSlips } from './answers/slips.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface RankedSet {
  readonly name: string;
  readonly status: SetStatus;
  readonly questions: readonly EvalQuestion[];
}
interface OffTopicSet {
  readonly name: string;
  readonly status: SetStatus;
  readonly questions: readonly OffTopicQuestion[];
}

const read = (file: string): string => readFileSync(path.isAbsolute(file) ? file : path.join(root, file), 'utf8');

/** The catalogue's sets, then any extra files given as arguments (scored as held out). */
function knownSets(extra: readonly string[]): { rankedSets: RankedSet[]; offTopicSets: OffTopicSet[] } {
  const parts = loadQuestionSetParts((file) => read(path.join(QUESTION_SET_DIR, file)));
  return {
    rankedSets: [
      ...parts.filter((part) => part.kind === 'ranked'),
      ...extra.map((file) => ({ name: file, status: 'held-out' as const, questions: parseQuestionSet(read(file), file) })),
    ],
    offTopicSets: parts.filter((part) => part.kind === 'off-topic'),
  };
}

const pct = (x: number): string => x.toFixed(3);

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const extra = argv.filter((arg) => !arg.startsWith('--'));
  const engine = loadAnswerEngine(path.join(root, 'corpus'), { guides: !argv.includes('--no-guide') });
  const { rankedSets, offTopicSets } = knownSets(extra);
  const search = engineSearch(engine);
  const coverage = engineCoverage(engine);
  const rankedScores = rankedSets.map((set) => ({
    status: set.status,
    score: scoreQuestionSet(set.name, set.questions, search),
    refusals: scoreRefusals(set.name, set.questions, coverage),
  }));
  const offTopicScores = offTopicSets.map((set) => ({ status: set.status, refusals: scoreRefusals(set.name, set.questions, coverage) }));
  if (json) {
    const strip = <T extends SetScore | RefusalScore>(score: T, status: SetStatus): T | Omit<T, 'outcomes'> => {
      // Outcomes name the questions and how each fared: only for sets that may be tuned on.
      if (status === 'tuned') return score;
      const { outcomes: _hidden, ...rest } = score;
      return rest;
    };
    process.stdout.write(
      `${JSON.stringify({
        ranked: rankedScores.map(({ status, score, refusals }) => ({ status, ...strip(score, status), wronglyRefused: refusals.refused, refusedNone: refusals.none })),
        offTopic: offTopicScores.map(({ status, refusals }) => ({ status, ...strip(refusals, status) })),
      })}\n`,
    );
    return 0;
  }
  process.stdout.write('set | status | questions | recall@1 | recall@3 | MRR | refused (none+partial) | of which none\n');
  for (const { status, score, refusals } of rankedScores) {
    process.stdout.write(
      `${score.name} | ${status} | ${score.questions} | ${pct(score.recallAt1)} | ${pct(score.recallAt3)} | ${pct(score.mrr)} | ${pct(refusals.refused)} | ${pct(refusals.none)}\n`,
    );
    if (verbose && status === 'tuned') {
      for (const o of score.outcomes) if (o.rank !== 1) process.stdout.write(`    rank ${o.rank ?? '-'}: ${o.question}\n`);
      for (const o of refusals.outcomes) if (o.coverage !== 'answered') process.stdout.write(`    ${o.coverage}: ${o.question}\n`);
    }
  }
  // One slip in one longer word of each question answered right: does it stay right?
  for (const status of ['tuned', 'held-out'] as const) {
    const questions = rankedSets.filter((set) => set.status === status).flatMap((set) => set.questions);
    const slips = scoreSlips(questions, search, coverage);
    process.stdout.write(
      `\none slip per question (${status} sets, questions first as written, 3 seeded runs): ${Math.round(slips.questions)} questions | still first ${pct(slips.stillFirst)} | refused ${pct(slips.refused)}\n`,
    );
  }
  process.stdout.write('\noff-topic set | status | questions | refused (none+partial) | none | partial\n');
  for (const { status, refusals } of offTopicScores) {
    process.stdout.write(`${refusals.name} | ${status} | ${refusals.questions} | ${pct(refusals.refused)} | ${pct(refusals.none)} | ${pct(refusals.partial)}\n`);
    if (verbose && status === 'tuned') {
      for (const o of refusals.outcomes) if (o.coverage === 'answered') process.stdout.write(`    answered: ${o.question}\n`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
