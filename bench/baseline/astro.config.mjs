// The bare-Astro baseline: the same unified Markdown processor (no plugins), one page per article, nothing else.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR,
  cacheDir: process.env.BASELINE_CACHE_DIR,
  markdown: { processor: unified(), syntaxHighlight: false },
});
