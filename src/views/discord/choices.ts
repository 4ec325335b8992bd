// Autocomplete choices for /footnote and /passage: each item's number with a short preview,
// filtered by what the student has typed so far (a number prefix, or words in the text).
import type { Corpus, Reading } from '../../corpus/types.js';
import { LIMITS } from './limits.js';
import { fitChoices, type ChoiceDraft } from './message-drafts.js';
import { truncatePlain } from './text-cutting.js';

interface Item {
  readonly number: number;
  readonly text: string;
}

/** Markdown marks read as noise in a plain-text choice name. */
const plain = (text: string): string => text.replace(/[*`]/g, '').replace(/\s+/g, ' ').trim();

function matches(item: Item, typed: string): boolean {
  const query = typed.trim().toLowerCase().replace(/^[¶#n.\s]+/, '');
  if (query === '') return true;
  if (/^\d+$/.test(query)) return String(item.number).startsWith(query);
  const text = item.text.toLowerCase();
  return query.split(/\s+/).every((word) => text.includes(word));
}

function choicesFor(items: readonly Item[], typed: string, label: (n: number) => string): ChoiceDraft[] {
  return fitChoices(
    items
      .filter((item) => matches(item, typed))
      .slice(0, LIMITS.choices)
      .map((item) => ({ name: truncatePlain(`${label(item.number)} — ${plain(item.text)}`, LIMITS.choiceName), value: item.number })),
  );
}

export function paragraphChoices(reading: Reading, typed: string): ChoiceDraft[] {
  return choicesFor(reading.paragraphs, typed, (n) => `¶${n}`);
}

export function footnoteChoices(reading: Reading, typed: string): ChoiceDraft[] {
  return choicesFor(reading.footnotes, typed, (n) => `Footnote ${n}`);
}

/** Choices for a `reading` option: title and author, filtered by what was typed; `all` first where allowed. */
export function readingChoices(corpus: Corpus, typed: string, allowAll: boolean): ChoiceDraft[] {
  const query = typed.trim().toLowerCase();
  const fits = (text: string): boolean => query === '' || query.split(/\s+/).every((word) => text.toLowerCase().includes(word));
  const readings = corpus.readings
    .filter((reading) => fits(`${reading.id} ${reading.title} ${reading.author}`))
    .map((reading) => ({ name: truncatePlain(`${plain(reading.title)} — ${plain(reading.author)}`, LIMITS.choiceName), value: reading.id }));
  const all = allowAll && fits('all readings every') ? [{ name: 'All readings', value: 'all' }] : [];
  return fitChoices([...all, ...readings].slice(0, LIMITS.choices));
}
