import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/lib/i18n.ts';
import { getSection } from '../../src/lib/sections.ts';
import { ENGLISH, FRENCH } from '../support/config.ts';
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
  const fr = createI18n(FRENCH);
  const en = createI18n(ENGLISH);

  it('should fill placeholders and pick singular or plural in the language of the configuration', () => {
    expect(fr.t('article.by', { authors: 'X' })).toBe('Par X');
    expect(en.t('article.by', { authors: 'X' })).toBe('By X');
    expect(fr.tCount('tag.count', 1)).toBe('1 article');
    expect(fr.tCount('tag.count', 3)).toBe('3 articles');
    expect(en.tCount('search.count', 2, { query: 'q' })).toBe('2 articles found for “q”');
  });

  it('should split a string around the slot a page fills with markup, wherever the slot is', () => {
    expect(fr.tParts('article.published', 'date')).toEqual(['Publié le ', '']);
    expect(en.tParts('article.published', 'date')).toEqual(['Published ', '']);
    expect(fr.tParts('article.correctionEntry', 'date', { text: 'Erratum.' })).toEqual(['', '\u00a0: Erratum.']);
    expect(en.tParts('article.correctionEntry', 'date', { text: 'Erratum.' })).toEqual(['', ': Erratum.']);
    expect(fr.tParts('corrections.on', 'article')).toEqual(['Sur l’article\u00a0: ', '']);
    expect(en.tParts('corrections.on', 'article')).toEqual(['On the article: ', '']);
    const placed = createI18n({ ...ENGLISH, strings: { ...ENGLISH.strings, 'article.updated': '{date} (updated)' } });
    expect(placed.tParts('article.updated', 'date')).toEqual(['', ' (updated)']);
  });

  it('should count archive articles with their own strings, not the tag ones', () => {
    const strings = { ...ENGLISH.strings, 'archives.count.other': '{count} stories', 'tag.count.other': 'x' };
    expect(createI18n({ ...ENGLISH, strings }).tCount('archives.count', 2)).toBe('2 stories');
    expect(fr.tCount('archives.count', 1)).toBe('1 article');
  });

  it('should format dates in the given language, by default the site language, in the site time zone', () => {
    const lateEvening = new Date('2023-04-10T23:30:00Z');
    expect(fr.formatDate(lateEvening)).toBe('11 avril 2023');
    expect(en.formatDate(lateEvening)).toBe('April 11, 2023');
    expect(fr.formatDate(lateEvening, 'en')).toBe('April 11, 2023');
    const newYork = createI18n({ ...ENGLISH, site: { ...ENGLISH.site, timeZone: 'America/New_York' } });
    expect(newYork.formatDate(lateEvening)).toBe('April 10, 2023');
    expect(fr.formatMonth(2023, 4)).toBe('avril 2023');
    expect(en.formatMonth(2023, 4)).toBe('April 2023');
    expect(fr.formatList(['A', 'B', 'C'])).toBe('A, B et C');
    expect(en.formatList(['A', 'B', 'C'])).toBe('A, B, and C');
  });
});

describe('getSection', () => {
  it('should find a section among the sections of the configuration it is given', () => {
    expect(getSection(FRENCH, 'economie').label).toBe('Économie');
    expect(getSection(ENGLISH, 'business').label).toBe('Business');
    expect(() => getSection(ENGLISH, 'economie')).toThrow(/Unknown section "economie"; declared: world, business/);
  });
});

describe('JSON-LD', () => {
  it('describes a NewsArticle with dateline, keywords and corrections', () => {
    const data = buildNewsArticle(article, {
      url: 'https://x.test/articles/a/',
      sectionLabel: 'International',
      publisherName: 'Kiosque',
      publisherLogoUrl: 'https://x.test/logo.png',
      authorPath: (id) => `/auteurs/${id}/`,
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
      authorPath: (id) => `/auteurs/${id}/`,
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
