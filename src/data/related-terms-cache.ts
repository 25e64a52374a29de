/**
 * Each article's analysis for related links (its terms and their weighted counts), kept between builds by a key of
 * the fields it reads, so that a build after an edit analyses only the edited articles. One binary file in Astro's
 * cache folder, in the engine's flat form (src/lib/related-links/codec.ts). A missing, unreadable or stale file
 * means analysing again, never a wrong answer.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleTerms } from '../lib/related-links/analyse.ts';
import { decodeArticleTerms, encodeArticleTerms } from '../lib/related-links/codec.ts';

const FILE = 'kiosque-related-terms.bin';

/** The analyses stored by the last build, by key, if they were made by the same engine (else an empty map). */
export function readArticleTerms(cacheDir: string, engine: string): Map<string, ArticleTerms> {
  try {
    return decodeArticleTerms(readFileSync(join(cacheDir, FILE)), engine);
  } catch {
    // No usable file: every article is analysed again.
    return new Map();
  }
}

/** Stores the analyses of this build (and only those), by key. */
export function writeArticleTerms(cacheDir: string, engine: string, analyses: ReadonlyMap<string, ArticleTerms>): void {
  mkdirSync(cacheDir, { recursive: true });
  // Written aside, then renamed: a build stopped halfway never leaves half a file.
  const path = join(cacheDir, FILE);
  writeFileSync(`${path}.tmp`, encodeArticleTerms(engine, analyses));
  renameSync(`${path}.tmp`, path);
}
