import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { expectedPublished } from '../support/content.ts';
import { tagUrl } from '../../src/lib/articles.ts';
import { tagSlug } from '../../src/lib/tags.ts';

const baseUrl = inject('baseUrl');
const published = expectedPublished();
const sample = published.find((article) => article.tags.length > 0 && article.lang === undefined)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  article: `/articles/${sample.slug}/`,
  section: `/sections/${sample.section}/`,
  tag: tagUrl(tagSlug(sample.tags[0]!)),
  tags: '/tags/',
  archive: '/archives/',
  corrections: '/corrections/',
  notFound: '/no-such-page/',
};

/** The English edition's page types, checked apart so that each axe test stays within the time limit. */
const ENGLISH_PAGE_TYPES: Record<string, string> = {
  englishHome: '/en/',
  englishSection: '/en/sections/international/',
  englishArticle: '/articles/lukashenko-asks-russia-to-defend-belarus/',
};

/** The English edition's tag, archive, corrections and author pages. */
const ENGLISH_LISTING_TYPES: Record<string, string> = {
  englishTags: '/en/tags/',
  englishTag: '/en/tags/ukraine/',
  englishArchives: '/en/archives/',
  englishArchiveMonth: '/en/archives/2023/04/',
  englishCorrections: '/en/corrections/',
  englishAuthor: '/en/authors/sophie-garnier/',
};

describe('reading the site in Chromium', () => {
  it('follows the language link from the seed article to its English version and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/`);
    await page.locator('.translation-link a').click();
    await page.waitForURL(/\/articles\/lukashenko-asks-russia-to-defend-belarus\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await page.locator('h1').textContent())!.trim()).toBe(
      'Lukashenko asks Russia to defend Belarus “as its own territory”',
    );
    expect((await page.locator('.translation-link a').textContent())!.trim()).toBe('Lire cet article en français');
    await page.locator('.translation-link a').click();
    await page.waitForURL(/\/articles\/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.close();
  });

  it('goes from the home page to an article by clicking its headline', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const lead = page.locator('.home-lead .card-title a');
    const title = (await lead.textContent())!.trim();
    await lead.click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    await page.close();
  });

  it('renders an article with headline, date and body, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/${sample.slug}/`);
    expect((await page.locator('h1').textContent())!.trim()).toBe(sample.title);
    expect(await page.locator('article time[datetime]').first().isVisible()).toBe(true);
    const body = await page.locator('.prose').innerText();
    expect(body.length).toBeGreaterThan(200);
    await context.close();
  });

  it('ships no JavaScript on article pages', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${baseUrl}/articles/${sample.slug}/`);
    expect(scripts).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.close();
  });

  it('makes no request outside the local server on any page type', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    for (const path of Object.values(PAGE_TYPES)) await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    expect(outside).toEqual([]);
    await page.close();
  });

  for (const [edition, pageTypes, scheme] of [
    ['', PAGE_TYPES, 'light'],
    ['', PAGE_TYPES, 'dark'],
    [' of the English edition', ENGLISH_PAGE_TYPES, 'light'],
    [' of the English edition', ENGLISH_PAGE_TYPES, 'dark'],
    [' of the English edition’s listings', ENGLISH_LISTING_TYPES, 'light'],
    [' of the English edition’s listings', ENGLISH_LISTING_TYPES, 'dark'],
  ] as const) {
    it(`has zero axe-core violations on every page type${edition} in the ${scheme} scheme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const [type, path] of Object.entries(pageTypes)) {
        await page.goto(`${baseUrl}${path}`);
        violations.push(...(await axeViolations(page)).map((line) => `${type}: ${line}`));
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('is readable at 360 px: no horizontal scrolling on any page type', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of Object.values(PAGE_TYPES)) {
      await page.goto(`${baseUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('lets a keyboard user skip to the content first', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/${sample.slug}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.close();
  });
});

describe('following related links in Chromium', () => {
  it('lands on the article a related link names', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/`);
    const first = page.locator('[data-related] a[href^="/articles/"]').first();
    const href = (await first.getAttribute('href'))!;
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(`${baseUrl}${href}`);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    await page.close();
  });
});
