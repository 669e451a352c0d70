/**
 * A frozen lexicon table with no prototype: looking up a word of the text such as "constructor" or "toString"
 * finds nothing, as it should, where a plain object literal would answer with a function of Object.prototype.
 */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
