import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FIXTURE_CONTENT } from '../support/paths.ts';
import { expectedPublished } from '../support/content.ts';
import { readDist, readPage } from '../support/dist.ts';
import { SITE } from '../../src/config.ts';

const SEED = 'loukachenko-demande-a-la-russie-de-defendre-la-bielorussie';
const published = new Map(expectedPublished().map((article) => [article.slug, article]));

/** The related picks of a built article page, in rank order. */
function picksOf(slug: string): string[] {
  const block = readPage(`articles/${slug}/index.html`).querySelector('[data-related]');
  if (!block) return [];
  return [...block.querySelectorAll('a[href^="/articles/"]')].map((link) => link.getAttribute('href')!.split('/')[2]!);
}

describe('related links on the built site', () => {
  it('shows the seed article’s related links: the Belarus, Russia, Ukraine and defence pieces', () => {
    const picks = picksOf(SEED);
    expect(picks.length).toBeGreaterThanOrEqual(3);
    for (const slug of picks) {
      expect(published.get(slug)!.tags.join(' ')).toMatch(/Biélorussie|Russie|Ukraine|Défense|OTAN|Sécurité/);
      expect(published.get(slug)!.section).not.toMatch(/sport|sciences-tech|culture/);
    }
  });

  it('never links an article to itself, to an unpublished or other-language article, and stays within the count', () => {
    for (const [slug, article] of published) {
      const picks = picksOf(slug);
      expect(picks.length).toBeLessThanOrEqual(SITE.relatedCount);
      expect(picks).not.toContain(slug);
      expect(new Set(picks).size).toBe(picks.length);
      for (const pick of picks) {
        expect(published.has(pick)).toBe(true);
        expect(published.get(pick)!.lang ?? SITE.lang).toBe(article.lang ?? SITE.lang);
      }
    }
  });

  it('puts pinned slugs from the front matter first, in their order', () => {
    let checked = 0;
    const withPins = [...published.keys()]
      .map((slug) => ({ slug, pins: readPins(slug) }))
      .filter((entry) => entry.pins.length > 0);
    for (const { slug, pins } of withPins) {
      expect(picksOf(slug).slice(0, pins.length)).toEqual(pins);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('writes an editors’ report with scores and shared terms, not linked from any page', () => {
    const report = readDist('related-report.md');
    expect(report).toContain(`## ${SEED}`);
    expect(report).toMatch(/: 0\.\d{4} — shared: /);
    expect(readDist('index.html')).not.toContain('related-report');
  });

  it('says in the editors’ report why each article with fewer links than the count has fewer', () => {
    const sections = new Map(
      readDist('related-report.md')
        .split(/^## /m)
        .slice(1)
        .map((section) => [section.slice(0, section.indexOf('\n')), section]),
    );
    let short = 0;
    for (const slug of published.keys()) {
      const fewer = picksOf(slug).length < SITE.relatedCount;
      expect(sections.get(slug)!.includes('\n- fewer links: ')).toBe(fewer);
      if (fewer) short += 1;
    }
    // The fixture has English articles with a single English peer: some articles must have fewer links.
    expect(short).toBeGreaterThan(0);
  });
});

/** The `related` slugs written in an article's front matter. */
function readPins(slug: string): string[] {
  const text = readFileSync(`${FIXTURE_CONTENT}articles/${slug}.md`, 'utf8');
  const data = parse(text.split(/^---$/m)[1] ?? '') as { related?: string[] };
  return (data.related ?? []).filter((pin) => published.has(pin));
}
