/** Reading the built site from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { FIXTURE_DIST } from './paths.ts';

/** Every file under a folder, as paths relative to it. */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

/** The HTML pages of the fixture build, relative to dist/ (search index files excluded). */
export function listHtmlPages(): string[] {
  return listFiles(FIXTURE_DIST).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

/** Reads a built file as text. */
export function readDist(path: string): string {
  return readFileSync(join(FIXTURE_DIST, path), 'utf8');
}

/** Parses a built page into a DOM document. */
export function readPage(path: string): Document {
  return parseHTML(readDist(path)).document;
}

/** The file a site URL path is served from ("/articles/x/" -> "articles/x/index.html"). */
export function fileForUrl(pathname: string): string {
  // Tag slugs in other scripts are percent-encoded in links; the files are named with the decoded letters.
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}
