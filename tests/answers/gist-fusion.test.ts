// How the guide's gists weigh against the text: where the text's best passages score alike, the
// text cannot tell them apart and the gist decides; where one passage clearly leads, it stays first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswerEngine } from '../../src/answers/answer-engine.js';
import type { Answer } from '../../src/answers/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gist-fusion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Three paragraphs naming both countries once, of slightly different lengths: the text ranks them
// by length alone, a few percent apart.
writeFileSync(
  path.join(dir, 'neighbours.md'),
  [
    '# Two Neighbours',
    'An Author',
    'Russia and China trade grain across the river.',
    'Russia and China share a long border in the east, drawn in treaties.',
    'Russia and China hold talks every year, and each sends ministers to the other.',
  ].join('\n\n') + '\n',
);
writeFileSync(path.join(dir, 'neighbours.guide.txt'), ['¶1: Grain sales over the water.', '¶2: The frontier and its treaties.', '¶3: Russia and China as partners who keep talking.'].join('\n') + '\n');

const engine = loadAnswerEngine(dir);
const first = (answer: Answer): number | undefined => (answer.kind === 'answer' ? answer.results[0]?.number : undefined);

describe('fusing the text and the gists', () => {
  it('lets the gist decide between passages the text scores alike', () => {
    const answer = engine.answer('russia and china');
    expect(answer.coverage).toBe('answered');
    expect(first(answer)).toBe(3);
    // Without the guide, the text's order stands: the shortest paragraph first.
    expect(first(loadAnswerEngine(dir, { guides: false }).answer('russia and china'))).toBe(1);
  });

  it('keeps the passage the text clearly puts first', () => {
    expect(first(engine.answer('russia and china grain'))).toBe(1);
    expect(first(engine.answer('the russia china border'))).toBe(2);
  });
});
