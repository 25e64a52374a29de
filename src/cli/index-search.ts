/**
 * The second step of `npm run build`: indexes the site Astro has just written, in a process of its own, so that
 * Astro's memory is released before Pagefind's is taken (at 5,000 articles they were 3.7 GB and 0.8 GB at once when
 * this ran inside Astro's build:done hook). See src/lib/search/build-index.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCacheDir } from '../config.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { loadSiteConfig } from '../load-config.ts';

// The same variable astro.config.mjs reads: tests and the benchmark build into their own folder.
const outDir = resolve(process.env.KIOSQUE_OUT_DIR ?? 'dist');
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`search index: ${outDir} has no built site; run astro build first.`);
  process.exit(1);
}
const { site } = await loadSiteConfig();
const started = performance.now();
// Smaller index chunks than Pagefind's default (about 35 KB compressed each): a one-word search fetches one chunk,
// about 10 KB at this setting, for some 13 more bytes of metadata per chunk. Pagefind marks the variable unstable.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '5000';
try {
  const report = await buildSearchIndex({
    root: outDir,
    cacheDir: resolve(getCacheDir()),
    language: site.lang,
    timeZone: site.timeZone,
    limits: site.searchSplit,
  });
  const indexed = report.parts.reduce((sum, part) => sum + part.pages, 0);
  const kept = report.parts.filter((part) => part.reused).map((part) => part.name);
  console.log(
    `[kiosque:search-index] search index: ${indexed} articles indexed in ${Math.round(performance.now() - started)} ms` +
      ` (${report.written} copies written${kept.length > 0 ? `; index kept: ${kept.join(', ')}` : ''})`,
  );
  if (report.since !== undefined) {
    const archive = report.parts.slice(1);
    const before = archive.reduce((sum, part) => sum + part.pages, 0);
    console.log(
      `[kiosque:search-index] split: ${report.parts[0]!.pages} articles since ${report.since}, ${before} before (archive, ${archive.length} parts)`,
    );
  }
  if (report.vocabulary)
    console.log(
      `[kiosque:search-index] search vocabulary: ${report.vocabulary.words} words, ${(report.vocabulary.bytes / 1024).toFixed(1)} KB`,
    );
  else console.log('[kiosque:search-index] search vocabulary kept (no article changed)');
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
