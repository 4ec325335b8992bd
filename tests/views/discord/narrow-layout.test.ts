// On a phone: the V2 text of an answer, a passage and a footnote, word-wrapped to 40 columns, relies
// on nothing wide. No inline fields side by side (every field is its own labelled line), no code
// blocks or tables for layout, and no unbreakable run the layout itself adds (a rule of dashes):
// the only words longer than the width are the essay's own (a URL in a footnote).
import { describe, expect, it } from 'vitest';
import { loadAnswerEngine } from '../../../src/answers/answer-engine.js';
import { blocksOf, textsOf } from '../../../src/views/discord/components-v2.js';
import { renderAnswerMessage, renderFootnoteMessage, renderPassageMessage } from '../../../src/views/discord/answer-messages.js';
import type { MessageDraft } from '../../../src/views/discord/message-drafts.js';

const NARROW = 40;
const engine = loadAnswerEngine('corpus');
const reading = engine.corpus.readings[0]!;
const essayText = [...reading.paragraphs.map((p) => p.text), ...reading.footnotes.map((f) => f.text), reading.title, reading.author].join('\n');

/** Greedy word wrap: how a narrow client lays a line out (a word longer than the width gets a line of its own). */
function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    const rows: string[] = [];
    let row = '';
    for (const word of line.split(/\s+/).filter((w) => w !== '')) {
      if (row !== '' && row.length + 1 + word.length > width) {
        rows.push(row);
        row = word;
      } else row = row === '' ? word : `${row} ${word}`;
    }
    rows.push(row);
    return rows;
  });
}

/** Every text display of every message of a draft (the reply and its follow-ups). */
function textsOfDraft(draft: MessageDraft): string[] {
  return [draft, ...(draft.followUps ?? [])].flatMap((message) => textsOf(blocksOf(message)));
}

const stripMarkdown = (word: string): string => word.replace(/^[*_`~|(]+|[*_`~|),.;:]+$/g, '');

function expectReadableAtNarrowWidth(draft: MessageDraft): void {
  const texts = textsOfDraft(draft);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text).not.toContain('```');
    // No table rows or pipes drawn for layout; no inline field pairs to sit side by side.
    expect(text).not.toMatch(/^\s*\|.*\|\s*$/m);
    expect(text).not.toMatch(/[─━═—-]{8,}/);
    for (const row of wrap(text, NARROW)) {
      if (row.length <= NARROW) continue;
      // Only a single word can overflow, and it must be the essay's own.
      expect(row.includes(' '), `"${row}" cannot wrap at ${NARROW} columns`).toBe(false);
      expect(essayText.includes(stripMarkdown(row)), `"${row}" is wider than a phone and not the essay's`).toBe(true);
    }
  }
}

describe(`the V2 text at ${NARROW} columns`, () => {
  it('of every passage wraps, labels on their own lines', () => {
    for (const paragraph of reading.paragraphs) {
      const draft = renderPassageMessage(reading, paragraph.number);
      expectReadableAtNarrowWidth(draft);
      expect(textsOfDraft(draft).join('\n')).toMatch(/^\*\*Cite as:\*\* `/m);
    }
  });

  it('of every footnote wraps', () => {
    for (const footnote of reading.footnotes) expectReadableAtNarrowWidth(renderFootnoteMessage(reading, footnote));
  });

  it('of an answer wraps, with its key sentence on a line of its own', () => {
    const answer = engine.answer('Why did Russia move closer to China?', { limit: 3 });
    if (answer.kind !== 'answer') throw new Error('the engine should answer this');
    const { draft } = renderAnswerMessage({ answer, corpus: engine.corpus, key: 'k', offset: 0, audience: { kind: 'private' } });
    expectReadableAtNarrowWidth(draft);
    const first = answer.results[0]!;
    if (first.kind !== 'paragraph') throw new Error('expected a paragraph first');
    expect(textsOfDraft(draft).join('\n').split('\n')).toContain(`**Key sentence:** ${first.highlight.trim()}`);
  });
});
