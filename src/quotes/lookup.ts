/** Property names every plain object answers for through its prototype ("constructor", "__proto__", ...). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `record[word]` as a function, for words read from the text. Indexing an object with a string built at run
 * time makes V8 search its table of property names (~50 ns a look-up, on every token); a Map hashes the
 * string instead. The result is the same for every word: a word naming a property of Object.prototype
 * ("constructor") still reads the record, which answers it from its prototype as before.
 */
export function lookupOf<V>(record: Readonly<Record<string, V>>): (word: string) => V | undefined {
  const own = new Map<string, V>(Object.entries(record));
  return (word) => {
    const v = own.get(word);
    return v !== undefined || !INHERITED.has(word) ? v : record[word];
  };
}
