/**
 * Guards for tests that loop over fixtures: a filter that matches nothing (a renamed folder, a
 * typo in a probe name, a changed meta field) would otherwise turn the loop into zero tests and
 * the suite would pass having checked nothing. Called where the loop's list is built, so an
 * empty selection fails the whole file at collection.
 */

/** Returns `items` when it holds at least `min` (≥ 1) of them; throws naming `what` otherwise. */
export function atLeast<T>(min: number, items: readonly T[], what: string): T[] {
  if (!Number.isInteger(min) || min < 1) throw new Error(`atLeast: min must be a positive integer, got ${min}`);
  if (items.length < min) throw new Error(`expected at least ${min} ${what}, found ${items.length}: the selection is wrong or the fixtures moved`);
  return [...items];
}

/** `atLeast(1, …)`: the selection must not be empty. */
export function atLeastOne<T>(items: readonly T[], what: string): T[] {
  return atLeast(1, items, what);
}
