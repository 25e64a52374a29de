/**
 * Keeps the content check's per-file results between builds (`kiosque-content-check.json` in the cache folder), so
 * a rebuild checks again only the files whose bytes changed. A result is keyed by the file's path and bytes; the whole
 * file is dropped when the checker's code, the sections or the packages change. A file with problems is kept with
 * its problems: it fails every build until it is fixed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckCache, ContentFile, FileCheck } from '../lib/content-check/index.ts';
import { sourceDigest } from '../lib/incremental/source-digest.ts';

/** The cache file's name in the cache folder. */
export const CONTENT_CHECK_CACHE = 'kiosque-content-check.json';

interface Stored {
  stamp: string;
  files: Record<string, FileCheck>;
}

/** A check cache over `cacheDir`, and `save()` to write what this build used. */
export function openContentCheckCache(
  cacheDir: string,
  sections: readonly string[],
): CheckCache & { save: () => void; reused: () => number } {
  const lock = (() => {
    try {
      return readFileSync(new URL('../../package-lock.json', import.meta.url));
    } catch {
      return '';
    }
  })();
  const stamp = sourceDigest(
    new URL('../lib/content-check/index.ts', import.meta.url),
    `${sections.join(',')}\0${createHash('sha256').update(lock).digest('hex')}`,
  );
  const path = join(cacheDir, CONTENT_CHECK_CACHE);
  let kept: Record<string, FileCheck> = {};
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    if (stored.stamp === stamp) kept = stored.files;
  } catch {
    // No cache yet, or an unreadable one: every file is checked.
  }
  const used: Record<string, FileCheck> = {};
  let reused = 0;
  let changed = false;
  const keyOf = (file: ContentFile) =>
    createHash('sha256').update(file.path).update('\0').update(file.bytes).digest('hex');
  return {
    lookup(file) {
      const key = keyOf(file);
      const result = Object.hasOwn(kept, key) ? kept[key] : undefined;
      if (result) {
        used[key] = result;
        reused += 1;
      }
      return result;
    },
    store(file, result) {
      const key = keyOf(file);
      // A kept result turned down (an image it looked up now leads elsewhere) was not reused.
      if (Object.hasOwn(used, key)) reused -= 1;
      used[key] = result;
      changed = true;
    },
    reused: () => reused,
    save() {
      if (!changed && Object.keys(used).length === Object.keys(kept).length) return;
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(path, JSON.stringify({ stamp, files: used } satisfies Stored));
    },
  };
}
