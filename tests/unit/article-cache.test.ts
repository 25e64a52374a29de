import { existsSync, readdirSync, rmSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  articleCacheDir,
  hasArticle,
  pruneArticles,
  readArticleRender,
  readArticleText,
  writeArticle,
} from '../../src/data/article-cache.ts';
import { TMP } from '../support/paths.ts';

const DIR = articleCacheDir(`${TMP}article-cache`);

const TEXT = { body: 'Le **texte**.', standfirst: 'Le texte.' };
const RENDER = {
  html: '<p>Le <strong>texte</strong>.</p>',
  headings: [{ depth: 2, slug: 'a', text: 'A' }],
  imagePaths: ['../images/a.png'],
};

describe('article cache', () => {
  beforeEach(() => rmSync(DIR, { recursive: true, force: true }));

  it('should read back by digest what the loader wrote', () => {
    writeArticle(DIR, 'd1', TEXT, RENDER);
    expect(hasArticle(DIR, 'd1')).toBe(true);
    expect(readArticleText(DIR, 'd1', 'content/articles/a.md')).toEqual(TEXT);
    expect(readArticleRender(DIR, 'd1', 'content/articles/a.md')).toEqual(RENDER);
  });

  it('should keep a render problem, with no rendered content, for an article that did not render', () => {
    writeArticle(DIR, 'd2', { ...TEXT, problem: 'did not render' });
    expect(readArticleText(DIR, 'd2', 'x.md').problem).toBe('did not render');
    expect(() => readArticleRender(DIR, 'd2', 'content/articles/b.md')).toThrow(/^content\/articles\/b\.md: /);
  });

  it('should name the article file when its cached body is missing', () => {
    expect(hasArticle(DIR, 'nothing')).toBe(false);
    expect(() => readArticleText(DIR, 'nothing', 'content/articles/c.md')).toThrow(
      /^content\/articles\/c\.md: its rendered body is missing from the build cache/,
    );
  });

  it('should delete the files of every digest it is not asked to keep', () => {
    writeArticle(DIR, 'keep', TEXT, RENDER);
    writeArticle(DIR, 'gone', TEXT, RENDER);
    pruneArticles(DIR, new Set(['keep']));
    expect(readdirSync(DIR).sort()).toEqual(['keep.html.json', 'keep.json']);
    expect(hasArticle(DIR, 'gone')).toBe(false);
  });

  it('should do nothing when pruning a folder that does not exist', () => {
    pruneArticles(DIR, new Set());
    expect(existsSync(DIR)).toBe(false);
  });
});
