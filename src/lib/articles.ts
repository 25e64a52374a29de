/**
 * The article model and the build-time operations on it: publication filtering, sorting, grouping.
 * Pure: the clock and the entries are passed in.
 */
import type { ArticleAuthor } from './authors.ts';
import { tagSlug } from './tags.ts';

/** A dated correction or update shown on an article. */
export interface Correction {
  date: Date;
  text: string;
}

/** One dated update of a live article. */
export interface LiveUpdate {
  date: Date;
  title?: string | undefined;
  /** Plain text; blank lines separate paragraphs. */
  text: string;
}

/** The live coverage of an article: its updates and the coverage's end (the start is the article's date). */
export interface LiveCoverage {
  end?: Date | undefined;
  updates: LiveUpdate[];
  /** Whether the coverage is on at the build clock: published, and its end (if any) still ahead. */
  active: boolean;
}

/** A breaking-news banner set by an article, shown on every page until `until` (at the build clock). */
export interface BreakingNews {
  until: Date;
  text?: string | undefined;
}

/** An article as the site uses it, independent of how it was loaded. `Image` is the hero image type. */
export interface Article<Image = unknown> {
  slug: string;
  title: string;
  date: Date;
  updated?: Date | undefined;
  section: string;
  description?: string | undefined;
  /** The description, or a clean excerpt of the first paragraph. */
  standfirst: string;
  tags: string[];
  /** Bylines: names, with the author page's id for authors who have one. */
  authors: ArticleAuthor[];
  lang: string;
  draft: boolean;
  related: string[];
  /** Slug of the same article in another language, as its front matter names it. */
  translation?: string | undefined;
  dateline?: string | undefined;
  /** The id of the story package (content/stories/<id>.md) the article belongs to. */
  story?: string | undefined;
  corrections: Correction[];
  live?: LiveCoverage | undefined;
  breaking?: BreakingNews | undefined;
  image?: Image | undefined;
  imageAlt?: string | undefined;
  imageCredit?: string | undefined;
  /** The Markdown source of the body. */
  body: string;
}

/** Why an article is left out of a production build. */
export type Exclusion = 'draft' | 'future';

/** Returns why an article is not published at `now`, or undefined when it is. */
export function getExclusion(article: Pick<Article, 'draft' | 'date'>, now: Date): Exclusion | undefined {
  if (article.draft) return 'draft';
  if (article.date.getTime() > now.getTime()) return 'future';
  return undefined;
}

/** Orders articles newest first; equal dates fall back to the slug so output is stable. */
export function compareNewestFirst(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Splits articles into the published ones (newest first) and those left out, with the reason. */
export function selectPublished<A extends Article>(
  articles: readonly A[],
  now: Date,
): { published: A[]; excluded: { article: A; reason: Exclusion }[] } {
  const published: A[] = [];
  const excluded: { article: A; reason: Exclusion }[] = [];
  for (const article of articles) {
    const reason = getExclusion(article, now);
    if (reason) excluded.push({ article, reason });
    else published.push(article);
  }
  published.sort(compareNewestFirst);
  excluded.sort((a, b) => compareNewestFirst(a.article, b.article));
  return { published, excluded };
}

/** Lower-case ASCII slug of a label: accents folded, words joined by hyphens. */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A tag with its URL slug and articles (newest first). */
export interface TagGroup<A> {
  tag: string;
  slug: string;
  articles: A[];
}

/** Groups articles by tag; tags with the same slug ("Défense", "defense") merge under the first spelling met. */
export function groupByTag<A extends Article>(articles: readonly A[]): TagGroup<A>[] {
  const groups = new Map<string, TagGroup<A>>();
  for (const article of [...articles].sort(compareNewestFirst)) {
    for (const tag of new Set(article.tags)) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      const group = groups.get(slug) ?? { tag, slug, articles: [] };
      if (!group.articles.includes(article)) group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Articles of one calendar month (in the site's time zone). */
export interface MonthGroup<A> {
  year: number;
  month: number;
  articles: A[];
}

const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The year and month (1–12) of an instant in a time zone. The one calendar rule of the site: archives, the search
 * year filter and every other grouping use the site's time zone, so 31 December 23:30 UTC is January in Paris.
 */
export function calendarMonth(date: Date, timeZone: string): { year: number; month: number } {
  let format = calendarFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'numeric', timeZone });
    calendarFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  return {
    year: Number(parts.find((part) => part.type === 'year')!.value),
    month: Number(parts.find((part) => part.type === 'month')!.value),
  };
}

/** Groups articles by publication month, in the given time zone, newest month first. */
export function groupByMonth<A extends Article>(articles: readonly A[], timeZone: string): MonthGroup<A>[] {
  const groups = new Map<string, MonthGroup<A>>();
  for (const article of [...articles].sort(compareNewestFirst)) {
    const { year, month } = calendarMonth(article.date, timeZone);
    const key = `${year}-${month}`;
    const group = groups.get(key) ?? { year, month, articles: [] };
    group.articles.push(article);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}

/** A correction together with the article it belongs to. */
export interface CorrectionEntry<A> {
  article: A;
  correction: Correction;
}

/** Every correction of every article, newest first. */
export function collectCorrections<A extends Article>(articles: readonly A[]): CorrectionEntry<A>[] {
  return articles
    .flatMap((article) => article.corrections.map((correction) => ({ article, correction })))
    .sort(
      (a, b) => b.correction.date.getTime() - a.correction.date.getTime() || compareNewestFirst(a.article, b.article),
    );
}

/** Articles published within `hours` before `now` (for the Google News sitemap). */
export function selectRecent<A extends Article>(articles: readonly A[], now: Date, hours: number): A[] {
  const since = now.getTime() - hours * 3_600_000;
  return articles.filter((article) => article.date.getTime() >= since && article.date <= now);
}

/** URL of an article page. */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;
/** URL of an article's share card (its og:image). */
export const shareCardUrl = (slug: string): string => `/articles/${slug}/card.jpg`;
/** URL of a section listing page (page 1 has no number). */
export const sectionUrl = (id: string, page = 1): string => `/sections/${id}/${page > 1 ? `${page}/` : ''}`;
/** URL of a tag listing page (the slug may hold any script's letters: percent-encoded). */
export const tagUrl = (slug: string, page = 1): string =>
  `/tags/${encodeURIComponent(slug)}/${page > 1 ? `${page}/` : ''}`;
/** URL of a month in the archives. */
export const archiveMonthUrl = (year: number, month: number, page = 1): string =>
  `/archives/${year}/${String(month).padStart(2, '0')}/${page > 1 ? `${page}/` : ''}`;
