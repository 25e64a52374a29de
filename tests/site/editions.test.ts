import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readDist, readPage } from '../support/dist.ts';
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

  it('should label an English article’s footnotes in English, and a French one’s in French', () => {
    const english = readPage('articles/how-central-banks-use-interest-rates-against-inflation/index.html');
    expect(english.querySelector('.footnotes h2')?.textContent?.trim()).toBe('Footnotes');
    expect(english.querySelector('[data-footnote-backref]')?.getAttribute('aria-label')).toBe('Back to reference 1');
    const french = readPage('articles/garanties-de-securite-pour-l-ukraine-de-quoi-parle-t-on/index.html');
    expect(french.querySelector('.footnotes h2')?.textContent?.trim()).toBe('Notes');
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

describe('the tag, archive, corrections and search pages of each edition', () => {
  const articleLinks = (path: string) =>
    [...readPage(path).querySelectorAll('main a[href^="/articles/"]')].map((link) => link.getAttribute('href')!);
  const languageOf = (href: string) => readPage(`${href.slice(1)}index.html`).documentElement.getAttribute('lang');
  const hrefs = (path: string, selector: string) =>
    [...readPage(path).querySelectorAll(selector)].map((link) => link.getAttribute('href')!);

  it('should build each edition’s pages in its own language, the default edition’s at the same URLs', () => {
    for (const [path, lang] of [
      ['en/tags/index.html', 'en'],
      ['en/tags/ukraine/index.html', 'en'],
      ['en/archives/index.html', 'en'],
      ['en/corrections/index.html', 'en'],
      ['en/search/index.html', 'en'],
      ['tags/index.html', 'fr'],
      ['tags/ukraine/index.html', 'fr'],
      ['archives/index.html', 'fr'],
      ['corrections/index.html', 'fr'],
      ['search/index.html', 'fr'],
    ] as const) {
      expect(readPage(path).documentElement.getAttribute('lang'), path).toBe(lang);
    }
    expect(readPage('en/tags/index.html').querySelector('h1')?.textContent?.trim()).toBe('Tags');
    expect(readPage('en/archives/index.html').querySelector('h1')?.textContent?.trim()).toBe('Archives');
    expect(readPage('en/corrections/index.html').querySelector('h1')?.textContent?.trim()).toBe('Corrections');
  });

  it('should list on a tag page only the articles of its edition, and link the tag index to them', () => {
    const english = articleLinks('en/tags/ukraine/index.html');
    const french = articleLinks('tags/ukraine/index.html');
    expect(english).toContain('/articles/lukashenko-asks-russia-to-defend-belarus/');
    expect(english.every((href) => languageOf(href) === 'en')).toBe(true);
    expect(french.length).toBeGreaterThan(0);
    expect(french.every((href) => languageOf(href) === 'fr')).toBe(true);
    const index = hrefs('en/tags/index.html', 'main a');
    expect(index).toContain('/en/tags/ukraine/');
    expect(index.every((href) => href.startsWith('/en/tags/'))).toBe(true);
  });

  it('should list in an edition’s archive months only its articles, counted as the index says', () => {
    const months = hrefs('en/archives/index.html', 'main a');
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((href) => href.startsWith('/en/archives/'))).toBe(true);
    const listed = months.flatMap((href) => articleLinks(`${href.slice(1)}index.html`));
    expect(listed).toContain('/articles/lukashenko-asks-russia-to-defend-belarus/');
    expect(listed.every((href) => languageOf(href) === 'en')).toBe(true);
    const frenchListed = hrefs('archives/index.html', 'main a').flatMap((href) =>
      articleLinks(`${href.slice(1)}index.html`),
    );
    expect(frenchListed).not.toContain('/articles/lukashenko-asks-russia-to-defend-belarus/');
    expect(frenchListed).toContain('/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/');
  });

  it('should list on an edition’s corrections page only the corrections of its articles', () => {
    const english = articleLinks('en/corrections/index.html');
    expect(english).toContain('/articles/how-central-banks-use-interest-rates-against-inflation/');
    expect(english.every((href) => languageOf(href) === 'en')).toBe(true);
    const french = articleLinks('corrections/index.html');
    expect(french).toContain('/articles/sanctions-europeennes-contre-la-bielorussie/');
    expect(french).not.toContain('/articles/how-central-banks-use-interest-rates-against-inflation/');
  });

  it('should point an English page’s footer, search form and article tags to the English edition’s pages', () => {
    expect(hrefs(ENGLISH_ARTICLE, '.site-footer a')).toEqual([
      '/en/tags/',
      '/en/archives/',
      '/en/corrections/',
      '/en/search/',
      '/en/rss.xml',
    ]);
    expect(readPage(ENGLISH_ARTICLE).querySelector('.site-header form')?.getAttribute('action')).toBe('/en/search/');
    expect(hrefs(ENGLISH_ARTICLE, '.tag-list a')).toEqual(['/en/tags/space/', '/en/tags/astronomy/']);
    expect(hrefs(FRENCH_ARTICLE, '.tag-list a').every((href) => href.startsWith('/tags/'))).toBe(true);
    expect(hrefs('index.html', '.site-footer a')[0]).toBe('/tags/');
  });

  it('should start the English search page on English, with “All languages” offered, and the French one on all', () => {
    const english = readPage('en/search/index.html');
    expect(english.querySelector('[data-search]')?.getAttribute('data-default-language')).toBe('en');
    const language = english.querySelector('select[name="language"]')!;
    expect(language.querySelector('option[selected]')?.getAttribute('value')).toBe('en');
    expect(language.querySelector('option[value=""]')?.textContent?.trim()).toBe('All languages');
    expect(english.querySelector('#search-form')?.getAttribute('action')).toBe('/en/search/');
    const french = readPage('search/index.html');
    expect(french.querySelector('[data-search]')?.getAttribute('data-default-language')).toBe('');
    expect(french.querySelector('select[name="language"] option[selected]')).toBeNull();
  });
});

describe('the sitemap of the sample site', () => {
  const SITE_URL = 'https://kiosque.example.org';
  /** The hreflang alternates the sitemap gives a page, as "lang url". */
  const sitemapAlternates = (path: string): string[] => {
    const document = parseHTML(readDist('sitemap-0.xml')).document;
    const entry = [...document.querySelectorAll('url')].find(
      (url) => url.querySelector('loc')?.textContent === `${SITE_URL}${path}`,
    );
    expect(entry, path).toBeDefined();
    return [...entry!.querySelectorAll('*')]
      .filter((element) => element.tagName.toLowerCase() === 'xhtml:link')
      .map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`);
  };

  it('should carry the hreflang pair of translated articles, both ways, as their pages declare it', () => {
    const FRENCH_SEED = '/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/';
    const ENGLISH_SEED = '/articles/lukashenko-asks-russia-to-defend-belarus/';
    const pair = [`fr ${SITE_URL}${FRENCH_SEED}`, `en ${SITE_URL}${ENGLISH_SEED}`];
    expect(sitemapAlternates(FRENCH_SEED)).toEqual(pair);
    expect(sitemapAlternates(ENGLISH_SEED)).toEqual([pair[1], pair[0]]);
    expect(sitemapAlternates('/articles/sanctions-europeennes-contre-la-bielorussie/')).toEqual([]);
  });

  it('should carry the editions’ home pages as alternates of each other, in the sitemap and in their heads', () => {
    const homes = [`fr ${SITE_URL}/`, `en ${SITE_URL}/en/`];
    expect(sitemapAlternates('/')).toEqual(homes);
    expect(sitemapAlternates('/en/')).toEqual(homes);
    const head = [...readPage('en/index.html').querySelectorAll('link[rel="alternate"][hreflang]')].map(
      (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
    );
    expect(head).toEqual(homes);
    expect(sitemapAlternates('/en/tags/')).toEqual([]);
  });
});
