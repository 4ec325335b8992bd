// `npm run eval`: scores the engine on the development question sets and prints recall@1,
// recall@3 and MRR per set (`--json` for one JSON object; `--verbose` lists each miss).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnswerEngine } from './answers/answer-engine.js';
import { engineSearch, parseQuestionSet, scoreQuestionSet } from './answers/evaluate.js';
import type { SetScore } from './answers/evaluate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SETS = [
  { name: 'essay words (dev-questions.json)', file: 'tests/fixtures/dev-questions.json' },
  { name: "students' words (dev-questions-hard.json)", file: 'tests/fixtures/dev-questions-hard.json' },
];

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const extra = argv.filter((arg) => !arg.startsWith('--'));
  const engine = loadAnswerEngine(path.join(root, 'corpus'));
  const sets = [...SETS, ...extra.map((file) => ({ name: file, file }))];
  const scores: SetScore[] = sets.map(({ name, file }) => {
    const full = path.isAbsolute(file) ? file : path.join(root, file);
    return scoreQuestionSet(name, parseQuestionSet(readFileSync(full, 'utf8'), file), engineSearch(engine));
  });
  if (json) {
    process.stdout.write(`${JSON.stringify({ sets: scores })}\n`);
    return 0;
  }
  for (const score of scores) {
    process.stdout.write(
      `${score.name}: ${score.questions} questions  recall@1 ${score.recallAt1.toFixed(3)}  recall@3 ${score.recallAt3.toFixed(3)}  MRR ${score.mrr.toFixed(3)}\n`,
    );
    if (verbose) {
      for (const o of score.outcomes) if (o.rank !== 1) process.stdout.write(`  rank ${o.rank ?? '-'}: ${o.question}\n`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
