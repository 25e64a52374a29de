import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { readPage } from '../support/dist.ts';
import { fold } from '../../src/lib/search/normalize.ts';

const baseUrl = inject('baseUrl');
const SEED = 'loukachenko-demande-a-la-russie-de-defendre-la-bielorussie';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the search page has answered (status no longer empty or loading). */
async function settled(target: Page = page): Promise<void> {
  await target.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !/…$/.test(status);
  });
}

/** Opens /search/ with these parameters and returns the result slugs in order. */
async function search(query: string, params: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`${baseUrl}/search/?${new URLSearchParams({ q: query, ...params })}`);
  await settled();
  return resultSlugs();
}

async function resultSlugs(target: Page = page): Promise<string[]> {
  const hrefs = await target
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => href.split('/')[2]!);
}

/** The folded text of a built article. */
function articleText(slug: string): string {
  return fold(readPage(`articles/${slug}/index.html`).querySelector('article')!.textContent ?? '');
}

describe('search in Chromium', () => {
  it('ignores accents and case: bielorussie, Biélorussie and BIELORUSSIE find the seed', async () => {
    for (const query of ['bielorussie', 'Biélorussie', 'BIELORUSSIE']) expect(await search(query)).toContain(SEED);
    expect(await search('choigou')).toEqual([SEED]);
  });

  it('finds words after French elisions written with a typographic apostrophe', async () => {
    expect(await search('inquietude')).toContain(SEED);
    expect(await search('assemblee')).toEqual(['search-assemblee-budget']);
    expect(await search('europe')).toContain('pologne-et-pays-baltes-renforcent-leur-frontiere-avec-la-bielorussie');
  });

  it('finds other forms of a word: défendre finds “défend”, security guarantees finds “security guarantee”', async () => {
    const defend = await search('défendre');
    expect(defend).toContain('armes-nucleaires-tactiques-russes-en-bielorussie');
    expect(articleText('armes-nucleaires-tactiques-russes-en-bielorussie')).toMatch(/\bdefend\b/);
    expect(await search('security guarantees')).toContain('search-english-security-guarantee');
  });

  it('finds English articles from the French site', async () => {
    expect(await search('telescope')).toEqual(['fixture-english-space-telescope']);
  });

  it('ranks articles with all the words above those with only some', async () => {
    const slugs = await search('garanties biélorussie');
    const hasAll = slugs.map((slug) => /garanti/.test(articleText(slug)) && /bielorussie/.test(articleText(slug)));
    expect(hasAll[0]).toBe(true);
    expect(hasAll.includes(false)).toBe(true);
    expect(hasAll.indexOf(false)).toBeGreaterThan(hasAll.lastIndexOf(true));
  });

  it('ranks a headline match above a passing mention', async () => {
    const slugs = await search('otan');
    const headline = fold(readPage(`articles/${slugs[0]!}/index.html`).querySelector('h1')!.textContent);
    expect(headline).toContain('otan');
    expect(slugs.length).toBeGreaterThan(1);
  });

  it('shows results for a partial word as the reader types', async () => {
    await page.goto(`${baseUrl}/search/`);
    await page.locator('#search-query').pressSequentially('bielo', { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    expect(await resultSlugs()).toContain(SEED);
    expect(new URL(page.url()).searchParams.get('q')).toBe('bielo');
  });

  it('finds a word that appears only in the tags', async () => {
    expect(articleText('search-assemblee-budget').replace(/hemicycle/g, '')).not.toMatch(/hemicycle/);
    expect(await search('hémicycle')).toEqual(['search-assemblee-budget']);
  });

  it('puts the more recent of two equally relevant articles first', async () => {
    expect(await search('xylophonie')).toEqual(['search-recence-2024', 'search-recence-2019']);
  });

  it('filters by section and by language', async () => {
    const all = await search('bielorussie');
    const europe = await search('bielorussie', { section: 'Europe' });
    expect(europe.length).toBeGreaterThan(0);
    expect(europe.length).toBeLessThan(all.length);
    for (const slug of europe)
      expect(readPage(`articles/${slug}/index.html`).querySelector('.byline-section')?.textContent).toBe('Europe');
    const english = await search('security', { language: 'en' });
    expect(english).toContain('search-english-security-guarantee');
    for (const slug of english) expect(readPage(`articles/${slug}/index.html`).documentElement.lang).toBe('en');
    expect(await search('xylophonie', { year: '2019' })).toEqual(['search-recence-2019']);
  });

  it('sorts by date, newest first, when asked', async () => {
    const slugs = await search('bielorussie', { sort: 'date' });
    const dates = slugs.map((slug) =>
      readPage(`articles/${slug}/index.html`).querySelector('article time')!.getAttribute('datetime')!,
    );
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('says clearly when nothing matches, and never finds drafts or future articles', async () => {
    expect(await search('zorglubexpress')).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('Aucun article');
    expect(await search('quasarprogramme')).toEqual([]);
  });

  it('shows the count, section, date and highlighted excerpt of each result', async () => {
    await search('choigou');
    expect(await page.locator('#search-status').textContent()).toBe('1 article trouvé pour « choigou »');
    const result = page.locator('#search-results li').first();
    expect(await result.locator('.card-meta').textContent()).toBe('International · 10 avril 2023');
    expect(fold((await result.locator('mark').first().textContent())!)).toContain('choigou');
  });

  it('loads more results on demand and moves focus to the first new one', async () => {
    const first = await search('plus');
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(10);
    await page.locator('#search-more').click();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length > count, first.length);
    expect(
      await page.evaluate(
        (count) => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[count],
        first.length,
      ),
    ).toBe(true);
  });

  it('keeps the query and filters in the URL, so Back restores the previous search', async () => {
    await search('bielorussie');
    await page.locator('#search-query').fill('choigou');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL(/q=choigou/);
    await settled();
    await page.locator('select[name="sort"]').selectOption('date');
    await page.waitForURL(/sort=date/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('sort='));
    await page.goBack();
    await page.waitForURL(/q=bielorussie/);
    await page.waitForFunction(
      () => (document.querySelector('#search-query') as HTMLInputElement).value === 'bielorussie',
    );
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 1);
    expect(await resultSlugs()).toContain(SEED);
  });

  it('highlights the matched words on the article it opens', async () => {
    await search('fraudes');
    const link = page.locator('#search-results h2 a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/[^/]+\/#:~:text=fraudes$/);
    await link.click();
    await page.waitForURL(`${baseUrl}${href}`);
    // The browser highlights the text-fragment match and scrolls it into view, far below the fold.
    await page.waitForFunction(() => window.scrollY > 200);
    const visible = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.prose p')].find((p) => p.textContent?.includes('fraudes'))!;
      const box = paragraph.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    });
    expect(visible).toBe(true);
  });

  it('takes the header form to the search page from any page', async () => {
    await page.goto(`${baseUrl}/sections/culture/`);
    await page.locator('#header-search').fill('choigou');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=choigou/);
    await settled();
    expect(await resultSlugs()).toEqual([SEED]);
  });

  it('tells a reader without JavaScript that search needs it, with a link to the archives', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl}/search/?q=choigou`);
    expect(await noJs.locator('.search-noscript').isVisible()).toBe(true);
    expect(await noJs.locator('.search-noscript a[href="/archives/"]').count()).toBe(1);
    await context.close();
  });

  it('has zero axe-core violations with and without results, in light and dark', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const target = await context.newPage();
      for (const query of ['', 'bielorussie', 'zorglubexpress', 'Loukachenco']) {
        await target.goto(`${baseUrl}/search/${query ? `?q=${query}` : ''}`);
        await settled(target);
        violations.push(...(await axeViolations(target)).map((line) => `${colorScheme} "${query}": ${line}`));
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 120_000);
});

describe('the English edition’s search page in Chromium', () => {
  const languageOf = (slug: string) => readPage(`articles/${slug}/index.html`).documentElement.lang;

  it('searches English articles by default, and every language once the reader picks “All languages” by keyboard', async () => {
    await page.goto(`${baseUrl}/en/search/?q=ukraine`);
    await settled();
    const english = await resultSlugs();
    expect(english).toContain('lukashenko-asks-russia-to-defend-belarus');
    expect(english.map(languageOf).every((lang) => lang === 'en')).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Tab from the query field to the language choice, then pick its first option, “All languages”.
    await page.locator('#search-query').focus();
    for (let step = 0; step < 10; step++) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'language')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('language');
    await page.keyboard.press('Home');
    await page.waitForURL(/language=/);
    await settled();
    const all = await resultSlugs();
    expect(all).toContain('lukashenko-asks-russia-to-defend-belarus');
    expect(all).toContain('loukachenko-demande-a-la-russie-de-defendre-la-bielorussie');
    expect(all.length).toBeGreaterThan(english.length);
    // The choice is kept in the URL: a reload keeps searching every language.
    await page.reload();
    await settled();
    expect(await page.locator('select[name="language"]').inputValue()).toBe('');
    expect(await resultSlugs()).toEqual(all);
  });

  it('has zero axe-core violations on the English search page, in light and dark', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const target = await context.newPage();
      for (const query of ['', 'ukraine']) {
        await target.goto(`${baseUrl}/en/search/${query ? `?q=${query}` : ''}`);
        await settled(target);
        violations.push(...(await axeViolations(target)).map((line) => `${colorScheme} "${query}": ${line}`));
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 120_000);
});

describe('search that forgives typos, honours phrases and keeps the site’s typography', () => {
  /** Opens a search and records every /pagefind/ path the page fetched. */
  async function searchRecording(query: string, params: Record<string, string> = {}) {
    const fetched: string[] = [];
    const listener = (request: { url: () => string }) => fetched.push(new URL(request.url()).pathname);
    page.on('request', listener);
    const slugs = await search(query, params);
    page.off('request', listener);
    return { slugs, fetched };
  }
  const correction = () => page.locator('#search-correction');

  it('searches the closest spelling when a French word matches nothing, and says so with a link to the exact spelling', async () => {
    const { slugs, fetched } = await searchRecording('Loukachenco');
    expect(fetched).toContain('/pagefind/vocabulary.txt');
    expect(slugs).toContain(SEED);
    expect(await correction().textContent()).toContain('Résultats pour « Loukachenko »');
    expect(await page.locator('#search-status').textContent()).toContain('« Loukachenko »');
    const exact = correction().locator('a');
    expect(await exact.textContent()).toBe('Rechercher plutôt « Loukachenco »');
    await exact.click();
    await page.waitForURL(/exact=1/);
    await page.waitForFunction(() => /Aucun article/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await correction().isHidden()).toBe(true);
    expect(await resultSlugs()).toEqual([]);
  });

  it('catches transliterations and one-letter slips: Choigu, Shoigu, inflasion', async () => {
    expect(await search('Choigu')).toEqual([SEED]);
    expect(await correction().textContent()).toContain('« Choïgou »');
    expect(await search('Shoigu')).toEqual([SEED]);
    const inflation = await search('inflasion');
    expect(inflation).toContain('inflation-en-france-retour-sur-trois-annees-de-hausse-des-prix');
    expect(await correction().textContent()).toContain('« inflation »');
  });

  it('corrects English words too, and offers “Vouliez-vous dire” when other words did match', async () => {
    expect(await search('telscope')).toEqual(['fixture-english-space-telescope']);
    expect(await correction().textContent()).toContain('« telescope »');
    const some = await search('guarante Kyiv dipolmats');
    expect(some).toContain('search-english-security-guarantee');
    expect(await correction().textContent()).toMatch(/^Vouliez-vous dire guarante Kyiv diplomats\u00a0\?$/);
    await correction().locator('a').click();
    await page.waitForURL(/q=guarante\+Kyiv\+diplomats/);
    await settled();
    expect(await resultSlugs()).toContain('search-english-security-guarantee');
  });

  it('never fetches the vocabulary for a query that matches', async () => {
    for (const query of ['bielorussie', 'security guarantees', 'AI Act']) {
      const { slugs, fetched } = await searchRecording(query);
      expect(slugs.length).toBeGreaterThan(0);
      expect(fetched.filter((path) => path.includes('vocabulary'))).toEqual([]);
    }
  });

  it('ranks the exact phrase above the same words scattered', async () => {
    const slugs = await search('AI Act');
    expect(slugs[0]).toBe('ia-ce-que-change-le-reglement-europeen');
    expect(slugs).toContain('search-phrase-scattered');
    expect(articleText('search-phrase-scattered')).not.toMatch(/\bai act\b/);
  });

  it('ranks an exact headline first, above a page that repeats the words', async () => {
    const slugs = await search('marché du cacao');
    expect(slugs.slice(0, 2)).toEqual(['search-headline-exact', 'search-headline-mention']);
  });

  it('shows dates in the site’s language and time zone whatever the browser’s locale and zone', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
    const target = await context.newPage();
    expect(await target.evaluate(() => navigator.language)).toBe('en-US');
    await target.goto(`${baseUrl}/search/?q=${encodeURIComponent('feu d’artifice')}`);
    await settled(target);
    const result = target.locator('#search-results li', { has: target.locator('a[href*="fixture-new-year"]') });
    // 23:30 UTC on 31 December is already New Year's Day in Paris, and still 31 December in New York.
    expect(await result.locator('time').textContent()).toBe('1 janvier 2025');
    await context.close();
  });

  it('keeps the article’s typography in result titles and excerpts', async () => {
    await search('garanties ukraine');
    const titles = await page.locator('#search-results h2 a').allTextContents();
    expect(titles).toContain('Garanties de sécurité pour l’Ukraine : de quoi parle-t-on ?');
    await search('inquietude');
    const excerpts = (await page.locator('#search-results .card-standfirst').allTextContents()).join(' ');
    expect(excerpts).toMatch(/l’inquiétude/);
    expect(excerpts).not.toMatch(/\p{L}'\p{L}|\u034f/u);
  });
});
