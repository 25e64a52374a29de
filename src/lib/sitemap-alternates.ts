/**
 * Sitemap alternates (`<xhtml:link rel="alternate" hreflang>`) read from the pages themselves: the sitemap lists for
 * a page exactly the language versions its head declares. Pure: the head's HTML is passed in.
 */

/** A language version of a page, as @astrojs/sitemap's `links` takes it. */
export interface AlternateLink {
  lang: string;
  url: string;
}

const LINK = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The `<link rel="alternate" hreflang href>` elements of a page's head, in document order. */
export function readHreflangLinks(head: string): AlternateLink[] {
  const links: AlternateLink[] = [];
  for (const [element] of head.matchAll(LINK)) {
    const attributes = new Map<string, string>();
    for (const [, name, ...values] of element.matchAll(ATTRIBUTE)) {
      attributes.set(name!.toLowerCase(), decode(values.find((value) => value !== undefined) ?? ''));
    }
    const lang = attributes.get('hreflang');
    const url = attributes.get('href');
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('alternate') && lang && url) links.push({ lang, url });
  }
  return links;
}

/** The file a directory-format page URL is built to ("https://x.org/en/" -> "en/index.html"), else undefined. */
export function pageFileOf(url: string, site: string): string | undefined {
  const { pathname } = new URL(url);
  const base = new URL(site).pathname;
  if (!pathname.startsWith(base) || !pathname.endsWith('/')) return undefined;
  return `${decodeURIComponent(pathname.slice(base.length))}index.html`;
}

/**
 * Which pages can declare language versions: article pages (translations) and, on a site with several editions,
 * the editions' home pages. Paths are site paths ("/en/").
 */
export function pagesWithAlternates(homePaths: readonly string[]): (path: string) => boolean {
  const homes = new Set(homePaths.length > 1 ? homePaths : []);
  return (path) => homes.has(path) || /^\/articles\/[^/]+\/$/.test(path);
}

// @astrojs/sitemap sorts its URLs with `a.localeCompare(b, 'en', { numeric: true })`, which builds a collator per
// comparison: 1.8 s of a 10,000-article rebuild's profile. Handed its pages already in that order (one collator,
// keys computed once), its own sort only checks them.
const SITEMAP_COLLATOR = new Intl.Collator('en', { numeric: true });

/**
 * The pages of Astro's `astro:build:done` hook in the order @astrojs/sitemap sorts their URLs, `site` being the
 * site's URL with its base: the URL of a page is computed as the sitemap computes it. The sort is stable like the
 * sitemap's, so pages whose URLs compare equal keep their order and the sitemap's sort gives the same result as on
 * the pages in their original order.
 */
export function inSitemapOrder<T extends { pathname: string }>(pages: readonly T[], site: URL): T[] {
  const base = new URL(site.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return pages
    .map((page) => ({ page, url: new URL(base.pathname + page.pathname.replace(/^\//, ''), base).href }))
    .sort((a, b) => SITEMAP_COLLATOR.compare(a.url, b.url))
    .map(({ page }) => page);
}
