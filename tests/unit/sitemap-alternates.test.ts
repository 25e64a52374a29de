import { describe, expect, it } from 'vitest';
import {
  inSitemapOrder,
  pageFileOf,
  pagesWithAlternates,
  readHreflangLinks,
} from '../../src/lib/sitemap-alternates.ts';

describe('sitemap alternates', () => {
  it('should read the hreflang alternates of a head, in order, whatever the attribute order and quoting', () => {
    const head = `<link rel="canonical" href="https://x.org/a/">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
      <link rel="alternate" hreflang="fr" href="https://x.org/articles/a/">
      <link href='https://x.org/articles/b/?x=1&amp;y=2' hreflang=en rel="alternate">
      <link rel="stylesheet" hreflang="de" href="/x.css">`;
    expect(readHreflangLinks(head)).toEqual([
      { lang: 'fr', url: 'https://x.org/articles/a/' },
      { lang: 'en', url: 'https://x.org/articles/b/?x=1&y=2' },
    ]);
    expect(readHreflangLinks('<title>x</title>')).toEqual([]);
  });

  it('should map a page URL to its built file, decoding it, and leave other URLs out', () => {
    expect(pageFileOf('https://x.org/', 'https://x.org')).toBe('index.html');
    expect(pageFileOf('https://x.org/en/', 'https://x.org/')).toBe('en/index.html');
    expect(pageFileOf('https://x.org/tags/%D1%83/', 'https://x.org')).toBe('tags/у/index.html');
    expect(pageFileOf('https://x.org/rss.xml', 'https://x.org')).toBeUndefined();
  });

  it('should open article pages, and edition home pages only when there are several editions', () => {
    const two = pagesWithAlternates(['/', '/en/']);
    expect(['/', '/en/', '/articles/a/', '/tags/a/', '/en/sections/x/', '/articles/a/card.jpg'].filter(two)).toEqual([
      '/',
      '/en/',
      '/articles/a/',
    ]);
    expect(pagesWithAlternates(['/'])('/')).toBe(false);
  });
});

describe('pages in sitemap order', () => {
  const site = new URL('https://x.org/');
  // @astrojs/sitemap's own sort of its URLs (generate-sitemap.js).
  const sitemapSort = (urls: string[]) => [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const urlOf = (pathname: string) => new URL(pathname, site).href;

  it('should order pages as the sitemap orders their URLs, numbers by value', () => {
    const pages = ['tags/b/2/', 'tags/b/10/', '', 'articles/z/', 'Articles/a/', 'tags/b/', 'archives/2024/'].map(
      (pathname) => ({ pathname }),
    );
    const sorted = inSitemapOrder(pages, site).map(({ pathname }) => urlOf(pathname));
    expect(sorted).toEqual(sitemapSort(pages.map(({ pathname }) => urlOf(pathname))));
    expect(sorted.indexOf(urlOf('tags/b/2/'))).toBeLessThan(sorted.indexOf(urlOf('tags/b/10/')));
  });

  it('should keep the order of pages whose URLs compare equal, so the sitemap sorts them as before', () => {
    // Numeric collation finds "a01" and "a1" equal: the sitemap's stable sort keeps them in the order it gets them.
    const pages = [{ pathname: 'a1/', n: 1 }, { pathname: 'b/' }, { pathname: 'a01/', n: 2 }, { pathname: '/a1/' }];
    const urls = (list: { pathname: string }[]) => list.map(({ pathname }) => urlOf(pathname.replace(/^\//, '')));
    const sorted = inSitemapOrder(pages, site);
    expect(sorted.map((page) => page.pathname)).toEqual(['a1/', 'a01/', '/a1/', 'b/']);
    expect(sitemapSort(urls(sorted))).toEqual(sitemapSort(urls(pages)));
  });

  it('should put the site base in front of every path', () => {
    const pages = [{ pathname: 'b/' }, { pathname: 'a/' }];
    expect(inSitemapOrder(pages, new URL('https://x.org/news')).map((page) => page.pathname)).toEqual(['a/', 'b/']);
  });
});
