import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusMotions, loadMotions, MotionsError, motionsFileFor, parseMotions } from '../../src/debate/motions.js';
import { isExactQuote, quoteEvidence } from '../../src/debate/quote.js';
import { CORPUS_DIR, essay, essayCorpus } from './helpers.js';

const MOTIONS_FILE = path.join(CORPUS_DIR, 'russo-japanese-relations.motions.json');

function problemsOf(source: string): readonly string[] {
  try {
    parseMotions(source, 'broken.motions.json', essay());
  } catch (err) {
    if (err instanceof MotionsError) return err.problems;
    throw err;
  }
  throw new Error('expected the motions to be refused');
}

describe("the essay's motions file", () => {
  const motions = loadMotions(MOTIONS_FILE, essay());

  it('holds between 6 and 10 motions with unique ids, each a "This house …" sentence', () => {
    expect(motions.length).toBeGreaterThanOrEqual(6);
    expect(motions.length).toBeLessThanOrEqual(10);
    expect(new Set(motions.map((m) => m.id)).size).toBe(motions.length);
    for (const motion of motions) expect(motion.motion).toMatch(/^This house believes /);
  });

  it("names only paragraphs that exist in the essay, and each motion's question gives its ¶", () => {
    const last = essay().paragraphs.length;
    for (const motion of motions) {
      expect(motion.question).toMatch(/¶\d+/);
      for (const item of motion.evidence) {
        expect(item.paragraph, `${motion.id} ¶${item.paragraph}`).toBeGreaterThanOrEqual(1);
        expect(item.paragraph, `${motion.id} ¶${item.paragraph}`).toBeLessThanOrEqual(last);
      }
    }
  });

  it('quotes every piece of evidence exactly', () => {
    for (const motion of motions) {
      for (const item of motion.evidence) {
        const text = essay().paragraphs[item.paragraph - 1]!.text;
        expect(isExactQuote(text, quoteEvidence(text, item.quote)), `${motion.id} ¶${item.paragraph}`).toBe(true);
      }
    }
  });

  it('covers the questions the essay itself asks', () => {
    const ids = motions.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['hard-line-break-with-west', 'china-reliable-partner', 'japan-drop-territorial-goal', 'japan-isolation-from-rapprochement']),
    );
    const cited = (id: string): number[] => motions.find((m) => m.id === id)!.evidence.map((e) => e.paragraph);
    expect(cited('hard-line-break-with-west')).toEqual(expect.arrayContaining([4, 11, 12, 13]));
    expect(cited('japan-isolation-from-rapprochement')).toEqual(expect.arrayContaining([28, 29, 30]));
  });

  it('gives most motions evidence on both sides', () => {
    const twoSided = motions.filter((m) => m.evidence.some((e) => e.side === 'for') && m.evidence.some((e) => e.side === 'against'));
    expect(twoSided.length).toBeGreaterThanOrEqual(motions.length - 1);
  });

  it('is found next to the reading and is not itself a reading', () => {
    expect(motionsFileFor(essay().file)).toBe(essay().file.replace(/\.md$/, '.motions.json'));
    expect(loadCorpusMotions(essayCorpus()).map((m) => m.id)).toEqual(motions.map((m) => m.id));
    expect(essayCorpus().readings).toHaveLength(1);
  });
});

describe('parseMotions', () => {
  const good = { id: 'ok-motion', motion: 'This house believes something.', question: '¶4: a question', evidence: [{ paragraph: 4, side: 'context' }] };

  it('names the file and the motion for a paragraph the reading does not have', () => {
    const source = JSON.stringify({ motions: [good, { ...good, id: 'too-far', evidence: [{ paragraph: 32, side: 'for' }] }] });
    expect(() => parseMotions(source, 'broken.motions.json', essay())).toThrow(/broken\.motions\.json[\s\S]*motion "too-far": evidence #1: paragraph 32 does not exist/);
  });

  it('refuses duplicate ids, unknown sides, missing fields and inexact quotes, all in one error', () => {
    const source = JSON.stringify({
      reading: 'russo-japanese-relations',
      motions: [
        good,
        { ...good },
        { ...good, id: 'bad-side', evidence: [{ paragraph: 5, side: 'maybe' }] },
        { id: 'no-motion', question: 'q', evidence: [{ paragraph: 1, side: 'for' }] },
        { ...good, id: 'paraphrase', evidence: [{ paragraph: 13, side: 'for', quote: 'Russia is assertive.' }] },
        { ...good, id: 'typo', evidence: [{ paragraphs: 13, side: 'for' }] },
      ],
    });
    const problems = problemsOf(source);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^motion "ok-motion": the id is used by an earlier motion/),
        expect.stringMatching(/^motion "bad-side": evidence #1: side "maybe"/),
        expect.stringMatching(/^motion "no-motion": "motion" must be a sentence starting "This house …"/),
        expect.stringMatching(/^motion "paraphrase": evidence #1: "quote" is not an exact excerpt of ¶13/),
        expect.stringMatching(/^motion "typo": evidence #1: unknown field "paragraphs"/),
      ]),
    );
  });

  it('refuses a file that is not JSON, or belongs to another reading', () => {
    expect(problemsOf('{ "motions": [ ')[0]).toMatch(/^not valid JSON/);
    expect(problemsOf(JSON.stringify({ reading: 'another-essay', motions: [good] }))[0]).toMatch(/belongs to russo-japanese-relations/);
    expect(problemsOf(JSON.stringify([good]))[0]).toMatch(/expected an object/);
  });

  it('reserves server- ids for motions a server approves', () => {
    expect(problemsOf(JSON.stringify({ motions: [{ ...good, id: 'server-1' }] }))[0]).toMatch(/reserved/);
  });

  it('says which file it could not read', () => {
    expect(() => loadMotions('/nowhere/missing.motions.json', essay())).toThrow(/\/nowhere\/missing\.motions\.json: 1 problem[\s\S]*ENOENT/);
  });
});
