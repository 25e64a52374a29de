/**
 * Which search indexes a built site gets (see split.ts): one for every article on a small site; on a large one the
 * recent index in `pagefind/` and the archive in `pagefind/archive/`, cut at the start of a calendar year.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calendarMonth } from '../articles.ts';
import { ARCHIVE_INDEX, pageDate, recentSince } from './split.ts';

/** One search index: its name (the folder of its copies) and its output folder under the site root. */
export interface IndexPart {
  name: string;
  outputPath: string;
  /** Whether an article of this year (undefined: no date) goes into this index. */
  holds: (year: number | undefined) => boolean;
}

/** The indexes to write, recent first, given the first year of the recent one (undefined: one index). */
export function indexParts(since: number | undefined): IndexPart[] {
  if (since === undefined) return [{ name: 'all', outputPath: 'pagefind', holds: () => true }];
  const isRecent = (year: number | undefined) => year !== undefined && year >= since;
  return [
    { name: 'recent', outputPath: 'pagefind', holds: isRecent },
    { name: 'archive', outputPath: ARCHIVE_INDEX, holds: (year) => !isRecent(year) },
  ];
}

/** The year an article page is filed under (its date sort, in the site's time zone), if it has a date. */
export function pageYear(html: string, timeZone: string): number | undefined {
  const date = pageDate(html);
  return date ? calendarMonth(date, timeZone).year : undefined;
}

/** The indexes a built site gets and the first year of the recent one, read from its pages. */
export function planIndexParts(root: string, timeZone: string): { parts: IndexPart[]; since: number | undefined } {
  const years = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const year = pageYear(readFileSync(join(root, file), 'utf8'), timeZone);
      return year === undefined ? [] : [year];
    });
  const since = recentSince(years);
  return { parts: indexParts(since), since };
}
