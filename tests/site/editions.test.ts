import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { asWords, frenchOnlyFragments, visibleText } from '../support/ui-text.ts';

const ENGLISH_ARTICLE = 'articles/fixture-english-space-telescope/index.html';
const FRENCH_ARTICLE = 'articles/sanctions-europeennes-contre-la-bielorussie/index.html';

/** An article page without what other articles bring into it (the body, cards of related articles). */
function pageChrome(path: string): string {
  const document = readPage(path);
  for (const element of document.querySelectorAll('.prose, .related li, h1, .standfirst')) element.remove();
  return visibleText(document);
}

describe('an article page in the sample site (French default edition, English edition)', () => {
  it('should put an English article in English UI: strings, section label, dates and language', () => {
    const document = readPage(ENGLISH_ARTICLE);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(document.querySelector('.site-nav')?.getAttribute('aria-label')).toBe('Sections');
    expect(document.querySelector('.byline-section')?.textContent?.trim()).toBe('Science & Tech');
    expect(document.querySelector('.byline-dates')?.textContent).toContain('Published March 12, 2025');
    expect(document.querySelector('.byline-authors')?.textContent).toBe('By Jane Doe and John Roe');
  });

  it('should leave no string of the French UI table around an English article', () => {
    const chrome = pageChrome(ENGLISH_ARTICLE);
    expect(frenchOnlyFragments().filter((fragment) => asWords(fragment).test(chrome))).toEqual([]);
  });

  it('should keep French articles in the French UI', () => {
    const document = readPage(FRENCH_ARTICLE);
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(document.querySelector('.skip-link')?.textContent?.trim()).toBe('Aller au contenu');
    expect(document.querySelector('.byline-dates')?.textContent).toContain('Publié le 20 février 2024');
    // Self-test: the check that passes on the English article finds the French strings here.
    expect(frenchOnlyFragments().filter((fragment) => asWords(fragment).test(pageChrome(FRENCH_ARTICLE)))).toContain(
      'Aller au contenu',
    );
  });
});

describe('the editions of the sample site', () => {
  it('should link each home page to the other edition, named in its own language', () => {
    const french = readPage('index.html');
    const toEnglish = french.querySelector('.edition-links a');
    expect(toEnglish?.getAttribute('href')).toBe('/en/');
    expect(toEnglish?.getAttribute('hreflang')).toBe('en');
    expect(toEnglish?.textContent?.trim()).toBe('English edition');
    const english = readPage('en/index.html');
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('.site-name')?.getAttribute('href')).toBe('/en/');
    const toFrench = english.querySelector('.edition-links a');
    expect(toFrench?.getAttribute('href')).toBe('/');
    expect(toFrench?.getAttribute('lang')).toBe('fr');
    expect(toFrench?.textContent?.trim()).toBe('Édition française');
  });

  it('should advertise each edition’s own feeds in its pages', () => {
    const feeds = (path: string) =>
      [...readPage(path).querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((link) =>
        link.getAttribute('href'),
      );
    expect(feeds('en/index.html')).toEqual(['/en/rss.xml']);
    expect(feeds(ENGLISH_ARTICLE)).toEqual(['/en/rss.xml']);
    expect(feeds('index.html')).toEqual(['/rss.xml']);
  });
});

describe('the section pages of each edition', () => {
  const articleLinks = (path: string) =>
    [...readPage(path).querySelectorAll('main a[href^="/articles/"]')].map((link) => link.getAttribute('href'));

  it('should list an English article on the English section page only, in English', () => {
    const english = readPage('en/sections/sciences-tech/index.html');
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('h1')?.textContent?.trim()).toBe('Science & Tech');
    expect(articleLinks('en/sections/sciences-tech/index.html')).toContain(
      '/articles/fixture-english-space-telescope/',
    );
    expect(articleLinks('sections/sciences-tech/index.html')).not.toContain(
      '/articles/fixture-english-space-telescope/',
    );
    expect(articleLinks('sections/sciences-tech/index.html').length).toBeGreaterThan(0);
  });

  it('should point the navigation and the byline of an English page to the English sections', () => {
    const nav = [...readPage('en/index.html').querySelectorAll('.site-nav a')].map((a) => a.getAttribute('href'));
    expect(nav).toContain('/en/sections/international/');
    expect(nav.every((href) => href?.startsWith('/en/sections/'))).toBe(true);
    expect(readPage(ENGLISH_ARTICLE).querySelector('.byline-section a')?.getAttribute('href')).toBe(
      '/en/sections/sciences-tech/',
    );
    expect(readPage(FRENCH_ARTICLE).querySelector('.byline-section a')?.getAttribute('href')).toBe('/sections/europe/');
  });
});

describe('translations in the sample site', () => {
  const FRENCH_SEED = 'articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/index.html';
  const ENGLISH_SEED = 'articles/lukashenko-asks-russia-to-defend-belarus/index.html';
  const alternates = (path: string) =>
    [...readPage(path).querySelectorAll('link[rel="alternate"][hreflang]')].map(
      (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
    );

  it('should give both versions of the seed article the same hreflang pair, itself included', () => {
    const pair = [
      'fr https://kiosque.example.org/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/',
      'en https://kiosque.example.org/articles/lukashenko-asks-russia-to-defend-belarus/',
    ];
    expect(alternates(FRENCH_SEED)).toEqual(pair);
    expect(alternates(ENGLISH_SEED)).toEqual([pair[1], pair[0]]);
    expect(alternates(FRENCH_ARTICLE)).toEqual([]);
  });

  it('should link each version to the other, named in the other language', () => {
    const toEnglish = readPage(FRENCH_SEED).querySelector('.translation-link a');
    expect(toEnglish?.getAttribute('href')).toBe('/articles/lukashenko-asks-russia-to-defend-belarus/');
    expect(toEnglish?.getAttribute('hreflang')).toBe('en');
    expect(toEnglish?.textContent?.trim()).toBe('Read this article in English');
    const toFrench = readPage(ENGLISH_SEED).querySelector('.translation-link a');
    expect(toFrench?.getAttribute('href')).toBe(
      '/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/',
    );
    expect(toFrench?.getAttribute('lang')).toBe('fr');
    expect(toFrench?.textContent?.trim()).toBe('Lire cet article en français');
    expect(readPage(ENGLISH_SEED).documentElement.getAttribute('lang')).toBe('en');
  });
});
