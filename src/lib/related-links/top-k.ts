/**
 * The best `size` entries of a stream (score, then newer date, then lower doc), kept in a binary heap whose root is
 * the worst kept entry, so that a candidate can be dropped as soon as an upper bound of its score is below `floor()`.
 */
export class TopK {
  readonly #size: number;
  readonly #docs: Int32Array;
  readonly #scores: Float64Array;
  readonly #times: Float64Array;
  #length = 0;

  /** Keeps `size` entries; `times` gives each doc's date (the first tie-break). */
  constructor(size: number, times: Float64Array) {
    this.#size = size;
    this.#docs = new Int32Array(size);
    this.#scores = new Float64Array(size);
    this.#times = times;
  }

  /** The lowest kept score once the heap is full (anything strictly below cannot enter), else -Infinity. */
  floor(): number {
    return this.#length === this.#size ? this.#scores[0]! : -Infinity;
  }

  // Whether entry (scoreA, docA) ranks below (scoreB, docB).
  #worse(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
    if (scoreA !== scoreB) return scoreA < scoreB;
    const timeA = this.#times[docA]!;
    const timeB = this.#times[docB]!;
    return timeA !== timeB ? timeA < timeB : docA > docB;
  }

  /** Offers a candidate. */
  push(doc: number, score: number): void {
    const docs = this.#docs;
    const scores = this.#scores;
    let at: number;
    if (this.#length < this.#size) {
      // Sift up from the new leaf.
      at = this.#length++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.#worse(score, doc, scores[parent]!, docs[parent]!)) break;
        docs[at] = docs[parent]!;
        scores[at] = scores[parent]!;
        at = parent;
      }
    } else {
      if (this.#size === 0 || !this.#worse(scores[0]!, docs[0]!, score, doc)) return;
      // Replace the root and sift down.
      at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= this.#length) break;
        if (child + 1 < this.#length && this.#worse(scores[child + 1]!, docs[child + 1]!, scores[child]!, docs[child]!))
          child++;
        if (!this.#worse(scores[child]!, docs[child]!, score, doc)) break;
        docs[at] = docs[child]!;
        scores[at] = scores[child]!;
        at = child;
      }
    }
    docs[at] = doc;
    scores[at] = score;
  }

  /** Empties the heap into a list, best first. */
  drain(): { doc: number; score: number }[] {
    const list = [];
    for (let k = 0; k < this.#length; k++) list.push({ doc: this.#docs[k]!, score: this.#scores[k]! });
    this.#length = 0;
    return list.sort((a, b) => (this.#worse(a.score, a.doc, b.score, b.doc) ? 1 : -1));
  }
}
