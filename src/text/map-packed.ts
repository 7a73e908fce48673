/**
 * `items.map(f)` as one kind of array wherever it runs. V8's `Array.prototype.map` returns a packed
 * array in the interpreter but a holey one once its caller is optimised, and an empty result holds
 * small integers: code that later reads a new kind is deoptimised and compiled again. Pushed onto a
 * literal, every result is a packed array of any values (the literal's site remembers the kind).
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
