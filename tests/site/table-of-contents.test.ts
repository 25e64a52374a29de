/** The list of contents on long articles, read from the fixture build. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { expectedPublished } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';

/** Second-level Markdown headings of an article's source (outside code fences). */
function h2Count(slug: string): number {
  const source = readFileSync(`${FIXTURE_CONTENT}articles/${slug}.md`, 'utf8').replace(/```[\s\S]*?```/g, '');
  return source.match(/^## \S/gm)?.length ?? 0;
}

describe('table of contents', () => {
  const articles = expectedPublished();

  it('gives every article with enough second-level headings a list of links to them, and no other article', () => {
    let withContents = 0;
    for (const { slug } of articles) {
      const page = readPage(`articles/${slug}/index.html`);
      const toc = page.querySelector('nav.toc');
      const h2s = [...page.querySelectorAll('.prose > h2')];
      if (h2Count(slug) < SITE.tocMinHeadings) {
        expect(toc, slug).toBeNull();
        continue;
      }
      withContents += 1;
      const links = [...toc!.querySelectorAll('a')];
      expect(
        links.map((link) => link.getAttribute('href')),
        slug,
      ).toEqual(h2s.map((h2) => `#${h2.id}`));
      expect(
        links.map((link) => link.textContent),
        slug,
      ).toEqual(h2s.map((h2) => h2.textContent));
    }
    expect(withContents).toBeGreaterThan(0);
  });

  it('labels the list with its own heading, outside the indexed text', () => {
    const slug = articles.find((article) => h2Count(article.slug) >= SITE.tocMinHeadings)!.slug;
    const toc = readPage(`articles/${slug}/index.html`).querySelector('nav.toc')!;
    expect(toc.getAttribute('aria-labelledby')).toBe('toc-title');
    expect(toc.querySelector('#toc-title')?.textContent).toBe('Sommaire');
    expect(toc.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});
