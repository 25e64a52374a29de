import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getShareCard, shareCardKey } from '../../src/data/share-cards.ts';
import type { SiteArticle } from '../../src/data/site-article.ts';
import { cardLayout, type CardNode } from '../../src/lib/share-card/layout.ts';
import { makeArticle } from '../support/article.ts';

const CONTEXT = { sectionLabel: 'Europe', siteName: 'Kiosque' };

const texts = (node: CardNode | string): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap(texts);

describe('share cards', () => {
  it('should lay out the section, the headline cut on a word, and the site name', () => {
    const title = `Un titre ${'très '.repeat(40)}long`;
    const shown = texts(cardLayout({ title, section: 'Europe', siteName: 'Kiosque', hero: false }));
    expect(shown[0]).toBe('Europe');
    expect(shown[1]!.length).toBeLessThanOrEqual(120);
    expect(shown[1]).toMatch(/^Un titre très .*…$/);
    expect(shown[2]).toBe('Kiosque');
  });

  it('should key a card by what it shows: the headline, section label and site name change it, the body does not', () => {
    const article = makeArticle('a', '2024-01-01', { title: 'Titre' }) as SiteArticle;
    const key = shareCardKey(article, CONTEXT);
    expect(shareCardKey({ ...article, body: 'Autre corps' }, CONTEXT)).toBe(key);
    expect(shareCardKey({ ...article, title: 'Autre titre' }, CONTEXT)).not.toBe(key);
    expect(shareCardKey(article, { ...CONTEXT, sectionLabel: 'Sport' })).not.toBe(key);
    expect(shareCardKey(article, { ...CONTEXT, siteName: 'Autre' })).not.toBe(key);
  });

  it('should draw a 1200×630 JPEG over the hero image, and read it back from the cache the second time', async () => {
    process.env.KIOSQUE_CACHE_DIR = `${process.cwd()}/tests/.tmp/unit-card-cache`;
    const image = { src: '/_astro/x.png', width: 10, height: 10, format: 'png' as const };
    Object.defineProperty(image, 'fsPath', { value: `${process.cwd()}/content/images/stade-football.png` });
    const article = { ...makeArticle('card', '2024-01-01', { title: `Carte ${Date.now()}` }), image } as SiteArticle;
    const first = await getShareCard(article, CONTEXT);
    const metadata = await sharp(first).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
    const file = `${process.env.KIOSQUE_CACHE_DIR}/kiosque-cards/${shareCardKey(article, CONTEXT)}.jpg`;
    expect(Buffer.compare(readFileSync(file), Buffer.from(first))).toBe(0);
    // A marked cache file comes back as it is: the card is read, not drawn again.
    writeFileSync(file, 'marked');
    expect(Buffer.from(await getShareCard(article, CONTEXT)).toString()).toBe('marked');
  });
});
