// The one order of passages with equal scores: reading id, then kind (paragraph before footnote),
// then number. Deterministic answers depend on it, so it lives in one place.

/** What the order reads of a passage (a Passage of passage-index.ts fits; no import back to it). */
interface OrderedPassage {
  readonly kind: 'paragraph' | 'footnote';
  readonly item: { readonly reading: string; readonly number: number };
}

const KIND_ORDER = { paragraph: 0, footnote: 1 } as const;

/** Score descending, then reading id, kind (paragraph first), number: a total, stable order. */
export function comparePassages(a: { score: number; passage: OrderedPassage }, b: { score: number; passage: OrderedPassage }): number {
  if (b.score !== a.score) return b.score - a.score;
  const ra = a.passage.item.reading;
  const rb = b.passage.item.reading;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.passage.kind !== b.passage.kind) return KIND_ORDER[a.passage.kind] - KIND_ORDER[b.passage.kind];
  return a.passage.item.number - b.passage.item.number;
}
