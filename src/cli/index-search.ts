/**
 * The second step of `npm run build`: indexes the site Astro has just written, in a process of its own, so that
 * Astro's memory is released before Pagefind's is taken (at 5,000 articles they were 3.7 GB and 0.8 GB at once when
 * this ran inside Astro's build:done hook).
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../lib/search/index-site.ts';
import { planIndexParts } from '../lib/search/index-parts.ts';
import { writeVocabulary } from '../lib/search/write-vocabulary.ts';
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
  // dist/ is kept between builds: the previous index goes first, so no fragment of a changed or deleted page survives
  // (Pagefind does not rewrite a file that exists under the same name).
  rmSync(resolve(outDir, 'pagefind'), { recursive: true, force: true });
  const { parts, since } = planIndexParts(outDir, site.timeZone);
  const counts: number[] = [];
  for (const part of parts) counts.push(await indexSite(outDir, site.lang, part));
  const indexed = counts.reduce((sum, count) => sum + count, 0);
  console.log(
    `[kiosque:search-index] search index: ${indexed} articles indexed in ${Math.round(performance.now() - started)} ms`,
  );
  if (since !== undefined)
    console.log(`[kiosque:search-index] split: ${counts[0]} articles since ${since}, ${counts[1]} before (archive)`);
  // Typo suggestions: the page fetches this list only when a query word matches nothing.
  const vocabulary = writeVocabulary(outDir);
  console.log(
    `[kiosque:search-index] search vocabulary: ${vocabulary.words} words, ${(vocabulary.bytes / 1024).toFixed(1)} KB`,
  );
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
