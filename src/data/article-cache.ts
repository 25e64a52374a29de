/**
 * Each article's body and rendered HTML, kept beside Astro's data store instead of inside it. Astro bundles its whole
 * data store into the build as one JavaScript module and compiles it on every build, so an archive of bodies there
 * costs seconds per build whatever changed (bench/results.md). The articles loader (src/integrations/article-loader.ts)
 * writes two files per content digest in `<cacheDir>/kiosque-articles/`; the build reads them back by digest:
 * `<digest>.json`, the Markdown body and the small values every build needs (standfirst, render problem), read for
 * every article; `<digest>.html.json`, the rendered HTML and its headings, read only by a page that is rendered.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownHeading } from 'astro';

/** The folder of the article files, inside Astro's cache folder. */
export const ARTICLE_CACHE_FOLDER = 'kiosque-articles';

/** What every build reads of an article besides its front matter. */
export interface ArticleText {
  /** The Markdown source of the body (front matter off, trimmed). */
  body: string;
  /** The description, or the excerpt of the first rendered paragraph. */
  standfirst: string;
  /** Why the article must not be published (src/lib/render-check.ts), if it must not. */
  problem?: string;
}

/** What the article page shows of the body: Astro's rendered content. */
export interface ArticleRender {
  html: string;
  headings: MarkdownHeading[];
  /** The images the body refers to, resolved by Astro's render() as for any content entry. */
  imagePaths: string[];
}

const textFile = (dir: string, digest: string) => join(dir, `${digest}.json`);
const renderFile = (dir: string, digest: string) => join(dir, `${digest}.html.json`);

/** The folder of the article files for Astro's cache folder `cacheDir`. */
export function articleCacheDir(cacheDir: string): string {
  return join(cacheDir, ARTICLE_CACHE_FOLDER);
}

/** Whether the files of a digest are there (a render that failed has a text file only). */
export function hasArticle(dir: string, digest: string): boolean {
  return existsSync(textFile(dir, digest));
}

function writeAtomic(path: string, value: unknown): void {
  // Written aside, then renamed: a build stopped halfway never leaves half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(value));
  renameSync(`${path}.tmp`, path);
}

/** Stores an article's files under its digest (the rendered content last, as the text file marks them complete). */
export function writeArticle(dir: string, digest: string, text: ArticleText, rendered?: ArticleRender): void {
  mkdirSync(dir, { recursive: true });
  if (rendered) writeAtomic(renderFile(dir, digest), rendered);
  writeAtomic(textFile(dir, digest), text);
}

function read<T>(path: string, source: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `${source}: its rendered body is missing from the build cache (${path}: ${(error as Error).message}); ` +
        'delete node_modules/.astro (or KIOSQUE_CACHE_DIR) and build again',
      { cause: error },
    );
  }
}

/** Reads the text of an article; `source` (its file) names it in the error if the file is missing. */
export function readArticleText(dir: string, digest: string, source: string): ArticleText {
  return read<ArticleText>(textFile(dir, digest), source);
}

/** Reads the rendered content of an article; `source` (its file) names it in the error if the file is missing. */
export function readArticleRender(dir: string, digest: string, source: string): ArticleRender {
  return read<ArticleRender>(renderFile(dir, digest), source);
}

/** Deletes the files of every digest not in `keep` (articles deleted or changed since they were written). */
export function pruneArticles(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const digest = name.slice(0, name.indexOf('.'));
    if (!keep.has(digest)) rmSync(join(dir, name), { force: true });
  }
}
