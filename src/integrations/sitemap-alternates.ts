/**
 * Gives the sitemap the language versions of each page that declares some (translated articles, edition home
 * pages): @astrojs/sitemap's `serialize` reads the `<link rel="alternate" hreflang>` of the page's built head, so the
 * sitemap and the pages can never disagree. Only the pages whose path matches `shouldRead` are opened.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { pageFileOf, readHreflangLinks } from '../lib/sitemap-alternates.ts';

const CHUNK = 16 * 1024;

/** The start of a file up to the end of its head (a page's head is read, not its body). */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let text = '';
    for (let position = 0; ; position += CHUNK) {
      const read = readSync(fd, buffer, 0, CHUNK, position);
      text += buffer.toString('utf8', 0, read);
      const end = text.indexOf('</head>');
      if (end >= 0) return text.slice(0, end);
      if (read < CHUNK) return text;
    }
  } finally {
    closeSync(fd);
  }
}

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
    const links = readHreflangLinks(readHead(join(outDir, file)));
    return links.length > 0 ? { ...item, links } : item;
  };
  return { integration, serialize };
}
