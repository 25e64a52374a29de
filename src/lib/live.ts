/**
 * Live coverage and breaking news, decided against the build clock (passed in): the site is static, so "live" and
 * "expired" mean "at the time of the build", and a rebuild after an end time is what takes a label or a banner down.
 */
import { articleUrl, type Article, type LiveCoverage, type LiveUpdate } from './articles.ts';

/** Whether coverage that started at `start` is on at `now`: started, and its end (if any) not yet reached. */
export function isCoverageActive(start: Date, end: Date | undefined, now: Date): boolean {
  return start.getTime() <= now.getTime() && (end === undefined || end.getTime() > now.getTime());
}

/** Builds an article's live coverage from its front matter at the build clock. */
export function toLiveCoverage(
  start: Date,
  live: { end?: Date | undefined; updates: LiveUpdate[] } | undefined,
  now: Date,
): LiveCoverage | undefined {
  if (!live) return undefined;
  return { end: live.end, updates: live.updates, active: isCoverageActive(start, live.end, now) };
}

/** The updates, newest first (ties keep the written order). */
export function updatesNewestFirst(live: LiveCoverage): LiveUpdate[] {
  return live.updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.date.getTime() - a.update.date.getTime() || a.index - b.index)
    .map(({ update }) => update);
}

/** Whether updates fall on more than one calendar day in the time zone (their times then need the day). */
export function spansSeveralDays(updates: readonly LiveUpdate[], timeZone: string): boolean {
  const format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  return new Set(updates.map((update) => format.format(update.date))).size > 1;
}

/** The article's last change: its `updated` date, or its newest live update if later. */
export function lastModified(article: Pick<Article, 'date' | 'updated' | 'live'>): Date {
  let latest = article.updated ?? article.date;
  for (const update of article.live?.updates ?? []) if (update.date > latest) latest = update.date;
  return latest;
}

/** The anchor id of an update, from its time ("maj-20261124t0915"). */
export const updateId = (update: LiveUpdate): string =>
  `maj-${update.date.toISOString().slice(0, 16).replace(/[-:]/g, '').toLowerCase()}`;

/** The paragraphs of an update's text. */
export const updateParagraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** What the banner shows: a text and the article it links to. */
export interface Banner {
  text: string;
  url: string;
}

/** The breaking-news banner at `now`: the newest published article whose `breaking.until` is still ahead. */
export function selectBanner(published: readonly Article[], now: Date): Banner | undefined {
  const active = published
    .filter((article) => article.breaking && article.breaking.until.getTime() > now.getTime() && article.date <= now)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1));
  const article = active[0];
  return article && { text: article.breaking?.text ?? article.title, url: articleUrl(article.slug) };
}
