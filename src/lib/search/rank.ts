/**
 * Result order on top of Pagefind's scores: the exact phrase first, then pages with every word, then pages with
 * some; within a page of results an exact headline first and equal scores newest first.
 */
import { isExactHeadline } from './query.ts';

/** What ranking needs of a result. */
export interface Ranked {
  id: string;
  score: number;
}

/** Concatenates groups of results, best group first, each result once (where it first appears). */
export function mergeGroups<T extends Ranked>(groups: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const group of groups) {
    for (const result of group) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return merged;
}

/** A result with the fields of its data that ordering reads. */
export interface Shown<T> {
  result: T;
  title: string;
  date: string;
}

/**
 * Orders one loaded page of results: a headline that says exactly the query first, then the given order, with
 * runs of equal scores newest first.
 */
export function orderPage<S extends Shown<Ranked>>(page: readonly S[], query: string): S[] {
  const runStart: number[] = [];
  page.forEach((item, index) => {
    const previous = page[index - 1];
    runStart.push(
      previous && Math.abs(previous.result.score - item.result.score) < 1e-9 ? runStart[index - 1]! : index,
    );
  });
  const keyed = page.map((item, index) => ({
    item,
    headline: isExactHeadline(item.title, query) ? 0 : 1,
    run: runStart[index]!,
  }));
  keyed.sort((a, b) => a.headline - b.headline || a.run - b.run || b.item.date.localeCompare(a.item.date));
  return keyed.map(({ item }) => item);
}
