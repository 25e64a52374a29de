/**
 * Article vectors for related links: BM25-weighted terms (headline weighed most, then standfirst, tags and body),
 * document frequencies counted within each language, each article cut to its strongest terms and L2-normalised.
 */
import type { ArticleTerms } from './analyse.ts';
import type { RelatedTuning } from './tuning.ts';

/** One article's strongest terms (ascending ids) and their normalised weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Vectorises every analysed article. `group` says which articles share document frequencies (one group per language
 * when links stay within a language). Term ids index `surface`, the readable form of each term, numbered in the
 * order articles and their terms come.
 */
export function vectorise(
  analysed: readonly ArticleTerms[],
  group: readonly number[],
  tuning: RelatedTuning,
  surface: string[],
): Vector[] {
  const termIds = new Map<string, number>();
  const docs = analysed.map(({ terms, counts }) => {
    const ids = new Int32Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      let id = termIds.get(term);
      if (id === undefined) {
        id = surface.length;
        termIds.set(term, id);
        surface.push(term);
      }
      ids[k] = id;
    }
    return { ids, tf: Float64Array.from(counts) };
  });
  const lengths = Float64Array.from(analysed, ({ length }) => length);

  // (A loop, not Math.max(...group): spreading a large archive would overflow the call stack.)
  const groups = group.reduce((max, g) => Math.max(max, g), 0) + 1;
  const sizes = new Float64Array(groups);
  const lengthSums = new Float64Array(groups);
  const df = Array.from({ length: groups }, () => new Uint32Array(surface.length));
  docs.forEach(({ ids }, doc) => {
    const g = group[doc]!;
    sizes[g]! += 1;
    lengthSums[g]! += lengths[doc]!;
    for (const id of ids) df[g]![id]! += 1;
  });
  const { k1, b, topTerms } = tuning;
  // Inverse document frequencies, once per term and group (terms found in a single article cannot link two).
  const idf = df.map((frequencies, g) => {
    const total = sizes[g]!;
    return Float64Array.from(frequencies, (n) => (n < 2 ? 0 : Math.log(1 + (total - n + 0.5) / (n + 0.5))));
  });
  // Scratch space for one article (typed arrays: no small objects per term).
  let weight = new Float64Array(256);
  let sorted = new Float64Array(256);
  let kept = new Int32Array(256);
  const weightOf = new Float64Array(surface.length);
  return docs.map(({ ids, tf }, doc) => {
    const g = group[doc]!;
    const inverse = idf[g]!;
    const norm = k1 * (1 - b + (b * lengths[doc]!) / (lengthSums[g]! / sizes[g]! || 1));
    const size = ids.length;
    if (weight.length < size) {
      weight = new Float64Array(size * 2);
      sorted = new Float64Array(size * 2);
      kept = new Int32Array(size * 2);
    }
    let strongest = 0;
    for (let k = 0; k < size; k++) {
      const f = tf[k]!;
      const w = ((f * (k1 + 1)) / (f + norm)) * inverse[ids[k]!]!;
      weight[k] = w;
      if (w > 0) strongest++;
    }
    // The weight of the last term kept (a native numeric sort finds it), then the terms above it, and ties at it
    // in term order, so the cut is deterministic.
    let floor = Number.MIN_VALUE;
    if (strongest > topTerms) {
      const view = sorted.subarray(0, size);
      view.set(weight.subarray(0, size));
      floor = view.sort()[size - topTerms]!;
    }
    let count = 0;
    let squares = 0;
    for (let k = 0; k < size; k++) {
      const w = weight[k]!;
      if (w > floor) {
        kept[count++] = ids[k]!;
        weightOf[ids[k]!] = w;
        squares += w * w;
      }
    }
    if (count < topTerms) {
      const ties: number[] = [];
      for (let k = 0; k < size; k++) if (weight[k] === floor) ties.push(ids[k]!);
      ties.sort((x, y) => x - y);
      for (const id of ties.slice(0, topTerms - count)) {
        kept[count++] = id;
        weightOf[id] = floor;
        squares += floor * floor;
      }
    }
    const length = Math.sqrt(squares) || 1;
    const terms = kept.slice(0, count).sort();
    const weights = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      weights[k] = weightOf[terms[k]!]! / length;
      weightOf[terms[k]!] = 0;
    }
    return { terms, weights };
  });
}
