// What a closed (or running) debate adds up to: who took which side, posts and citations per
// student, the passages each side cited, the motion's evidence nobody cited, and how long it ran.
// The closing post and the CSV export are both rendered from this one shape.
import { toCsv } from './csv.js';
import type { DebateStore } from './store.js';
import { SIDES, type Debate, type Side } from './types.js';

export interface StudentRecord {
  readonly userId: string;
  readonly displayName: string | null;
  /** Current side; null for someone who posted without joining a side. */
  readonly side: Side | null;
  readonly switches: number;
  readonly posts: number;
  readonly citations: number;
  /** Distinct paragraphs of the debate's reading cited, ascending. */
  readonly paragraphs: readonly number[];
}

export interface DebateSummary {
  readonly debate: Debate;
  /** From opening to closing (or to now, for a debate still running), pauses included. */
  readonly durationMs: number;
  /** Students on a side first (for, then against, each in joining order), then others who posted. */
  readonly students: readonly StudentRecord[];
  readonly participants: Readonly<Record<Side, readonly string[]>>;
  /** Distinct paragraphs of the debate's reading cited by each side, ascending. */
  readonly citedBySide: Readonly<Record<Side, readonly number[]>>;
  /** The motion's evidence paragraphs that nobody cited, ascending. */
  readonly uncitedEvidence: readonly number[];
  readonly totals: { readonly posts: number; readonly citations: number; readonly speakers: number };
}

const ascending = (a: number, b: number): number => a - b;

export function buildSummary(store: DebateStore, debate: Debate, now: number): DebateSummary {
  const sides = store.sides(debate.id);
  const switches = store.switchCounts(debate.id);
  const posts = store.postCounts(debate.id);
  const citations = store.citations(debate.id);

  // Paragraph numbers are the debate's reading's: a citation of another reading (`/debate cite
  // reading:`) counts as a citation, but its ¶ would be read as the debate reading's, so it is
  // left out of the lists of paragraphs (and cannot mark the motion's evidence as cited).
  const citedBy = new Map<string, { count: number; paragraphs: number[] }>();
  for (const citation of citations) {
    const entry = citedBy.get(citation.userId) ?? { count: 0, paragraphs: [] };
    entry.count += 1;
    if (citation.reading === debate.reading) entry.paragraphs.push(citation.paragraph);
    citedBy.set(citation.userId, entry);
  }
  const ownReading = citations.filter((c) => c.reading === debate.reading);
  const recordFor = (userId: string, side: Side | null, displayName: string | null): StudentRecord => {
    const cited = citedBy.get(userId);
    return {
      userId,
      displayName,
      side,
      switches: switches.get(userId) ?? 0,
      posts: posts.get(userId) ?? 0,
      citations: cited?.count ?? 0,
      paragraphs: [...new Set(cited?.paragraphs ?? [])].sort(ascending),
    };
  };

  const onASide = new Set(sides.map((s) => s.userId));
  const students: StudentRecord[] = [];
  for (const side of SIDES) {
    for (const s of sides) if (s.side === side) students.push(recordFor(s.userId, s.side, s.displayName));
  }
  // Someone may post (or, in principle, cite from an earlier side record) without a side now.
  const others = new Set<string>([...posts.keys(), ...citedBy.keys()].filter((userId) => !onASide.has(userId)));
  for (const userId of [...others].sort()) students.push(recordFor(userId, null, null));

  const citedBySide = (side: Side): number[] => [...new Set(ownReading.filter((c) => c.side === side).map((c) => c.paragraph))].sort(ascending);
  const anyCited = new Set(ownReading.map((c) => c.paragraph));
  const end = debate.closedAt ?? now;

  return {
    debate,
    durationMs: Math.max(0, end - debate.openedAt),
    students,
    participants: {
      for: sides.filter((s) => s.side === 'for').map((s) => s.userId),
      against: sides.filter((s) => s.side === 'against').map((s) => s.userId),
    },
    citedBySide: { for: citedBySide('for'), against: citedBySide('against') },
    uncitedEvidence: [...new Set(debate.evidenceParagraphs)].filter((n) => !anyCited.has(n)).sort(ascending),
    totals: {
      posts: [...posts.values()].reduce((sum, n) => sum + n, 0),
      citations: citations.length,
      speakers: store.speakerCount(debate.id),
    },
  };
}

export const CSV_HEADER = ['user_id', 'display_name', 'side', 'side_switches', 'posts', 'citations', 'paragraphs_cited'] as const;

/** The per-student record as CSV (one row per student; paragraphs space-separated). */
export function summaryToCsv(summary: DebateSummary): string {
  return toCsv(
    CSV_HEADER,
    summary.students.map((s) => [s.userId, s.displayName ?? '', s.side ?? '', s.switches, s.posts, s.citations, s.paragraphs.join(' ')]),
  );
}
