/**
 * Astro bundles its data store into every build as one JavaScript module, so the articles loader keeps bodies and
 * rendered HTML out of it (src/integrations/article-loader.ts): the store holds front matter, and the pages still
 * show every article's text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPublished } from '../support/content.ts';
import { readDist } from '../support/dist.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../support/paths.ts';

const STORE = `${FIXTURE_DIST.replace(/\/$/, '')}-cache/data-store.json`;

/** The first sentence-long run of plain words in an article's body (no Markdown syntax, so the page shows it). */
function plainPhrase(slug: string): string {
  const source = readFileSync(`${FIXTURE_CONTENT}articles/${slug}.md`, 'utf8');
  const body = source.slice(source.indexOf('\n---', 4) + 4);
  const phrase = body.match(/[\p{L} ,]{40,}/u)?.[0];
  if (!phrase) throw new Error(`no plain phrase in ${slug}`);
  return phrase.trim().slice(0, 40).trim();
}

describe("Astro's data store", () => {
  const store = readFileSync(STORE, 'utf8');
  const articles = expectedPublished().filter((article) => /^[\p{L} ]+$/u.test(article.title.slice(0, 12)));

  it('should hold the front matter of the articles', () => {
    expect(articles.length).toBeGreaterThan(5);
    for (const article of articles) expect(store).toContain(article.title.slice(0, 12));
  });

  it('should hold no article body, while each article page shows its body', () => {
    for (const article of articles) {
      const phrase = plainPhrase(article.slug);
      expect(readDist(`articles/${article.slug}/index.html`)).toContain(phrase);
      expect(store, article.slug).not.toContain(phrase);
    }
  });

  it('should hold no rendered HTML and no body field', () => {
    // Authors and stories, still on the glob loader, are front matter only: their rendered HTML is empty.
    // Devalue writes "<" as \u003C.
    expect(store).not.toMatch(/<p>|\\u003Cp>|"body"/);
  });
});
