/**
 * Article vectors for related links: BM25-weighted terms (headline weighed most, then standfirst, tags and body),
 * document frequencies counted within each language, each article cut to its strongest terms and L2-normalised.
 */
import { primaryLanguage } from '../language/tags.ts';
import { analyseWord } from './tokenize.ts';
import type { RelatedTuning } from './tuning.ts';
import type { RelatedInput } from './types.ts';
import { WrittenWordTable } from './word-table.ts';

/** One article's strongest terms (ascending ids) and their normalised weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Vectorises every article. `group` says which articles share document frequencies (one group per language when
 * links stay within a language). Term ids index `surface`, the readable form of each term.
 */
export function vectorise(
  articles: readonly RelatedInput[],
  group: readonly number[],
  tuning: RelatedTuning,
  surface: string[],
): Vector[] {
  const termIds = new Map<string, number>();
  const idOf = (token: string) => {
    let id = termIds.get(token);
    if (id === undefined) {
      id = surface.length;
      termIds.set(token, id);
      surface.push(token);
    }
    return id;
  };
  // Written word -> term ids, per language: each distinct spelling is folded, split and stemmed once.
  const tables = new Map<string, WrittenWordTable>();
  let counts = new Float64Array(1 << 16);
  const lengths = new Float64Array(articles.length);
  const docs = articles.map((article, doc) => {
    const lang = primaryLanguage(article.lang);
    let table = tables.get(lang);
    if (!table) {
      table = new WrittenWordTable((written) => Int32Array.from(analyseWord(written, lang), idOf));
      tables.set(lang, table);
    }
    const seen: number[] = [];
    let length = 0;
    let weight = 0;
    const count = (ids: Int32Array) => {
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (id >= counts.length) {
          const grown = new Float64Array(Math.max(counts.length * 2, id + 1));
          grown.set(counts);
          counts = grown;
        }
        if (counts[id] === 0) seen.push(id);
        counts[id]! += weight;
        length += weight;
      }
    };
    const add = (text: string, fieldWeight: number, limit = text.length) => {
      weight = fieldWeight;
      table.scan(text, limit, count);
    };
    const { fieldWeights } = tuning;
    add(article.title, fieldWeights.title);
    add(article.description ?? '', fieldWeights.description);
    add(article.tags.join(', '), fieldWeights.tags);
    add(article.body, fieldWeights.body, tuning.bodyCharacters);
    lengths[doc] = length;
    const ids = Int32Array.from(seen);
    const tf = Float64Array.from(seen, (id) => counts[id]!);
    for (const id of seen) counts[id] = 0;
    return { ids, tf };
  });

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
  // Scratch space for one article's weights (typed arrays: no small objects per term).
  let scratch = new Float64Array(256);
  return docs.map(({ ids, tf }, doc) => {
    const g = group[doc]!;
    const frequencies = df[g]!;
    const total = sizes[g]!;
    const norm = k1 * (1 - b + (b * lengths[doc]!) / (lengthSums[g]! / total || 1));
    if (scratch.length < ids.length) scratch = new Float64Array(ids.length * 2);
    const weight = scratch;
    let strongest = 0;
    for (let k = 0; k < ids.length; k++) {
      const n = frequencies[ids[k]!]!;
      const f = tf[k]!;
      // Terms found in a single article cannot link two articles.
      weight[k] = n < 2 ? 0 : ((f * (k1 + 1)) / (f + norm)) * Math.log(1 + (total - n + 0.5) / (n + 0.5));
      if (weight[k]! > 0) strongest++;
    }
    // The weight of the last term kept (a native numeric sort finds it), then the terms above it, and ties at it
    // in term order, so the cut is deterministic.
    let floor = Number.MIN_VALUE;
    if (strongest > topTerms) floor = weight.slice(0, ids.length).sort()[ids.length - topTerms]!;
    const kept: number[] = [];
    for (let k = 0; k < ids.length; k++) if (weight[k]! > floor) kept.push(k);
    if (kept.length < topTerms) {
      const ties: number[] = [];
      for (let k = 0; k < ids.length; k++) if (weight[k] === floor) ties.push(k);
      ties.sort((x, y) => ids[x]! - ids[y]!);
      kept.push(...ties.slice(0, topTerms - kept.length));
    }
    let squares = 0;
    for (const k of kept) squares += weight[k]! * weight[k]!;
    const length = Math.sqrt(squares) || 1;
    kept.sort((x, y) => ids[x]! - ids[y]!);
    return {
      terms: Int32Array.from(kept, (k) => ids[k]!),
      weights: Float64Array.from(kept, (k) => weight[k]! / length),
    };
  });
}
