import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { isHtml } from '../../src/lib/importer/detect.ts';
import { readMetadata } from '../../src/lib/importer/metadata.ts';
import { parseHtmlArticle } from '../../src/lib/importer/html.ts';
import { importArticle } from '../../src/lib/importer/index.ts';
import { slugFromTitle } from '../../src/lib/importer/slug.ts';
import { SECTION_IDS } from '../../src/config.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/importer/${name}`, import.meta.url), 'utf8');
const metadataOf = (html: string) => readMetadata(parseHTML(html).document);
const context = { sections: SECTION_IDS, defaultLang: 'fr', timeZone: 'Europe/Paris' };

describe('HTML detection', () => {
  it('should detect HTML by content, whatever the extension', () => {
    expect(isHtml(fixture('news-jsonld.html'))).toBe(true);
    expect(isHtml('<div><p>Un</p><p>Deux</p></div>')).toBe(true);
    expect(isHtml(fixture('wire-copy.txt'))).toBe(false);
    expect(isHtml('Le prix a baissé de 3 % <en moyenne> cette année.')).toBe(false);
  });
});

describe('metadata sources', () => {
  it('should read og:title, JSON-LD dates and authors (in a @graph)', () => {
    const metadata = metadataOf(fixture('news-jsonld.html'));
    expect(metadata.title).toBe('Énergie : la facture des ménages baisse en 2025');
    expect(metadata.published).toBe('2025-02-03T07:30:00+01:00');
    expect(metadata.modified).toBe('2025-02-03T11:00:00+01:00');
    expect(metadata.author).toEqual(['Léa Fontaine', 'Marc Olivier']);
    expect(metadata.description).toBe('Les tarifs réglementés reculent pour la première fois depuis trois ans.');
    expect(metadata.image).toBe('https://cdn.example.org/photos/compteur.jpg');
  });

  it('should read article:published_time and the author meta tag', () => {
    expect(metadataOf(fixture('blog-post.html'))).toMatchObject({ published: '2024-09-14', author: ['Inès Roux'] });
  });

  it('should fall back to <time datetime> and read the page language', () => {
    expect(metadataOf(fixture('heavy-navigation-cookies.html')).published).toBe('2026-10-30T09:00:00+01:00');
    expect(metadataOf(fixture('english-page.html')).lang).toBe('en-GB');
  });

  it('should fall back to the headline when there is no og:title', () => {
    expect(metadataOf(fixture('no-date.html'))).toMatchObject({
      title: 'Guide : bien choisir son vélo de ville',
      published: undefined,
    });
  });
});

describe('HTML to Markdown', () => {
  it('should keep headings, emphasis, lists, links and tables, and drop the chrome', () => {
    const { markdown, dropped } = parseHtmlArticle(fixture('news-jsonld.html'));
    expect(markdown).toContain('## Ce qui change pour les ménages');
    expect(markdown).toContain('**contrats à prix fixe**');
    expect(markdown).toMatch(/^-\s+Baisse moyenne : 15 %$/m);
    expect(markdown).toContain('[son site](https://www.cre.fr/)');
    expect(markdown).toMatch(/\| Année \| Évolution \|/);
    for (const noise of [
      'dataLayer',
      'font-family',
      'Accueil',
      'Mentions légales',
      'Super article',
      'Le prix du gaz',
    ]) {
      expect(markdown).not.toContain(noise);
    }
    expect(dropped.map((line) => line.rule)).toEqual(
      expect.arrayContaining(['navigation', 'page footer', 'comments', 'sidebar or related links']),
    );
  });

  it('should drop cookie banners, ads and navigation, and report them', () => {
    const { markdown, dropped } = parseHtmlArticle(fixture('heavy-navigation-cookies.html'));
    expect(markdown).not.toMatch(/cookies|PUBLICITÉ|Plan du site|Météo/);
    expect(markdown).toContain('Quatre nouvelles stations');
    expect(dropped.map((line) => line.rule)).toEqual(
      expect.arrayContaining(['cookie banner', 'advertising', 'navigation']),
    );
  });

  it('should keep blockquotes and ordered lists, and take images out with a note', () => {
    const { markdown, dropped } = parseHtmlArticle(fixture('blog-post.html'));
    expect(markdown).toContain('> Le protocole de comptage');
    expect(markdown).toMatch(/^1\.\s+Repérer les espèces$/m);
    expect(markdown).toContain('*les grèbes huppés*');
    expect(markdown).not.toContain('![');
    expect(
      dropped.some((line) => line.text.includes('/photos/grebe.jpg') && line.text.includes('Un grèbe huppé')),
    ).toBe(true);
  });

  it('should write the page language into the front matter when it is not the site’s', () => {
    const result = importArticle(fixture('english-page.html'), { section: 'europe' }, context);
    expect(result.markdown).toMatch(/^lang: en-GB$/m);
    expect(result.slug).toBe('coastal-town-votes-to-restore-its-victorian-pier');
  });

  it('should ask for --date when the page has none', () => {
    expect(() => importArticle(fixture('no-date.html'), { section: 'europe' }, context)).toThrow(/--date YYYY-MM-DD/);
    expect(importArticle(fixture('no-date.html'), { section: 'europe', date: '2026-01-05' }, context).report.date).toBe(
      '2026-01-05',
    );
  });
});

describe('slugs', () => {
  it('should fold accents, join words with hyphens and stay short', () => {
    expect(slugFromTitle('Énergie : la facture des ménages baisse en 2025')).toBe(
      'energie-la-facture-des-menages-baisse-en-2025',
    );
    expect(slugFromTitle('Un titre très long '.repeat(10)).length).toBeLessThanOrEqual(60);
  });
});
