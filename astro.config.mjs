// Wiring only: site URL, the unified Markdown pipeline and the integrations. Logic lives in src/lib.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { getCacheDir, getContentDir } from './src/config.ts';
import { loadSiteConfig } from './src/load-config.ts';
import { editionPath, getEditions, getSectionIds } from './src/lib/site-config.ts';
import { pagesWithAlternates } from './src/lib/sitemap-alternates.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentImports } from './src/integrations/content-imports.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteConfig } from './src/integrations/site-config.ts';
import { sitemapAlternates, withPagesInSitemapOrder } from './src/integrations/sitemap-alternates.ts';
import { createMarkdownPipeline } from './src/lib/markdown/pipeline.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/csp.ts';

// The site configuration: src/config.ts, or the module KIOSQUE_CONFIG names. Loaded here only, then passed on.
const config = await loadSiteConfig();
const { remarkPlugins, rehypePlugins, remarkRehypeOptions } = createMarkdownPipeline(config);
// The sitemap's hreflang alternates, read from the heads of translated articles and edition home pages.
// Deletes what this build did not make, then hands the list of files left to the _headers pass.
const prune = pruneOutput();
const alternates = sitemapAlternates({
  site: config.site.url,
  shouldRead: pagesWithAlternates(getEditions(config).map((edition) => editionPath(edition, '/'))),
});

export default defineConfig({
  site: config.site.url,
  // KIOSQUE_OUT_DIR lets tests and the benchmark build into their own folder.
  outDir: process.env.KIOSQUE_OUT_DIR ?? './dist',
  cacheDir: getCacheDir(),
  trailingSlash: 'ignore',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins: ours sanitize and typeset articles.
    processor: unified({ remarkPlugins, rehypePlugins, remarkRehype: remarkRehypeOptions }),
    // Shiki's inline styles would need 'unsafe-inline' under our CSP; articles rarely carry code.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  // build.concurrency must stay 1: a higher value turns the incremental cache off.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages whose cacheKey (src/lib/incremental/page-keys.ts) and code are unchanged are copied from the last build;
  // the cache lives in cacheDir (incremental-build.json and dist/). `astro build --force` renders everything.
  experimental: { incrementalBuild: true },
  // dist/ is kept between builds so reused pages stay in place; pruneOutput deletes what this build did not make.
  vite: { build: { emptyOutDir: false } },
  integrations: [
    siteConfig(config),
    contentImports(),
    contentCheck({
      contentDir: getContentDir(),
      sections: getSectionIds(config),
      defaultLang: config.site.lang,
      cacheDir: getCacheDir(),
    }),
    prune,
    securityHeaders({ listed: prune.remaining }),
    devSearchIndex(),
    alternates.integration,
    withPagesInSitemapOrder(
      sitemap({
        filter: (page) => !page.endsWith('/404/') && !page.includes('/search/'),
        serialize: alternates.serialize,
      }),
    ),
  ],
});
