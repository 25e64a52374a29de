/**
 * The articles collection's loader: Astro's glob loader, minus the bodies. Astro bundles its data store into the
 * build as one JavaScript module and compiles it on every build, so it holds only each article's front matter, file
 * and digest; the body and its rendered HTML go to the article cache (src/data/article-cache.ts), read back by digest.
 * Like the glob loader it reads every `*.md` file of the folder, validates its front matter with the collection's
 * schema, and renders only the files whose digest changed, with Astro's Markdown processor (our unified pipeline).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleCacheDir, hasArticle, pruneArticles, writeArticle } from '../data/article-cache.ts';
import { sourceDigest } from '../lib/incremental/source-digest.ts';
import { checkRendered } from '../lib/render-check.ts';
import { getStandfirst } from '../lib/standfirst.ts';

// The code whose output the cache holds: this loader (with what it imports: standfirst, render check, file format)
// and the Markdown pipeline. Its digest is part of every article's, so a change to that code renders the articles
// again (Astro's own store notices a change of configuration, not of a plugin's code).
const SOURCES = [new URL(import.meta.url), new URL('../lib/markdown/pipeline.ts', import.meta.url)];

/** Whether a file name is an article the glob loader's `*.md` pattern would take (no hidden files). */
const isArticleFile = (name: string): boolean => name.endsWith('.md') && !name.startsWith('.');

/** The loader for the articles in `base` (relative to the project root); an article's id is its file name. */
export function articleLoader(options: { base: string }): Loader {
  return { name: 'kiosque-articles', load: (context) => loadArticles(context, options.base) };
}

async function loadArticles(context: LoaderContext, base: string): Promise<void> {
  const { config, store, logger, watcher } = context;
  const root = fileURLToPath(config.root);
  const folder = resolve(root, base);
  const cache = articleCacheDir(fileURLToPath(config.cacheDir));
  const key = SOURCES.map((source) => sourceDigest(source)).join(':');
  const sync = (name: string) => syncArticle(context, { folder, root, cache, key }, name);

  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isArticleFile(entry.name))
    .map((entry) => entry.name)
    .sort();
  const untouched = new Set(store.keys());
  for (const name of names) untouched.delete(await sync(name));
  for (const id of untouched) store.delete(id);
  pruneArticles(cache, new Set(store.values().map((entry) => String(entry.digest))));

  if (!watcher) return;
  // `astro dev`: follow edits, new files and deletions as the glob loader does.
  watcher.add(folder);
  const inFolder = (path: string) => dirname(path) === folder && isArticleFile(basename(path));
  const onChange = (path: string) => {
    if (!inFolder(path)) return;
    sync(basename(path)).then(
      () => logger.info(`Reloaded data from ${basename(path)}`),
      (error: unknown) => logger.error(`Failed to reload ${basename(path)}: ${(error as Error).message}`),
    );
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (path) => {
    if (inFolder(path)) store.delete(idOf(basename(path)));
  });
}

const idOf = (name: string) => name.replace(/\.md$/, '');

interface Paths {
  folder: string;
  root: string;
  cache: string;
  key: string;
}

/** Loads one file into the store (rendering it only if its digest changed); returns its id. */
async function syncArticle(context: LoaderContext, paths: Paths, name: string): Promise<string> {
  const { store, logger } = context;
  const path = join(paths.folder, name);
  const id = idOf(name);
  const contents = await readFile(path, 'utf8');
  const digest = context.generateDigest(`${paths.key}\0${contents}`);
  const filePath = relative(paths.root, path).split(sep).join('/');
  const existing = store.get(id);
  // Unchanged since it was stored (Astro declares its images again from the entry's assetImports).
  if (existing?.digest === digest && existing.filePath === filePath && hasArticle(paths.cache, digest)) return id;
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    // As Astro's Markdown entry type reads it: the front matter blanked, the body trimmed.
    parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
  }
  const body = parsed.content.trim();
  const data = await context.parseData({ id, data: parsed.frontmatter, filePath: path });
  let rendered: Awaited<ReturnType<LoaderContext['renderMarkdown']>> | undefined;
  try {
    rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(path) });
  } catch (error) {
    // Logged as the glob loader logs it; the build then stops on the problem recorded below (src/data/articles.ts).
    logger.error(`Error rendering ${name}: ${(error as Error).message}`);
  }
  const description = typeof data['description'] === 'string' ? data['description'] : undefined;
  const problem = checkRendered(body, rendered?.html);
  const imagePaths = rendered?.metadata?.imagePaths ?? [];
  writeArticle(
    paths.cache,
    digest,
    { body, standfirst: getStandfirst(description, rendered?.html ?? ''), ...(problem && { problem }) },
    rendered && { html: rendered.html, headings: rendered.metadata?.headings ?? [], imagePaths },
  );
  // A stale entry with this digest (its files were missing) would make set() a no-op.
  if (existing) store.delete(id);
  store.set({ id, data, filePath, digest, ...(imagePaths.length > 0 && { assetImports: imagePaths }) });
  return id;
}
