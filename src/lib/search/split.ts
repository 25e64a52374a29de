/**
 * The search index split by period: on a large site the recent articles get an index of their own, loaded first,
 * and the older ones archive indexes the page loads only when needed. Pagefind's metadata lists every page of an
 * index (about 10 bytes each, compressed), so a reader's first search on 10,000 articles fetched 104 KB of it.
 *
 * The archive is cut into parts of whole months, at most `ARCHIVE_PART_LIMIT` articles each, within a calendar year.
 * Editing an old article then indexes its part again, not the whole archive; and Pagefind writes an index in a time
 * that grows faster than its page count (4,000 pages: 26 s as one index, 12 s as eight), so small parts are also
 * quicker from nothing.
 */

/** The recent index holds at most this many articles (whole calendar years, the latest year always). */
export const RECENT_ARTICLES_LIMIT = 1500;

/** The most articles an archive part holds, unless one month alone has more. */
export const ARCHIVE_PART_LIMIT = 1000;

/** Where the archive indexes live (one folder per part), under the site root and as a URL path. */
export const ARCHIVE_INDEX = 'pagefind/archive';

/** A calendar month, as an article is filed (in the site's time zone). */
export interface Month {
  year: number;
  /** 1 to 12. */
  month: number;
}

/** One archive index: the months of one year it holds, named by the year, or by its first month if the year is cut. */
export interface ArchivePart {
  name: string;
  year: number;
  /** The first and last months it holds (every month of the year belongs to one part). */
  from: number;
  to: number;
}

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

/**
 * The archive parts, newest first, for the articles filed before `since` (`months`: one entry per article). Within a
 * year, months are grouped in order while the group stays within `limit` articles; a month is never divided.
 */
export function archiveParts(months: readonly Month[], since: number, limit = ARCHIVE_PART_LIMIT): ArchivePart[] {
  const perMonth = new Map<number, number[]>();
  for (const { year, month } of months) {
    if (year >= since) continue;
    const counts = perMonth.get(year) ?? Array<number>(13).fill(0);
    counts[month]! += 1;
    perMonth.set(year, counts);
  }
  const parts: ArchivePart[] = [];
  for (const [year, counts] of [...perMonth].sort(([a], [b]) => b - a)) {
    const starts = [1];
    let total = 0;
    for (let month = 1; month <= 12; month += 1) {
      const count = counts[month]!;
      if (count > 0 && total > 0 && total + count > limit) {
        starts.push(month);
        total = 0;
      }
      total += count;
    }
    const yearParts = starts.map((from, index) => ({
      name: starts.length === 1 ? String(year) : `${year}-${String(from).padStart(2, '0')}`,
      year,
      from,
      to: (starts[index + 1] ?? 13) - 1,
    }));
    parts.push(...yearParts.reverse());
  }
  return parts;
}

/** The archive part holding an article of `month`, if any. */
export function archivePartOf(parts: readonly ArchivePart[], { year, month }: Month): ArchivePart | undefined {
  return parts.find((part) => part.year === year && part.from <= month && month <= part.to);
}
