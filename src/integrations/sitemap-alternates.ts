/**
 * Gives the sitemap the language versions of each page that declares some (translated articles, edition home
 * pages): @astrojs/sitemap's `serialize` reads the `<link rel="alternate" hreflang>` of the page's built head, so the
 * sitemap and the pages can never disagree. Only the pages whose path matches `shouldRead` are opened.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { pageFileOf, readHreflangLinks } from '../lib/sitemap-alternates.ts';
import { readPageHead } from './page-head.ts';

/** The integration (it learns where pages are built) and the sitemap's `serialize`; list it before the sitemap. */
export function sitemapAlternates(options: { site: string; shouldRead: (path: string) => boolean }) {
  let outDir: string | undefined;
  const integration: AstroIntegration = {
    name: 'kiosque:sitemap-alternates',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
    },
  };
  const serialize = (item: SitemapItem): SitemapItem => {
    const file = pageFileOf(item.url, options.site);
    if (outDir === undefined || file === undefined || !options.shouldRead(`/${file.replace(/index\.html$/, '')}`)) {
      return item;
    }
    const start = readPageHead(join(outDir, file));
    const end = start.indexOf('</head>');
    const links = readHreflangLinks(end >= 0 ? start.slice(0, end) : start);
    return links.length > 0 ? { ...item, links } : item;
  };
  return { integration, serialize };
}
