import { describe, expect, it } from 'vitest';
import { editionPrefix, expectedPublished } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { SITE } from '../../src/config.ts';

const published = expectedPublished();

function jsonLdOf(document: Document): Record<string, unknown> {
  const block = document.querySelector('script[type="application/ld+json"]');
  return JSON.parse(block!.textContent) as Record<string, unknown>;
}

describe('page metadata', () => {
  it('gives every article a title, description, canonical URL, OpenGraph and Twitter tags', () => {
    for (const article of published) {
      const document = readPage(`articles/${article.slug}/index.html`);
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
      expect(document.title).toContain(article.title);
      expect(meta('meta[name="description"]')).toBeTruthy();
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${SITE.url}/articles/${article.slug}/`,
      );
      expect(meta('meta[property="og:type"]')).toBe('article');
      expect(meta('meta[property="article:published_time"]')).toBe(article.date.toISOString());
      expect(meta('meta[property="article:section"]')).toBeTruthy();
      expect(meta('meta[name="twitter:card"]')).toBeTruthy();
    }
  });

  it('describes every article as a NewsArticle in JSON-LD, or a LiveBlogPosting when it is live coverage', () => {
    for (const article of published) {
      const data = jsonLdOf(readPage(`articles/${article.slug}/index.html`));
      expect(data['@type']).toBe(article.live ? 'LiveBlogPosting' : 'NewsArticle');
      expect(data.headline).toBe(article.title);
      expect(data.datePublished).toBe(article.date.toISOString());
      expect(data.inLanguage).toBe(article.lang ?? SITE.lang);
      expect(data.publisher).toMatchObject({ name: SITE.name, logo: { url: `${SITE.url}${SITE.logo}` } });
      expect(data.articleSection).toBeTruthy();
    }
  });

  it('lists corrections on the article, in JSON-LD and on the corrections page', () => {
    const corrected = published.filter((article) => {
      const data = jsonLdOf(readPage(`articles/${article.slug}/index.html`));
      return Array.isArray(data.correction);
    });
    expect(corrected.length).toBeGreaterThan(0);
    // Each edition's corrections page lists the corrections of its articles.
    const correctionsPageOf = (prefix: string) =>
      readPage(`${prefix === '' ? '' : `${prefix}/`}corrections/index.html`);
    expect(new Set(corrected.map(editionPrefix)).size).toBeGreaterThan(1);
    for (const article of corrected) {
      const correctionsPage = correctionsPageOf(editionPrefix(article));
      const document = readPage(`articles/${article.slug}/index.html`);
      const data = jsonLdOf(document);
      expect((data.correction as { '@type': string }[])[0]!['@type']).toBe('CorrectionComment');
      expect(document.querySelector('.corrections time[datetime]')).not.toBeNull();
      expect(correctionsPage.querySelector(`a[href="/articles/${article.slug}/"]`)).not.toBeNull();
    }
  });
});
