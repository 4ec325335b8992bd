// Arrays that the per-question search code hands from function to function are built here, so
// each keeps one hidden class. V8 gives `Array.prototype.map`'s result packed elements while its
// caller is interpreted, but holey elements once TurboFan has inlined it: the same data then
// reaches its readers under two maps, and their optimised code is thrown away ("wrong map") and
// compiled again, 70-140 ms at a time, while the question waits in the slow tier. Arrays built by
// `push` (and literals, `filter`, `slice`, spreads of them) are packed in every tier.

/** `items.map(make)`, as a packed array in every tier (see above). */
export function mapPacked<T, U>(items: readonly T[], make: (item: T, index: number) => U): U[] {
  const made: U[] = [];
  for (let i = 0; i < items.length; i++) made.push(make(items[i] as T, i));
  return made;
}
