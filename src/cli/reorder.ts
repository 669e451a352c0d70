/**
 * Puts results that finish in any order back into input order: `put(seq, value)` returns the values that can be
 * written now (the next expected one and every one after it that is already there).
 */
export class Reorder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  put(seq: number, value: T): T[] {
    if (seq < this.next || this.waiting.has(seq)) throw new Error(`whosaid: result ${seq} delivered twice`);
    this.waiting.set(seq, value);
    const ready: T[] = [];
    for (let v = this.waiting.get(this.next); v !== undefined; v = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      ready.push(v);
      this.next++;
    }
    return ready;
  }

  /** Results received but not yet returned (they wait for an earlier one). */
  get held(): number {
    return this.waiting.size;
  }
}
