/**
 * A digest of a module's source and of every module it imports by a relative path, transitively: what a cache of
 * that module's results must be keyed by, so that a change to the code is never answered with an old result.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const RELATIVE_IMPORT = /\bfrom\s+'(\.{1,2}\/[^']+\.ts)'/g;

/** The module files reached from `entry` through relative imports, sorted by URL. */
export function sourceFiles(entry: URL): URL[] {
  const seen = new Map<string, URL>();
  const visit = (url: URL) => {
    if (seen.has(url.href)) return;
    seen.set(url.href, url);
    for (const match of readFileSync(url, 'utf8').matchAll(RELATIVE_IMPORT)) visit(new URL(match[1]!, url));
  };
  visit(entry);
  return [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
}

/** The digest of `entry`'s sources (see sourceFiles) and of `extra` text (settings, package versions). */
export function sourceDigest(entry: URL, extra = ''): string {
  const hash = createHash('sha256').update(extra);
  for (const url of sourceFiles(entry)) hash.update(`\0${url.pathname}\0`).update(readFileSync(url));
  return hash.digest('hex');
}
