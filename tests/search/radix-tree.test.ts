// searchableMapOf builds the typo vocabulary's radix tree in one pass from sorted keys; it must
// hold what one `set` per key makes, and answer fuzzy and prefix look-ups alike.
import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { insertionOrderedMapOf, searchableMapOf } from '../../src/search/radix-tree.js';

const sortedEntries = <T>(entries: Iterable<[string, T]>): [string, T][] => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** A tree's shape with each node's children in key order: what insertion order leaves unchanged. */
function shape(node: unknown): unknown {
  if (!(node instanceof Map)) return node;
  return [...node.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, child]) => [key, shape(child)]);
}

const treeOf = (map: SearchableMap<number>): unknown => (map as unknown as { _tree: unknown })._tree;

describe('searchableMapOf', () => {
  it('holds the same entries and finds the same neighbours as a map filled by set', () => {
    // Few letters, so keys share prefixes and split nodes; "" and keys that are prefixes of others included.
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 7 });
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 60 }), key, (keys, probe) => {
        const entries = keys.map((k, i): [string, number] => [k, i]);
        const bulk = searchableMapOf(entries);
        const bySet = SearchableMap.from(entries);
        // The same tree, nodes split at the same places (a tree of one character per edge would answer alike, slower).
        expect(shape(treeOf(bulk))).toEqual(shape(treeOf(bySet)));
        expect(sortedEntries(bulk.entries())).toEqual(sortedEntries(bySet.entries()));
        expect(bulk.size).toBe(keys.length);
        for (const k of keys) expect(bulk.get(k)).toBe(bySet.get(k));
        expect(bulk.has(probe)).toBe(bySet.has(probe));
        expect(sortedEntries(bulk.fuzzyGet(probe, 2))).toEqual(sortedEntries(bySet.fuzzyGet(probe, 2)));
        expect(sortedEntries(bulk.atPrefix(probe).entries())).toEqual(sortedEntries(bySet.atPrefix(probe).entries()));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('refuses a key given twice', () => {
    expect(() => searchableMapOf([['cat', 1], ['cat', 2]])).toThrow(/given twice/);
  });
});

/** A tree with each node's entries in their own order: what iteration reads. */
function orderedShape(node: unknown): unknown {
  if (!(node instanceof Map)) return node;
  return [...node.entries()].map(([key, child]) => [key, orderedShape(child)]);
}

describe('insertionOrderedMapOf', () => {
  it('is the tree one set per key makes, each node’s entries in the same order', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 7 });
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 60 }), key, (keys, probe) => {
        const values = keys.map((_, i) => i);
        const bulk = insertionOrderedMapOf(keys, values);
        const bySet = new SearchableMap<number>();
        keys.forEach((k, i) => bySet.set(k, i));
        expect(orderedShape(treeOf(bulk))).toEqual(orderedShape(treeOf(bySet)));
        expect([...bulk.entries()]).toEqual([...bySet.entries()]);
        expect([...bulk.atPrefix(probe).keys()]).toEqual([...bySet.atPrefix(probe).keys()]);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('refuses a key given twice', () => {
    expect(() => insertionOrderedMapOf(['cat', 'dog', 'cat'], [1, 2, 3])).toThrow(/not distinct/);
    expect(() => insertionOrderedMapOf(['cat', 'dog'], [1, 2], Int32Array.of(1, 0))).toThrow(/not in the order/);
  });
});
