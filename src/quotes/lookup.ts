/**
 * `record[word]` as a function, for words read from the text. Indexing an object with a string built at run
 * time makes V8 search its table of property names (~50 ns a look-up, on every token); a Map hashes the
 * string instead. Only the record's own entries are found: a word naming a property of Object.prototype
 * ("constructor", "__proto__") finds nothing.
 */
export function lookupOf<V>(record: Readonly<Record<string, V>>): (word: string) => V | undefined {
  const own = new Map<string, V>(Object.entries(record));
  return (word) => own.get(word);
}
