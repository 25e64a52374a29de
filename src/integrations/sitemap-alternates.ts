/**
 * Gives the sitemap the language versions of each page that declares some (translated articles, edition home
 * pages): @astrojs/sitemap's `serialize` reads the `<link rel="alternate" hreflang>` of the page's built head, so the
 * sitemap and the pages can never disagree. Only the pages whose path matches `shouldRead` are opened, and only
 * those Astro wrote again: each page's links are kept in the cache folder (`kiosque-alternates.json`) with the page's
 * file status, as the `_headers` pass keeps its policies, and read back for a page left untouched.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { inSitemapOrder, pageFileOf, readHreflangLinks, type AlternateLink } from '../lib/sitemap-alternates.ts';
import { sourceDigest } from '../lib/incremental/source-digest.ts';
import { readPageHead } from './page-head.ts';

/** The cache: the code that read the links, and per page file its file status and links. */
interface Kept {
  stamp: string;
  pages: Record<string, [string, AlternateLink[]]>;
}

function readKept(path: string, stamp: string): Kept['pages'] {
  try {
    const kept = JSON.parse(readFileSync(path, 'utf8')) as Kept;
    return kept.stamp === stamp ? kept.pages : {};
  } catch {
    return {};
  }
}

/** The hreflang links in the head of the page built at `path`. */
function readLinks(path: string): AlternateLink[] {
  const start = readPageHead(path);
  const end = start.indexOf('</head>');
  return readHreflangLinks(end >= 0 ? start.slice(0, end) : start);
}

/** The integration (it reads the pages' links after the build) and the sitemap's `serialize`; list it first. */
export function sitemapAlternates(options: { site: string; shouldRead: (path: string) => boolean }) {
  let outDir: string | undefined;
  let cacheFile = '';
  let links = new Map<string, AlternateLink[]>();
  const fileOf = (url: string) => {
    const file = pageFileOf(url, options.site);
    return file !== undefined && options.shouldRead(`/${file.replace(/index\.html$/, '')}`) ? file : undefined;
  };
  const integration: AstroIntegration = {
    name: 'kiosque:sitemap-alternates',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheFile = join(fileURLToPath(config.cacheDir), 'kiosque-alternates.json');
      },
      'astro:build:done': ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        const stamp = sourceDigest(new URL('../lib/sitemap-alternates.ts', import.meta.url));
        const kept = readKept(cacheFile, stamp);
        const next: Kept = { stamp, pages: {} };
        const site = new URL(options.site);
        if (!site.pathname.endsWith('/')) site.pathname += '/';
        links = new Map();
        for (const { pathname } of pages) {
          // A page whose URL is written otherwise here than in the sitemap is read by serialize itself.
          const file = fileOf(new URL(site.pathname + pathname.replace(/^\//, ''), site).href);
          if (file === undefined) continue;
          const path = join(root, file);
          let info;
          try {
            info = statSync(path);
          } catch {
            continue; // Not a page file: serialize looks at it on its own.
          }
          const stat = `${info.mtimeMs} ${info.size} ${info.ino}`;
          const known = kept[file];
          const found = known?.[0] === stat ? known[1] : readLinks(path);
          next.pages[file] = [stat, found];
          links.set(file, found);
        }
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, JSON.stringify(next));
      },
    },
  };
  const serialize = (item: SitemapItem): SitemapItem => {
    const file = fileOf(item.url);
    if (outDir === undefined || file === undefined) return item;
    const found = links.get(file) ?? readLinks(join(outDir, file));
    return found.length > 0 ? { ...item, links: found } : item;
  };
  return { integration, serialize };
}

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type ConfigDone = NonNullable<AstroIntegration['hooks']['astro:config:done']>;

/**
 * The sitemap integration, handed its pages in the order it sorts them (see inSitemapOrder): the same sitemap,
 * without its sort's cost.
 */
export function withPagesInSitemapOrder(sitemap: AstroIntegration): AstroIntegration {
  const configDone = sitemap.hooks['astro:config:done'];
  const buildDone = sitemap.hooks['astro:build:done'];
  let site: URL | undefined;
  const onConfig: ConfigDone = async (params) => {
    site = params.config.site ? new URL(params.config.base, params.config.site) : undefined;
    await configDone?.(params);
  };
  const onBuild: BuildDone = async (params) => {
    await buildDone?.(site ? { ...params, pages: inSitemapOrder(params.pages, site) } : params);
  };
  return { ...sitemap, hooks: { ...sitemap.hooks, 'astro:config:done': onConfig, 'astro:build:done': onBuild } };
}
