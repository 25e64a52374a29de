/**
 * Nearest neighbours of every article through an inverted index over the kept terms: cosine similarity, plus a
 * bonus for shared tags and the same section, eased by the date gap. Only articles of the same group (language)
 * are compared.
 */
import type { RelatedTuning } from './tuning.ts';
import type { RelatedInput } from './types.ts';
import { invertedIndex } from './postings.ts';
import { TopK } from './top-k.ts';
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
  /** The docs searched, from `from` to `to` (exclusive); all by default. */
  from?: number;
  to?: number;
}

/** Small integer ids for strings (sections, tags), so the inner loop compares numbers. */
function numberer(): (value: string) => number {
  const ids = new Map<string, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  };
}

/** The best `keep` neighbours of each searched article, best first (ties: newer first, then slug order). */
export function findNeighbours(
  articles: readonly RelatedInput[],
  vectors: readonly Vector[],
  group: readonly number[],
  terms: number,
  tuning: RelatedTuning,
  search: NeighbourSearch,
): Neighbour[][] {
  const postings = invertedIndex(vectors, terms, tuning.maxPostings);
  const { starts, ends, docs, weights } = postings;
  const { keep, minScore, tags, from = 0, to = articles.length } = search;
  const { minSharedTerms, tagBonus, sectionBonus, dateScaleDays, dateExponent } = tuning;
  const total = articles.length;
  const times = Float64Array.from(articles, (article) => article.date.getTime());
  const sectionId = numberer();
  const sections = Int32Array.from(articles, (article) => sectionId(article.section));
  const groups = Int32Array.from(group);
  // Each article's tags as sorted ids in one flat array: shared tags are counted by a merge, with no Set lookups.
  const tagId = numberer();
  const tagStarts = new Int32Array(total + 1);
  const tagLists = tags.map((set) => Int32Array.from(set, tagId).sort());
  for (let doc = 0; doc < total; doc++) tagStarts[doc + 1] = tagStarts[doc]! + tagLists[doc]!.length;
  const tagIds = new Int32Array(tagStarts[total]!);
  tagLists.forEach((list, doc) => tagIds.set(list, tagStarts[doc]));
  const scores = new Float64Array(total);
  const matches = new Uint16Array(total);
  const touched = new Int32Array(total);
  const best = new TopK(keep, times);
  const maxBonus = tagBonus + sectionBonus;

  const result: Neighbour[][] = [];
  for (let doc = from; doc < to; doc++) {
    const vector = vectors[doc]!;
    let size = 0;
    for (let k = 0; k < vector.terms.length; k++) {
      const weight = vector.weights[k]!;
      const term = vector.terms[k]!;
      for (let p = starts[term]!, end = ends[term]!; p < end; p++) {
        const other = docs[p]!;
        if (matches[other] === 0) touched[size++] = other;
        scores[other]! += weight * weights[p]!;
        matches[other]! += 1;
      }
    }
    const ownGroup = groups[doc]!;
    const ownSection = sections[doc]!;
    const ownTime = times[doc]!;
    const tagsFrom = tagStarts[doc]!;
    const tagsTo = tagStarts[doc + 1]!;
    for (let t = 0; t < size; t++) {
      const other = touched[t]!;
      const cosine = scores[other]!;
      const shared = matches[other]!;
      scores[other] = 0;
      matches[other] = 0;
      if (cosine < minScore || shared < minSharedTerms || other === doc || groups[other] !== ownGroup) continue;
      // Bonuses and the date can only lower a score that is already below the kept ones by more than the bonuses.
      if (cosine + maxBonus < best.floor()) continue;
      let sharedTags = 0;
      const otherFrom = tagStarts[other]!;
      const otherTo = tagStarts[other + 1]!;
      for (let i = tagsFrom, j = otherFrom; i < tagsTo && j < otherTo;) {
        const a = tagIds[i]!;
        const b = tagIds[j]!;
        if (a === b) {
          sharedTags++;
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      const union = tagsTo - tagsFrom + (otherTo - otherFrom) - sharedTags;
      const bonus =
        (union > 0 ? tagBonus * (sharedTags / union) : 0) + (sections[other] === ownSection ? sectionBonus : 0);
      // The date divisor is at least 1: skip its power when the rest already falls short.
      if (cosine + bonus < best.floor()) continue;
      const days = Math.abs(ownTime - times[other]!) / DAY;
      best.push(other, (cosine + bonus) / Math.pow(1 + days / dateScaleDays, dateExponent));
    }
    result.push(best.drain());
  }
  return result;
}
