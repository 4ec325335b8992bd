// A small typed fake of the answer engine: the real corpus, canned answers, and a record of the
// questions asked, so the console is tested without the search index.
import type { AnswerEngine } from '../../src/answers/answer-engine.js';
import type { Answer, AnswerOptions } from '../../src/answers/types.js';
import type { Corpus } from '../../src/corpus/types.js';

export interface FakeEngine extends AnswerEngine {
  readonly asked: { question: string; options: AnswerOptions | undefined }[];
}

export function fakeEngine(corpus: Corpus, answer: (question: string) => Answer): FakeEngine {
  const asked: FakeEngine['asked'] = [];
  return {
    corpus,
    asked,
    answer(question, options) {
      asked.push({ question, options });
      return answer(question);
    },
  };
}
