// Turns a parsed corpus into the flat passages every search library indexes (one per paragraph and
// one per footnote, with ids saying which reading and passage they are), and maps ranked ids back
// to the result shape the project's scorer reads, so peers and project are scored identically.
import type { ScoredResult } from '../src/answers/evaluate.js';
import type { Corpus } from '../src/corpus/types.js';

export interface Passage {
  /** `<reading>#p<n>` for paragraph n, `<reading>#f<n>` for footnote n. */
  readonly id: string;
  readonly text: string;
}

export function paragraphId(reading: string, number: number): string {
  return `${reading}#p${number}`;
}

export function footnoteId(reading: string, number: number): string {
  return `${reading}#f${number}`;
}

export function corpusPassages(corpus: Corpus): Passage[] {
  return corpus.readings.flatMap((reading) => [
    ...reading.paragraphs.map((p) => ({ id: paragraphId(reading.id, p.number), text: p.text })),
    ...reading.footnotes.map((f) => ({ id: footnoteId(reading.id, f.number), text: f.text })),
  ]);
}

/**
 * id -> the result a reader would see for that passage: a paragraph shows the footnotes it cites
 * (as the project's answers do), so a footnote expectation is met the same way for every library.
 */
export function scoredResultsById(corpus: Corpus): ReadonlyMap<string, ScoredResult> {
  const byId = new Map<string, ScoredResult>();
  for (const reading of corpus.readings) {
    for (const p of reading.paragraphs) {
      const footnotes = reading.footnotes.filter((f) => p.footnotes.includes(f.number));
      byId.set(paragraphId(reading.id, p.number), { kind: 'paragraph', text: p.text, footnotes });
    }
    for (const f of reading.footnotes) byId.set(footnoteId(reading.id, f.number), { kind: 'footnote', text: f.text });
  }
  return byId;
}

/** Ranked ids as scorer results; an id the corpus does not hold is a broken adapter, so it throws. */
export function resultsForIds(ids: readonly string[], byId: ReadonlyMap<string, ScoredResult>): ScoredResult[] {
  return ids.map((id) => {
    const result = byId.get(id);
    if (!result) throw new Error(`bench: a search returned "${id}", which is not a passage of the corpus`);
    return result;
  });
}
