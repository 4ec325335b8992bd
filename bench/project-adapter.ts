// The project's answer engine behind the same SearchAdapter shape as the peers, so the scale
// section times it the same way. Over synthetic passages it indexes a one-reading corpus with no
// glossary; on the essay the quality section uses the engine as shipped (loadAnswerEngine).
import type { AnswerEngine } from '../src/answers/answer-engine.js';
import { createAnswerEngine } from '../src/answers/answer-engine.js';
import type { Answer } from '../src/answers/types.js';
import type { SearchAdapter } from './peers/adapter.js';
import { footnoteId, paragraphId, type Passage } from './passages.js';
import { syntheticCorpusAsReading } from './synthetic-corpus.js';
import { projectVersion } from './versions.js';

export const PROJECT_NAME = 'essay-circle (this project)';

/** Passage ids of an answer, best first; a no-match answer ranks nothing (it says so to the user). */
export function rankedIds(answer: Answer): string[] {
  if (answer.kind !== 'answer') return [];
  return answer.results.map((result) =>
    result.kind === 'paragraph' ? paragraphId(result.reading, result.number) : footnoteId(result.reading, result.number),
  );
}

export function createProjectAdapter(): SearchAdapter {
  let engine: AnswerEngine | undefined;
  return {
    name: PROJECT_NAME,
    version: projectVersion(),
    build(passages: readonly Passage[]): void {
      engine = createAnswerEngine(syntheticCorpusAsReading(passages));
    },
    search(query: string, k: number): readonly string[] {
      if (!engine) throw new Error('bench: project adapter searched before build');
      return rankedIds(engine.answer(query, { limit: k }));
    },
  };
}
