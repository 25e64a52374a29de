/**
 * Which search indexes a built site gets (see split.ts): one for every article on a small site; on a large one the
 * recent index in `pagefind/` and the archive in `pagefind/archive/`, cut at the start of a calendar year.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calendarMonth } from '../articles.ts';
import type { IndexPart } from './index-site.ts';
import { ARCHIVE_INDEX, pageDate, recentSince } from './split.ts';

/** The indexes to write, recent first, and the first year of the recent one (undefined: one index). */
export function planIndexParts(root: string, timeZone: string): { parts: IndexPart[]; since: number | undefined } {
  const years = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const date = pageDate(readFileSync(join(root, file), 'utf8'));
      return date ? [calendarMonth(date, timeZone).year] : [];
    });
  const since = recentSince(years);
  if (since === undefined) return { parts: [{}], since };
  const isRecent = (html: string) => {
    const date = pageDate(html);
    return date !== undefined && calendarMonth(date, timeZone).year >= since;
  };
  return {
    parts: [
      { include: isRecent, outputPath: 'pagefind' },
      { include: (html) => !isRecent(html), outputPath: ARCHIVE_INDEX },
    ],
    since,
  };
}
