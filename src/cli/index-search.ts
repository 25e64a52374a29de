/**
 * The second step of `npm run build`: indexes the site Astro has just written, in a process of its own, so that
 * Astro's memory is released before Pagefind's is taken (at 5,000 articles they were 3.7 GB and 0.8 GB at once when
 * this ran inside Astro's build:done hook).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCacheDir, SITE } from '../config.ts';
import { indexSite } from '../lib/search/index-site.ts';

// The same variable astro.config.mjs reads: tests and the benchmark build into their own folder.
const outDir = resolve(process.env.KIOSQUE_OUT_DIR ?? 'dist');
// The normalised copies Pagefind reads live with Astro's caches.
const copies = resolve(getCacheDir(), 'search-pages');
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`search index: ${outDir} has no built site; run astro build first.`);
  process.exit(1);
}
const started = performance.now();
try {
  const indexed = await indexSite(outDir, SITE.lang, copies);
  console.log(
    `[kiosque:search-index] search index: ${indexed} articles indexed in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
