/**
 * Nearest neighbours of every article through an inverted index over the kept terms: cosine similarity, plus a
 * bonus for shared tags and the same section, eased by the date gap. Only articles of the same group (language)
 * are compared.
 */
import type { RelatedTuning } from './tuning.ts';
import type { RelatedInput } from './types.ts';
import type { Vector } from './vectors.ts';

/** A scored neighbour. */
export interface Neighbour {
  doc: number;
  score: number;
}

const DAY = 86_400_000;

/** Settings of one search. */
export interface NeighbourSearch {
  /** Neighbours kept per article. */
  keep: number;
  /** Minimum cosine similarity (shared tags alone never make a link). */
  minScore: number;
  /** Folded tags of each article. */
  tags: ReadonlySet<string>[];
}

/** Posting lists in flat arrays: term t's entries are at [starts[t], ends[t]). */
interface Postings {
  starts: Int32Array;
  ends: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

/** Builds the inverted index over the kept terms, each list cut to its `max` strongest entries. */
function invertedIndex(vectors: readonly Vector[], terms: number, max: number): Postings {
  const counts = new Int32Array(terms);
  for (const vector of vectors) for (const term of vector.terms) counts[term]! += 1;
  const starts = new Int32Array(terms);
  for (let term = 1; term < terms; term++) starts[term] = starts[term - 1]! + counts[term - 1]!;
  const total = terms > 0 ? starts[terms - 1]! + counts[terms - 1]! : 0;
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  const fill = starts.slice();
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.terms.length; k++) {
      const at = fill[vector.terms[k]!]!++;
      docs[at] = doc;
      weights[at] = vector.weights[k]!;
    }
  });
  const ends = fill;
  for (let term = 0; term < terms; term++) {
    const start = starts[term]!;
    if (counts[term]! <= max) continue;
    // Keep the strongest entries (ties: lower doc first), written back in place.
    const order = Array.from({ length: counts[term]! }, (_, k) => start + k);
    order.sort((a, b) => weights[b]! - weights[a]! || docs[a]! - docs[b]!);
    const keptDocs = order.slice(0, max).map((at) => docs[at]!);
    const keptWeights = order.slice(0, max).map((at) => weights[at]!);
    docs.set(keptDocs, start);
    weights.set(keptWeights, start);
    ends[term] = start + max;
  }
  return { starts, ends, docs, weights };
}

/** The best `keep` neighbours of each article, best first (ties: newer first, then slug order). */
export function findNeighbours(
  articles: readonly RelatedInput[],
  vectors: readonly Vector[],
  group: readonly number[],
  terms: number,
  tuning: RelatedTuning,
  search: NeighbourSearch,
): Neighbour[][] {
  const postings = invertedIndex(vectors, terms, tuning.maxPostings);
  const { keep, minScore, tags } = search;
  const times = Float64Array.from(articles, (article) => article.date.getTime());
  const scores = new Float64Array(articles.length);
  const matches = new Uint16Array(articles.length);
  const touched = new Int32Array(articles.length);
  const order = (a: Neighbour, b: Neighbour) => b.score - a.score || times[b.doc]! - times[a.doc]! || a.doc - b.doc;

  return vectors.map((vector, doc) => {
    let size = 0;
    for (let k = 0; k < vector.terms.length; k++) {
      const weight = vector.weights[k]!;
      const term = vector.terms[k]!;
      for (let p = postings.starts[term]!, end = postings.ends[term]!; p < end; p++) {
        const other = postings.docs[p]!;
        if (matches[other] === 0) touched[size++] = other;
        scores[other]! += weight * postings.weights[p]!;
        matches[other]! += 1;
      }
    }
    const candidates: Neighbour[] = [];
    // The score of the worst kept candidate once the list has been cut: anything below cannot make the top.
    let floor = -Infinity;
    const maxBonus = tuning.tagBonus + tuning.sectionBonus;
    for (let t = 0; t < size; t++) {
      const other = touched[t]!;
      const cosine = scores[other]!;
      const shared = matches[other]!;
      scores[other] = 0;
      matches[other] = 0;
      if (cosine < minScore || shared < tuning.minSharedTerms || other === doc || group[other] !== group[doc]) continue;
      // Bonuses and the date can only lower a score that is already below the kept ones by more than the bonuses.
      if (cosine + maxBonus < floor) continue;
      const tagsA = tags[doc]!;
      const tagsB = tags[other]!;
      let sharedTags = 0;
      for (const tag of tagsA) if (tagsB.has(tag)) sharedTags++;
      const union = tagsA.size + tagsB.size - sharedTags;
      const bonus =
        (union > 0 ? tuning.tagBonus * (sharedTags / union) : 0) +
        (articles[other]!.section === articles[doc]!.section ? tuning.sectionBonus : 0);
      const days = Math.abs(times[doc]! - times[other]!) / DAY;
      const score = (cosine + bonus) / Math.pow(1 + days / tuning.dateScaleDays, tuning.dateExponent);
      // Keep only the best few: no full sort of every candidate.
      if (score >= floor) {
        candidates.push({ doc: other, score });
        if (candidates.length > keep * 4) {
          candidates.sort(order);
          candidates.length = keep;
          floor = candidates[keep - 1]!.score;
        }
      }
    }
    candidates.sort(order);
    if (candidates.length > keep) candidates.length = keep;
    return candidates;
  });
}
