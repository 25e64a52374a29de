/**
 * The inverted index of the related-links engine: for each term, the articles that kept it and their weights, each
 * list cut to its strongest entries so that very common terms cannot make the neighbour search quadratic.
 */
import type { Vector } from './vectors.ts';

/** Posting lists in flat arrays: term t's entries are at [starts[t], ends[t]), in article order. */
export interface Postings {
  starts: Int32Array;
  ends: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

/** Builds the inverted index over the kept terms, each list cut to its `max` strongest entries (ties: lower doc). */
export function invertedIndex(vectors: readonly Vector[], terms: number, max: number): Postings {
  const counts = new Int32Array(terms);
  for (const vector of vectors) for (let k = 0; k < vector.terms.length; k++) counts[vector.terms[k]!]! += 1;
  const starts = new Int32Array(terms);
  for (let term = 1; term < terms; term++) starts[term] = starts[term - 1]! + counts[term - 1]!;
  const total = terms > 0 ? starts[terms - 1]! + counts[terms - 1]! : 0;
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  const ends = starts.slice();
  for (let doc = 0; doc < vectors.length; doc++) {
    const vector = vectors[doc]!;
    for (let k = 0; k < vector.terms.length; k++) {
      const at = ends[vector.terms[k]!]!++;
      docs[at] = doc;
      weights[at] = vector.weights[k]!;
    }
  }
  let scratch = new Float64Array(max * 4);
  for (let term = 0; term < terms; term++) {
    const start = starts[term]!;
    const count = counts[term]!;
    if (count <= max) continue;
    // The weight of the last entry kept (a native numeric sort finds it); entries above it are kept, then ties at it
    // in article order. Entries are compacted in place, still in article order.
    if (scratch.length < count) scratch = new Float64Array(count * 2);
    const sorted = scratch.subarray(0, count);
    sorted.set(weights.subarray(start, start + count));
    sorted.sort();
    const floor = sorted[count - max]!;
    let above = 0;
    for (let p = start; p < start + count; p++) if (weights[p]! > floor) above++;
    let ties = max - above;
    let to = start;
    for (let p = start; p < start + count; p++) {
      const weight = weights[p]!;
      if (weight > floor || (weight === floor && ties-- > 0)) {
        docs[to] = docs[p]!;
        weights[to++] = weight;
      }
    }
    ends[term] = to;
  }
  return { starts, ends, docs, weights };
}
