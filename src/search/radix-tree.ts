// A SearchableMap made in one pass from its entries sorted, instead of one `set` per entry: each
// `set` walks the tree from the root and splits nodes, which for 130,000 surface words cost a
// third of a second at start-up. A radix tree is the same whatever the order of insertion, but
// for the order of a node's children, which only iteration shows: use this only for maps whose
// readers do not depend on that order (the typo vocabulary: closeWords sorts what it finds).
import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch 7.2's tree: a node maps edge labels to nodes, and "" to the value of the key ending there. */
type Node<T> = Map<string, Node<T> | T>;
const LEAF = '';

/** The length of the common prefix of two strings, from `from` on (UTF-16 code units, as SearchableMap compares). */
function commonPrefix(a: string, b: string, from: number): number {
  let end = from;
  while (end < a.length && end < b.length && a[end] === b[end]) end++;
  return end;
}

/** The node holding keys[lo..hi) (sorted, distinct), whose first `depth` characters are the path to it. */
function nodeOf<T>(keys: readonly string[], values: readonly T[], lo: number, hi: number, depth: number): Node<T> {
  const node: Node<T> = new Map();
  let i = lo;
  // Sorted, so the key ending here (if any) comes first.
  if (keys[i]!.length === depth) node.set(LEAF, values[i++]!);
  while (i < hi) {
    const first = keys[i]![depth];
    let j = i + 1;
    while (j < hi && keys[j]![depth] === first) j++;
    if (j === i + 1) {
      node.set(keys[i]!.slice(depth), new Map([[LEAF, values[i]!]]));
    } else {
      // Keys in sorted order: what the first and last share, all between share.
      const end = commonPrefix(keys[i]!, keys[j - 1]!, depth + 1);
      node.set(keys[i]!.slice(depth, end), nodeOf(keys, values, i, j, end));
    }
    i = j;
  }
  return node;
}

/** A SearchableMap of the entries, whose keys must be distinct (in any order: they are sorted here, at little cost when they already are). */
export function searchableMapOf<T>(entries: Iterable<readonly [string, T]>): SearchableMap<T> {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const keys = sorted.map(([key]) => key);
  const values = sorted.map(([, value]) => value);
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) throw new Error(`search: the key "${keys[i]}" is given twice`);
  const tree = keys.length === 0 ? new Map() : nodeOf(keys, values, 0, keys.length, 0);
  // The constructor taking a tree is MiniSearch's own (atPrefix makes its views so); 7.2 is pinned.
  return new SearchableMap<T>(tree as ConstructorParameters<typeof SearchableMap<T>>[0]);
}
