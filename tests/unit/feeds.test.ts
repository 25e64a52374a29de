import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/articles.ts';
import { buildFeed, feedPath, type FeedChannel } from '../../src/lib/feeds.ts';
import { makeArticle } from '../support/article.ts';

const HOSTILE = `Titre </script><script>alert(1)</script><img src=x onerror="alert(2)"> & "guillemets"`;

/** An article with a title and standfirst of its own, as a feed shows them. */
const article = (slug: string, date: string, extra: Partial<Article> = {}): Article =>
  makeArticle(slug, date, { title: `Titre ${slug}`, standfirst: `Chapeau ${slug}.`, ...extra });

const channel: FeedChannel = {
  title: 'Kiosque',
  description: 'Desc',
  siteUrl: 'https://x.test',
  path: '/sections/europe/',
  language: 'fr',
};
const options = {
  size: 10,
  sectionLabel: () => 'Europe',
  authorPath: (id: string) => `/auteurs/${id}/`,
  formatTime: (date: Date) => date.toISOString(),
};
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
/** What an HTML field shows: its text, and whether any element other than <p> was parsed out of it. */
function asHtml(html: string): { text: string; elements: string[] } {
  const tree = fromHtml(html, { fragment: true });
  const elements: string[] = [];
  const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName !== 'p') elements.push(node.tagName!);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return { text: toString(tree), elements };
}

describe('buildFeed', () => {
  it('should link a channel’s three feeds to each other by their paths', () => {
    expect(feedPath('/', 'rss')).toBe('/rss.xml');
    expect(feedPath('/sections/europe/', 'atom')).toBe('/sections/europe/atom.xml');
    const json = JSON.parse(buildFeed(channel, [], { ...options, format: 'json' })) as { feed_url: string };
    expect(json.feed_url).toBe('https://x.test/sections/europe/feed.json');
  });

  it('should keep the latest `size` articles in order and date the feed by its newest item, not the clock', () => {
    const articles = [
      article('c', '2026-03-01', { updated: new Date('2026-03-05') }),
      article('b', '2026-02-01'),
      article('a', '2026-01-01'),
    ];
    const atom = xml(buildFeed(channel, articles, { ...options, size: 2, format: 'atom' }));
    expect([...atom.querySelectorAll('entry > id')].map((id) => id.textContent)).toEqual([
      'https://x.test/articles/c/',
      'https://x.test/articles/b/',
    ]);
    expect(atom.querySelector('feed > updated')?.textContent).toBe('2026-03-05T00:00:00.000Z');
    const again = buildFeed(channel, articles, { ...options, size: 2, format: 'atom' });
    expect(again).toBe(buildFeed(channel, articles, { ...options, size: 2, format: 'atom' }));
  });

  it('should show a hostile headline and standfirst as text in every format, never as markup', () => {
    const hostile = article('x', '2026-01-01', { title: HOSTILE, standfirst: HOSTILE, authors: [{ name: 'A' }] });
    const rss = xml(buildFeed(channel, [hostile], { ...options, format: 'rss' }));
    // RSS titles are plain text; descriptions and content are HTML.
    expect(rss.querySelector('item > title')?.textContent).toBe(HOSTILE);
    expect(asHtml(rss.querySelector('item > description')!.textContent)).toEqual({ text: HOSTILE, elements: [] });
    const atom = xml(buildFeed(channel, [hostile], { ...options, format: 'atom' }));
    // Atom's title and summary are type="html".
    expect(atom.querySelector('entry > title')?.getAttribute('type')).toBe('html');
    expect(asHtml(atom.querySelector('entry > title')!.textContent)).toEqual({ text: HOSTILE, elements: [] });
    expect(asHtml(atom.querySelector('entry > summary')!.textContent)).toEqual({ text: HOSTILE, elements: [] });
    const json = JSON.parse(buildFeed(channel, [hostile], { ...options, format: 'json' })) as {
      items: { title: string; summary: string; content_html: string }[];
    };
    expect(json.items[0]!.title).toBe(HOSTILE);
    expect(json.items[0]!.summary).toBe(HOSTILE);
    expect(asHtml(json.items[0]!.content_html)).toEqual({ text: HOSTILE, elements: [] });
  });
});
