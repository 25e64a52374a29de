/** RSS, Atom and JSON Feed for the site and each section, read from the fixture build. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SECTIONS, SITE } from '../../src/config.ts';
import { editionPrefix, expectedPublished } from '../support/content.ts';
import { fileForUrl, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const published = expectedPublished().sort((a, b) => b.date.getTime() - a.date.getTime());
const articleLink = (slug: string) => `${SITE.url}/articles/${slug}/`;

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;

/** The article links of a feed, in order, whatever its format. */
function itemLinks(path: string): string[] {
  const text = readDist(path);
  if (path.endsWith('.json')) return (JSON.parse(text) as { items: { url: string }[] }).items.map((item) => item.url);
  const xml = parseXml(text);
  if (path.endsWith('atom.xml'))
    return [...xml.querySelectorAll('entry > link')].map((link) => link.getAttribute('href')!);
  return [...xml.querySelectorAll('item > link')].map((link) => link.textContent);
}

describe('feeds', () => {
  it('keeps /rss.xml an RSS 2.0 feed and adds /atom.xml and /feed.json with the same latest articles', () => {
    const expected = published
      .filter((article) => editionPrefix(article) === '')
      .slice(0, SITE.feedSize)
      .map((article) => articleLink(article.slug));
    expect(expected.length).toBeGreaterThan(1);
    expect(parseXml(readDist('rss.xml')).querySelector('rss')?.getAttribute('version')).toBe('2.0');
    for (const path of ['rss.xml', 'atom.xml', 'feed.json']) expect(itemLinks(path)).toEqual(expected);
  });

  it('gives the English edition its own feeds under /en/, with only its articles, in English', () => {
    const expected = published
      .filter((article) => editionPrefix(article) === 'en')
      .slice(0, SITE.feedSize)
      .map((article) => articleLink(article.slug));
    expect(expected.length).toBeGreaterThan(1);
    for (const path of ['en/rss.xml', 'en/atom.xml', 'en/feed.json']) expect(itemLinks(path)).toEqual(expected);
    const rss = parseXml(readDist('en/rss.xml'));
    expect(rss.querySelector('channel > language')?.textContent).toBe('en');
    expect(rss.querySelector('channel > description')?.textContent).toBe('The news, without the noise.');
    expect(rss.querySelector('channel > link')?.textContent).toBe(`${SITE.url}/en/`);
  });

  it('gives each section of each edition its RSS, Atom and JSON feed with only that section’s articles', () => {
    let englishItems = 0;
    for (const prefix of ['', 'en']) {
      for (const section of SECTIONS) {
        const expected = published
          .filter((article) => article.section === section.id && editionPrefix(article) === prefix)
          .slice(0, SITE.feedSize)
          .map((article) => articleLink(article.slug));
        if (prefix === 'en') englishItems += expected.length;
        for (const file of ['rss.xml', 'atom.xml', 'feed.json'])
          expect(itemLinks(`${prefix === '' ? '' : `${prefix}/`}sections/${section.id}/${file}`)).toEqual(expected);
      }
    }
    expect(englishItems).toBeGreaterThan(0);
  });

  it('writes a valid Atom feed: namespace, ids, and an updated date taken from the newest item, not the clock', () => {
    const atom = parseXml(readDist('atom.xml'));
    const feed = atom.querySelector('feed')!;
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const entries = [...atom.querySelectorAll('entry')];
    expect(entries.every((entry) => entry.querySelector('id')?.textContent?.startsWith(`${SITE.url}/articles/`))).toBe(
      true,
    );
    const itemDates = entries.map((entry) => Date.parse(entry.querySelector('updated')!.textContent));
    expect(Date.parse(feed.querySelector(':scope > updated')!.textContent)).toBe(Math.max(...itemDates));
  });

  it('writes a JSON Feed with its version, its own URL, and a title and date on every item', () => {
    const json = JSON.parse(readDist('feed.json')) as {
      version: string;
      feed_url: string;
      home_page_url: string;
      items: { id: string; title: string; date_published: string }[];
    };
    expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(json.feed_url).toBe(`${SITE.url}/feed.json`);
    expect(json.home_page_url).toBe(`${SITE.url}/`);
    for (const item of json.items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
  });

  it('advertises the site’s three feeds on every page, and a section’s own three on its listing', () => {
    const alternates = (page: string) =>
      // Feeds are the alternates with a type (language versions carry hreflang instead).
      [...readPage(page).querySelectorAll('head link[rel="alternate"][type]')].map(
        (link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`,
      );
    const section = SECTIONS[0].id;
    expect(alternates('index.html')).toEqual([
      'application/rss+xml /rss.xml',
      'application/atom+xml /atom.xml',
      'application/feed+json /feed.json',
    ]);
    expect(alternates(`sections/${section}/index.html`)).toEqual(
      expect.arrayContaining([
        `application/rss+xml /sections/${section}/rss.xml`,
        `application/atom+xml /sections/${section}/atom.xml`,
        `application/feed+json /sections/${section}/feed.json`,
      ]),
    );
    for (const alternate of alternates(`sections/${section}/index.html`)) {
      expect(existsSync(join(FIXTURE_DIST, fileForUrl(alternate.split(' ')[1]!)))).toBe(true);
    }
  });
});
