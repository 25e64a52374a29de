import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchCopies, type ArticlePage } from '../../src/lib/search/search-copies.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosque-copies-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (slug: string, hash: string, year = 2024): ArticlePage => ({
  page: `articles/${slug}/index.html`,
  hash,
  month: { year, month: 6 },
});

/** One run of the store: offers the pages (content `<hash>`), places them by year, saves. */
function run(pages: ArticlePage[], stamp = 'v1', cutYear = 2024): SearchCopies {
  const copies = new SearchCopies(dir, stamp);
  for (const article of pages) {
    const stat = `stat-${article.hash}`;
    if (copies.known(article.page, stat)) continue;
    copies.offer(
      article,
      stat,
      () => `<html>${article.hash}</html>`,
      () => new Set([article.hash]),
    );
  }
  const years = new Map(pages.map((article) => [article.page, article.month!.year]));
  copies.place((path) => (years.get(path)! >= cutYear ? 'recent' : 'archive'));
  copies.save();
  return copies;
}

const copyOf = (part: string, slug: string) => join(dir, part, 'articles', slug, 'index.html');

describe('search copies kept between builds', () => {
  it('should write one copy per article page into the folder of its part', () => {
    const copies = run([page('a', 'h1'), page('b', 'h2', 2020)]);
    expect(copies.written).toBe(2);
    expect(readFileSync(copyOf('recent', 'a'), 'utf8')).toBe('<html>h1</html>');
    expect(readFileSync(copyOf('archive', 'b'), 'utf8')).toBe('<html>h2</html>');
  });

  it('should rewrite only the copies whose page changed', () => {
    run([page('a', 'h1'), page('b', 'h2')]);
    const copies = run([page('a', 'h1'), page('b', 'h2-edited')]);
    expect(copies.written).toBe(1);
    expect(readFileSync(copyOf('recent', 'b'), 'utf8')).toBe('<html>h2-edited</html>');
    expect(copies.wordsOf('h2-edited')).toEqual(new Set(['h2-edited']));
  });

  it('should delete the copy of a page that is gone, and its empty folder', () => {
    run([page('a', 'h1'), page('b', 'h2')]);
    run([page('a', 'h1')]);
    expect(existsSync(join(dir, 'recent', 'articles', 'b'))).toBe(false);
    expect(existsSync(copyOf('recent', 'a'))).toBe(true);
  });

  it('should move an unchanged copy to the other part when the split moves', () => {
    run([page('a', 'h1', 2023), page('b', 'h2', 2024)], 'v1', 2023);
    const copies = run([page('a', 'h1', 2023), page('b', 'h2', 2024)], 'v1', 2024);
    expect(copies.written).toBe(0);
    expect(existsSync(copyOf('recent', 'a'))).toBe(false);
    expect(readFileSync(copyOf('archive', 'a'), 'utf8')).toBe('<html>h1</html>');
  });

  it('should start over when the code or settings that made the copies change', () => {
    run([page('a', 'h1')]);
    const copies = run([page('a', 'h1')], 'v2');
    expect(copies.written).toBe(1);
  });

  it('should trust nothing after an interrupted run (no manifest)', () => {
    run([page('a', 'h1')]);
    // A run that stops before save() leaves no manifest behind.
    new SearchCopies(dir, 'v1');
    const copies = run([page('a', 'h1')]);
    expect(copies.written).toBe(1);
  });

  it('should rewrite a copy that went missing even when its page did not change', () => {
    run([page('a', 'h1')]);
    rmSync(copyOf('recent', 'a'));
    const copies = run([page('a', 'h1')]);
    expect(copies.written).toBe(1);
    expect(existsSync(copyOf('recent', 'a'))).toBe(true);
  });

  it('should keep the words of pages it did not read again', () => {
    run([page('a', 'h1')]);
    const copies = new SearchCopies(dir, 'v1');
    expect(copies.known('articles/a/index.html', 'stat-h1')).toEqual(page('a', 'h1'));
    expect(copies.wordsOf('h1')).toEqual(new Set(['h1']));
  });
});
