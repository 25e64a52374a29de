/**
 * Which search indexes a built site gets (see split.ts): one for every article on a small site; on a large one the
 * recent index in `pagefind/` and the archive parts in `pagefind/archive/<part>/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarMonth } from '../articles.ts';
import { listOutput } from '../incremental/output-files.ts';
import { ARCHIVE_INDEX, archivePartOf, archiveParts, pageDate, recentSince, type Month } from './split.ts';

/** One search index: its name (the folder of its copies) and its output folder under the site root. */
export interface IndexPart {
  name: string;
  outputPath: string;
}

/** The indexes to write, recent first, and which one holds an article of a given month. */
export interface IndexPlan {
  /** The first year of the recent index; undefined when there is one index. */
  since: number | undefined;
  parts: IndexPart[];
  /** The archive parts' folder names under `ARCHIVE_INDEX`, newest first (what the search page merges). */
  archiveFolders: string[];
  /** The index an article filed in `month` goes into (undefined: no date, kept with the recent articles). */
  partOf: (month: Month | undefined) => IndexPart;
}

/** The most articles in the recent index and in an archive part (the site setting `searchSplit`). */
export interface SplitLimits {
  recentArticles?: number;
  archivePartArticles?: number;
}

/** The indexes for articles filed in `months` (one entry per article). */
export function planIndex(months: readonly (Month | undefined)[], limits: SplitLimits = {}): IndexPlan {
  const dated = months.filter((month) => month !== undefined);
  const since = recentSince(
    dated.map(({ year }) => year),
    limits.recentArticles,
  );
  if (since === undefined) {
    const all = { name: 'all', outputPath: 'pagefind' };
    return { since, parts: [all], archiveFolders: [], partOf: () => all };
  }
  const recent = { name: 'recent', outputPath: 'pagefind' };
  const archive = archiveParts(dated, since, limits.archivePartArticles);
  const archiveIndexes = new Map(
    archive.map((part) => [part, { name: `archive-${part.name}`, outputPath: `${ARCHIVE_INDEX}/${part.name}` }]),
  );
  return {
    since,
    parts: [recent, ...archiveIndexes.values()],
    archiveFolders: archive.map((part) => part.name),
    partOf: (month) => {
      if (month === undefined || month.year >= since) return recent;
      return archiveIndexes.get(archivePartOf(archive, month)!)!;
    },
  };
}

/** The month an article page is filed under (its date sort, in the site's time zone), if it has a date. */
export function pageMonth(html: string, timeZone: string): Month | undefined {
  const date = pageDate(html);
  return date ? calendarMonth(date, timeZone) : undefined;
}

/** The index plan of a built site, read from its pages. */
export function planSiteIndex(root: string, timeZone: string, limits: SplitLimits = {}): IndexPlan {
  const months = listOutput(root)
    .files.filter((file) => file.endsWith('.html'))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => pageMonth(html, timeZone));
  return planIndex(months, limits);
}
