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

/** When `set` one key at a time would have made the node insertionOrderedNodeOf last returned. */
let builtAt = 0;

/**
 * The node holding keys[lo..hi) (sorted, distinct; times[i] the moment keys[i] was inserted) with
 * its entries in the order one `set` per key, in time order, would have left them. A node exists
 * from the moment its key is inserted or two of its keys diverge after it; an entry is (re)set
 * when its child is made, or when its node is (a split moves the old child under the new node,
 * first, then adds the new key's child or value).
 */
function insertionOrderedNodeOf<T>(keys: readonly string[], times: Int32Array, values: readonly T[], lo: number, hi: number, depth: number, root: boolean): Node<T> {
  const labels: string[] = [];
  const children: (Node<T> | T)[] = [];
  // Per entry, when its child (or value) was made; -1 for a subtree not built yet.
  const childAt: number[] = [];
  const ends: number[] = [];
  let i = lo;
  let created = Infinity;
  if (keys[i]!.length === depth) {
    labels.push(LEAF);
    children.push(values[i]!);
    childAt.push(times[i]!);
    ends.push(i + 1);
    created = times[i]!;
    i++;
  }
  // The two earliest first times of the groups (keys sharing the next character): the node exists once two groups do.
  let firstGroup = Infinity;
  let secondGroup = Infinity;
  while (i < hi) {
    const head = keys[i]![depth];
    let j = i + 1;
    while (j < hi && keys[j]![depth] === head) j++;
    let groupFirst = times[i]!;
    if (j === i + 1) {
      labels.push(keys[i]!.slice(depth));
      const leaf: Node<T> = new Map();
      leaf.set(LEAF, values[i]!);
      children.push(leaf);
      childAt.push(times[i]!);
    } else {
      labels.push(keys[i]!.slice(depth, commonPrefix(keys[i]!, keys[j - 1]!, depth + 1)));
      children.push(values[i]!);
      childAt.push(-1);
      for (let k = i + 1; k < j; k++) if (times[k]! < groupFirst) groupFirst = times[k]!;
    }
    ends.push(j);
    if (groupFirst < firstGroup) {
      secondGroup = firstGroup;
      firstGroup = groupFirst;
    } else if (groupFirst < secondGroup) secondGroup = groupFirst;
    i = j;
  }
  if (secondGroup < created) created = secondGroup;
  if (root) created = -1;
  let start = lo;
  for (let entry = 0; entry < labels.length; entry++) {
    if (childAt[entry] === -1) {
      children[entry] = insertionOrderedNodeOf(keys, times, values, start, ends[entry]!, depth + labels[entry]!.length, false);
      childAt[entry] = builtAt;
    }
    start = ends[entry]!;
  }
  builtAt = created;
  // An entry was last set when its child was made or, if later, when this node was; at a tie (the
  // node's making) the old child came first. Nodes have few entries: an insertion sort.
  const count = labels.length;
  const order = new Array<number>(count);
  const rank = new Array<number>(count);
  for (let entry = 0; entry < count; entry++) {
    const at = childAt[entry]!;
    const key = (at > created ? at : created) * 4294967296 + at;
    let k = entry;
    while (k > 0 && rank[k - 1]! > key) {
      rank[k] = rank[k - 1]!;
      order[k] = order[k - 1]!;
      k--;
    }
    rank[k] = key;
    order[k] = entry;
  }
  const node: Node<T> = new Map();
  for (let k = 0; k < count; k++) node.set(labels[order[k]!]!, children[order[k]!]!);
  return node;
}

/** Positions of the keys sorted by key (UTF-16 order, as SearchableMap compares): what insertionOrderedMapOf needs. */
export function sortedOrder(keys: readonly string[]): Int32Array {
  return Int32Array.from(keys.keys()).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
}

/** Whether `order` lists every position of `keys` once, the keys in increasing order (so distinct). */
export function isSortedOrder(keys: readonly string[], order: Int32Array): boolean {
  if (order.length !== keys.length) return false;
  let previous: string | undefined;
  for (const position of order) {
    const key = keys[position];
    if (key === undefined || (previous !== undefined && !(previous < key))) return false;
    previous = key;
  }
  return true;
}

/**
 * A SearchableMap of the keys (distinct, in the order given) holding the values, made in one pass
 * yet exactly the tree one `set` per key in that order makes, down to the order of each node's
 * entries, which decides the order of iteration (a prefix scan that stops early reads it).
 * `order` is sortedOrder(keys), when the caller has it already (a saved analysis keeps it: sorting
 * 100,000+ terms was most of the work here).
 */
export function insertionOrderedMapOf<T>(keys: readonly string[], values: readonly T[], order: Int32Array = sortedOrder(keys)): SearchableMap<T> {
  if (!isSortedOrder(keys, order)) throw new Error('search: the keys are not distinct, or not in the order given');
  const count = keys.length;
  const sortedKeys = new Array<string>(count);
  const sortedValues = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    sortedKeys[i] = keys[order[i]!]!;
    sortedValues[i] = values[order[i]!]!;
  }
  const tree = count === 0 ? new Map() : insertionOrderedNodeOf(sortedKeys, order, sortedValues, 0, count, 0, true);
  return new SearchableMap<T>(tree as ConstructorParameters<typeof SearchableMap<T>>[0]);
}
