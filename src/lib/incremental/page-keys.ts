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

/** Collects text for a hash in pieces, handing it over in blocks of about 1 MB (one call per piece is slow). */
class HashWriter {
  readonly #hash = createHash('sha256');
  #parts: string[] = [];
  #size = 0;

  push(...texts: string[]): void {
    for (const text of texts) {
      this.#parts.push(text);
      this.#size += text.length;
    }
    if (this.#size > 1 << 20) this.#flush();
  }

  digest(): string {
    this.#flush();
    return this.#hash.digest('base64url').slice(0, 32);
  }

  #flush(): void {
    this.#hash.update(this.#parts.join(''));
    this.#parts = [];
    this.#size = 0;
  }
}

/** Writes a value in a canonical form: object keys sorted, dates as ISO strings, undefined skipped. */
function feed(out: HashWriter, value: unknown): void {
  if (value === null || value === undefined) out.push('n');
  else if (typeof value === 'string') out.push(`s${value.length}:`, value);
  else if (typeof value === 'number' || typeof value === 'boolean') out.push(`p${String(value)};`);
  else if (value instanceof Date) out.push(`d${value.toISOString()};`);
  else if (Array.isArray(value)) {
    out.push(`a${value.length}[`);
    for (const item of value) feed(out, item);
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    out.push(`o${keys.length}{`);
    for (const key of keys) {
      out.push(`k${key.length}:${key}`);
      feed(out, record[key]);
    }
  } else out.push(`x${typeof value};`);
}

/**
 * A short, stable digest of a value: object keys sorted, dates as ISO strings, lengths framing every string so that no
 * two values share a serialisation. At 1,000 articles a JSON.stringify that sorted keys cost 2.5 s of a rebuild's
 * profile.
 */
export function digest(value: unknown): string {
  const out = new HashWriter();
  feed(out, value);
  return out.digest();
}

/**
 * The fields an article card shows (listings, related blocks): headline, link, section, date, standfirst, image, and
 * the "live" label (on at the build clock).
 */
export function cardFields(article: Article): unknown {
  const { slug, title, section, date, lang, standfirst, image, imageAlt } = article;
  return { slug, title, section, date, lang, standfirst, image, imageAlt, live: article.live?.active === true };
}

/** What an article page shows of its story package: the story's title and the cards of its articles. */
export interface StoryShown {
  id: string;
  title: string;
  articles: readonly Article[];
}

/** What an article page shows besides the article and its related picks. */
export interface ArticlePageContext {
  /** Its story package. */
  story?: StoryShown | undefined;
  /** Its version in another language (the language link and the hreflang alternates). */
  translation?: Article | undefined;
  /** What the layout shows on every page (the breaking-news banner). */
  extra?: unknown;
}

/**
 * Key of an article page: every field of the article (body, corrections…), the cards of its related picks and of
 * its story's articles, the slug and language of its translation, and `extra`.
 */
export function articlePageKey(article: Article, related: readonly Article[], shown: ArticlePageContext = {}): string {
  const { story, translation, extra = null } = shown;
  const shownStory = story && { id: story.id, title: story.title, articles: story.articles.map(cardFields) };
  const version = translation && { slug: translation.slug, lang: translation.lang };
  return digest({ article, related: related.map(cardFields), story: shownStory, translation: version, extra });
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
