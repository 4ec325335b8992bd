import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionSetParts, QUESTION_SET_DIR } from '../../src/answers/question-sets.js';

const ROOT = path.join(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, QUESTION_SET_DIR, file), 'utf8');
const parts = loadQuestionSetParts(read);
const partsOf = (file: string) => parts.filter((part) => part.file === file);
const texts = (questions: readonly { question: string }[]) => questions.map((q) => q.question);

describe('the question-set catalogue', () => {
  it('lists every question set in the fixtures folder', () => {
    const files = readdirSync(path.join(ROOT, QUESTION_SET_DIR)).filter((file) => file.endsWith('.json') && file !== 'answer-snapshot.json');
    expect(new Set(parts.map((part) => part.file))).toEqual(new Set(files));
  });

  it("cuts each set into parts that together hold each of its questions once", () => {
    for (const file of new Set(parts.map((part) => part.file))) {
      const raw = (JSON.parse(read(file)) as { question?: string; q?: string }[]).map((entry) => entry.question ?? entry.q);
      const cut = partsOf(file).flatMap((part) => texts(part.questions));
      expect([...cut].sort(), file).toEqual([...raw].sort());
    }
  });

  it('holds out what each set was promised when it arrived', () => {
    // A whole set written blind after the method: never tuned on.
    expect(partsOf('casual-questions-6.json').map((part) => part.status)).toEqual(['held-out']);
    // Half tuned on: every second question held out, the same ones every run.
    const [tuning, heldOut] = partsOf('casual-questions-3.json');
    const all = texts(JSON.parse(read('casual-questions-3.json')) as { question: string }[]);
    expect(tuning?.status).toBe('tuned');
    expect(heldOut?.status).toBe('held-out');
    expect(texts(heldOut?.questions ?? [])).toEqual(all.filter((_, i) => i % 2 === 1));
    // The development sets from ../shared/eval set every third question aside.
    expect(partsOf('dev-off-topic.json').map((part) => [part.status, part.name])).toEqual([
      ['tuned', 'off-topic (dev-off-topic, tuning 2/3)'],
      ['aside', 'off-topic (dev-off-topic, set-aside 1/3)'],
    ]);
  });

  it('names each unseen ranked part for the benchmark table, and no tuned part', () => {
    for (const part of parts) {
      if (part.kind === 'ranked' && part.status !== 'tuned') expect(part.short, part.name).toBeTruthy();
      if (part.status === 'tuned') expect(part.short, part.name).toBeUndefined();
    }
  });
});
