/**
 * Cache keys for Astro's incremental build: one digest per generated page that covers exactly the data the page
 * shows. Astro reuses the previous build's HTML of a page when its key and the hash of its code are unchanged, so a
 * key that misses a field would leave a stale page behind, and a key with a field the page does not show would
 * re-render it for nothing.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../articles.ts';

/** What a listing page needs of its pagination (a subset of Astro's Page). */
export interface ListingPageData<A> {
  data: readonly A[];
  currentPage: number;
  lastPage: number;
  total: number;
}

/** A short, stable digest of any JSON-serialisable value (dates as ISO strings, object keys sorted). */
export function digest(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
  return createHash('sha256').update(json).digest('base64url').slice(0, 32);
}

/** The fields an article card shows (listings, related blocks): headline, link, section, date, standfirst, image. */
export function cardFields(article: Article): unknown {
  const { slug, title, section, date, lang, standfirst, image, imageAlt } = article;
  return { slug, title, section, date, lang, standfirst, image, imageAlt };
}

/** Key of an article page: every field of the article (body, corrections…) and the cards of its related picks. */
export function articlePageKey(article: Article, related: readonly Article[]): string {
  return digest({ article, related: related.map(cardFields) });
}

/**
 * Key of a listing page (section, tag, archive month): the cards it lists, its position in the pagination, and the
 * route's own labels (`extra`: a tag's display name, a month…).
 */
export function listingPageKey(page: ListingPageData<Article>, extra: unknown = null): string {
  const { currentPage, lastPage, total } = page;
  return digest({ cards: page.data.map(cardFields), currentPage, lastPage, total, extra });
}

/** Adds each page's listing key to the paths `paginate()` returned. */
export function withListingKeys<P extends { props: { page: ListingPageData<Article> } }>(
  paths: readonly P[],
  extra: unknown = null,
): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: listingPageKey(path.props.page, extra) }));
}
