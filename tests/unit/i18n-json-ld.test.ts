import { describe, expect, it } from 'vitest';
import { formatDate, formatList, t, tCount } from '../../src/lib/i18n.ts';
import { buildNewsArticle, buildPerson, serializeJsonLd } from '../../src/lib/json-ld.ts';
import { buildNewsSitemap, escapeXml } from '../../src/lib/feeds.ts';
import type { Article } from '../../src/lib/articles.ts';

const article: Article = {
  slug: 'a',
  title: 'Titre </script><script>alert(1)</script>',
  date: new Date('2023-04-10T00:00:00Z'),
  section: 'international',
  standfirst: 'Chapeau',
  tags: ['Russie', 'Biélorussie'],
  authors: [{ name: 'A. Martin' }, { name: 'Sophie Garnier', id: 'sophie-garnier' }],
  lang: 'fr',
  draft: false,
  related: [],
  dateline: 'Minsk',
  corrections: [{ date: new Date('2023-04-12T00:00:00Z'), text: 'Correction' }],
  body: '',
};

describe('UI strings and dates', () => {
  it('fills placeholders and picks singular or plural', () => {
    expect(t('article.by', { authors: 'X' })).toBe('Par X');
    expect(tCount('tag.count', 1)).toBe('1 article');
    expect(tCount('tag.count', 3)).toBe('3 articles');
  });

  it('formats dates in the article language and the site time zone', () => {
    expect(formatDate(new Date('2023-04-10T00:00:00Z'), 'fr')).toBe('10 avril 2023');
    expect(formatDate(new Date('2023-04-10T00:00:00Z'), 'en')).toBe('April 10, 2023');
    expect(formatList(['A', 'B', 'C'], 'fr')).toBe('A, B et C');
  });
});

describe('JSON-LD', () => {
  it('describes a NewsArticle with dateline, keywords and corrections', () => {
    const data = buildNewsArticle(article, {
      url: 'https://x.test/articles/a/',
      sectionLabel: 'International',
      publisherName: 'Kiosque',
      publisherLogoUrl: 'https://x.test/logo.png',
    });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      dateline: 'Minsk',
      keywords: 'Russie, Biélorussie',
      articleSection: 'International',
      author: [
        { '@type': 'Person', name: 'A. Martin' },
        { '@type': 'Person', name: 'Sophie Garnier', url: 'https://x.test/auteurs/sophie-garnier/' },
      ],
      correction: [{ '@type': 'CorrectionComment', text: 'Correction' }],
    });
  });

  it('gives a guest author no url, since a guest has no page', () => {
    const data = buildNewsArticle(article, {
      url: 'https://x.test/articles/a/',
      sectionLabel: 'International',
      publisherName: 'Kiosque',
      publisherLogoUrl: 'https://x.test/logo.png',
    });
    expect((data.author as Record<string, unknown>[])[0]).not.toHaveProperty('url');
  });

  it('describes an author page as a Person with its https links as sameAs', () => {
    const data = buildPerson(
      {
        id: 'sophie-garnier',
        name: 'Sophie Garnier',
        bio: 'Bio.',
        links: [
          { label: 'Mail', url: 'mailto:s@x.test' },
          { label: 'Site', url: 'https://s.x.test/' },
        ],
      },
      { url: 'https://x.test/auteurs/sophie-garnier/', imageUrl: 'https://x.test/p.jpeg' },
    );
    expect(data).toMatchObject({
      '@type': 'Person',
      name: 'Sophie Garnier',
      url: 'https://x.test/auteurs/sophie-garnier/',
      description: 'Bio.',
      image: 'https://x.test/p.jpeg',
      sameAs: ['https://s.x.test/'],
    });
  });

  it('cannot be closed early by a title containing </script>', () => {
    const json = serializeJsonLd({ headline: article.title });
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual({ headline: article.title });
  });
});

describe('news sitemap', () => {
  it('escapes titles and names the publication and language', () => {
    const xml = buildNewsSitemap([article], 'https://x.test', 'Kiosque & Co');
    expect(xml).toContain('<news:name>Kiosque &amp; Co</news:name>');
    expect(xml).toContain('<news:language>fr</news:language>');
    expect(xml).toContain('Titre &lt;/script&gt;');
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });
});
