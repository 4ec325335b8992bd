// Answers identical to the recorded ones: every question of the development sets, answered by the
// engine over the essay, against tests/fixtures/answer-snapshot.json (recorded before the
// per-reading indexes and the speed work). A change of ranking shows here as a diff, question by
// question. Re-record only on purpose: RECORD_ANSWER_SNAPSHOT=1 npx vitest run tests/answers/answer-snapshot.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswerEngine } from '../../src/answers/answer-engine.js';
import type { Answer } from '../../src/answers/types.js';

const ROOT = path.join(import.meta.dirname, '../..');
const SETS = ['dev-questions', 'dev-questions-hard', 'dev-questions-casual', 'extra-questions'] as const;
const SNAPSHOT = path.join(ROOT, 'tests/fixtures/answer-snapshot.json');

/** What must not change: the kind, coverage and missing words, the total, and each result's place, reading, number, score and highlight. */
function summarize(answer: Answer): unknown {
  if (answer.kind === 'no-match') {
    return { kind: answer.kind, coverage: answer.coverage, smallTalk: answer.smallTalk, suggestions: answer.suggestions, nearest: answer.nearest.map((r) => `${r.reading}/${r.number}`) };
  }
  if (answer.kind === 'about-reading') return { kind: answer.kind, coverage: answer.coverage, asked: answer.asked, readings: answer.readings.map((r) => r.id) };
  return {
    kind: answer.kind,
    coverage: answer.coverage,
    missing: answer.missing,
    total: answer.total,
    suggestions: answer.suggestions,
    matchedTerms: answer.matchedTerms,
    results: answer.results.map((r) => `${r.reading}/${r.kind}/${r.number} ${r.score}${r.kind === 'paragraph' ? ` «${r.highlight.slice(0, 60)}»` : ''}`),
  };
}

function record(): Record<string, Record<string, unknown>> {
  const engine = loadAnswerEngine(path.join(ROOT, 'corpus'));
  const out: Record<string, Record<string, unknown>> = {};
  for (const set of SETS) {
    const questions = JSON.parse(readFileSync(path.join(ROOT, `tests/fixtures/${set}.json`), 'utf8')) as { question: string }[];
    const answers: Record<string, unknown> = {};
    for (const { question } of questions) answers[question] = summarize(engine.answer(question, { limit: 10 }));
    out[set] = answers;
  }
  return out;
}

describe('answers on the essay', () => {
  it('are identical to the recorded ones for every development question', () => {
    const now = record();
    if (process.env.RECORD_ANSWER_SNAPSHOT === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as typeof now;
    for (const set of SETS) expect(now[set], set).toEqual(recorded[set]);
  });
});
