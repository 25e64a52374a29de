/**
 * The search index split by period: on a large site the recent articles get an index of their own, loaded first,
 * and the older ones an archive index the page loads only when needed. Pagefind's metadata lists every page of an
 * index (about 10 bytes each, compressed), so a reader's first search on 10,000 articles fetched 104 KB of it.
 */

/** The recent index holds at most this many articles (whole calendar years, the latest year always). */
export const RECENT_ARTICLES_LIMIT = 1500;

/** Where the archive index lives, under the site root and as a URL path. */
export const ARCHIVE_INDEX = 'pagefind/archive';

/**
 * The first year of the recent index, given every article's year: the earliest year from which the articles up to
 * the latest fit in `limit` (the latest year alone if it does not fit). Undefined when every article fits: no split.
 */
export function recentSince(years: readonly number[], limit = RECENT_ARTICLES_LIMIT): number | undefined {
  if (years.length <= limit) return undefined;
  const perYear = new Map<number, number>();
  for (const year of years) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  const descending = [...perYear.keys()].sort((a, b) => b - a);
  let since = descending[0]!;
  let total = perYear.get(since)!;
  for (const year of descending.slice(1)) {
    total += perYear.get(year)!;
    if (total > limit) break;
    since = year;
  }
  return since;
}

/** The publication date an article page gives Pagefind (its date sort), if any. */
export function pageDate(html: string): Date | undefined {
  const iso = /data-pagefind-sort="date:([^"]+)"/.exec(html)?.[1];
  return iso ? new Date(iso) : undefined;
}
