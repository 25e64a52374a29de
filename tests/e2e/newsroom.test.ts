/** Author, story and live pages in Chromium: navigation, no script, axe in light and dark, 360 px. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const LIVE = '/articles/conseil-europeen-budget-en-direct/';
const PAGES: Record<string, string> = {
  author: '/auteurs/sophie-garnier/',
  authorWithoutPhoto: '/auteurs/julien-moreau/',
  story: '/dossiers/bielorussie-russie/',
  storyArticle: '/articles/armes-nucleaires-tactiques-russes-en-bielorussie/',
  live: LIVE,
  liveEnded: '/articles/fixture-live-ended/',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('authors, stories and live coverage in Chromium', () => {
  it("goes from a byline to the author's page, which lists the article", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/artemis-i-la-capsule-orion-revient-de-la-lune/`);
    await page.locator('.byline-authors a').click();
    await page.waitForURL(`${baseUrl}/auteurs/sophie-garnier/`);
    expect((await page.locator('h1').textContent())!.trim()).toBe('Sophie Garnier');
    expect(
      await page.locator('.card-title a[href="/articles/artemis-i-la-capsule-orion-revient-de-la-lune/"]').count(),
    ).toBe(1);
    await page.close();
  });

  it("goes from an article's story block to the story page and back to the next article", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${PAGES.storyArticle}`);
    const current = page.locator('.story-block [aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    await page.locator('.story-block p a').click();
    await page.waitForURL(`${baseUrl}${PAGES.story}`);
    const titles = await page.locator('.card-title a').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    await page.locator('.card-title a').nth(2).click();
    await page.waitForURL(/\/articles\//);
    expect((await page.locator('.story-block [aria-current="page"]').textContent())!.trim()).toBe(titles[2]!.trim());
    await page.close();
  });

  it('shows the live updates, newest first, with no JavaScript at all, and a banner that leads to them', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${baseUrl}/sections/culture/`);
    await page.locator('.breaking a').click();
    await page.waitForURL(`${baseUrl}${LIVE}`);
    const times = await page
      .locator('.live-updates li time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
    expect(times.length).toBe(5);
    expect(times).toEqual([...times].sort().reverse());
    expect(await page.locator('.article-header .live-label').isVisible()).toBe(true);
    expect(scripts).toEqual([]);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has zero axe-core violations on author, story and live pages in the ${scheme} scheme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const [type, path] of Object.entries(PAGES)) {
        await page.goto(`${baseUrl}${path}`);
        violations.push(...(await axeViolations(page)).map((line) => `${type}: ${line}`));
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('is readable at 360 px: no horizontal scrolling on author, story and live pages', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of Object.values(PAGES)) {
      await page.goto(`${baseUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
