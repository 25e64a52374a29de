import { describe, expect, it } from 'vitest';
import { pageFileOf, pagesWithAlternates, readHreflangLinks } from '../../src/lib/sitemap-alternates.ts';

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
