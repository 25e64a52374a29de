/**
 * The sitemap's hreflang links on a rebuild: a page Astro left untouched (same file status) is not read again, its
 * links come from the cache folder; a page written again is read.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { sitemapAlternates } from '../../src/integrations/sitemap-alternates.ts';
import { TMP } from '../support/paths.ts';

const ROOT = `${TMP}sitemap-alternates/`;
const DIST = `${ROOT}dist/`;
const SITE = 'https://x.org';

const page = (lang: string) =>
  `<!doctype html><html><head><title>a</title><link rel="alternate" hreflang="fr" href="${SITE}/articles/a/">` +
  `<link rel="alternate" hreflang="${lang}" href="${SITE}/articles/a-${lang}/"></head><body>x</body></html>`;

function writePage(file: string, html: string): void {
  mkdirSync(`${DIST}${file.slice(0, file.lastIndexOf('/'))}`, { recursive: true });
  writeFileSync(`${DIST}${file}`, html);
}

/** One build's passes: the hooks as Astro calls them, then the sitemap's serialize of each page. */
async function build(pathnames: string[]): Promise<unknown[]> {
  const { integration, serialize } = sitemapAlternates({
    site: SITE,
    shouldRead: (path) => path.startsWith('/articles/'),
  });
  const hooks = integration.hooks as Required<AstroIntegration['hooks']>;
  const config = { outDir: pathToFileURL(DIST), cacheDir: pathToFileURL(`${ROOT}cache/`) };
  await hooks['astro:config:done']({ config } as never);
  await hooks['astro:build:done']({
    dir: pathToFileURL(DIST),
    pages: pathnames.map((pathname) => ({ pathname })),
  } as never);
  return pathnames.map((pathname) => serialize({ url: `${SITE}/${pathname}` }).links);
}

describe('sitemap alternates kept between builds', () => {
  beforeEach(() => {
    rmSync(ROOT, { recursive: true, force: true });
    writePage('articles/a/index.html', page('en'));
    writePage('articles/b/index.html', '<html><head></head><body></body></html>');
    writePage('index.html', page('de'));
  });

  it('should give each article page the links its head declares, and none to pages it does not open', async () => {
    expect(await build(['articles/a/', 'articles/b/', ''])).toEqual([
      [
        { lang: 'fr', url: `${SITE}/articles/a/` },
        { lang: 'en', url: `${SITE}/articles/a-en/` },
      ],
      undefined,
      undefined,
    ]);
  });

  it('should read a page written again, and take the links of an untouched page from the cache', async () => {
    await build(['articles/a/']);
    writePage('articles/a/index.html', page('it'));
    expect((await build(['articles/a/']))[0]).toContainEqual({ lang: 'it', url: `${SITE}/articles/a-it/` });
    // Same size, same date, same file: taken for the page the last build saw, so it is not read.
    const file = `${DIST}articles/a/index.html`;
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    await build(['articles/a/']);
    writeFileSync(file, page('es'));
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect((await build(['articles/a/']))[0]).toContainEqual({ lang: 'it', url: `${SITE}/articles/a-it/` });
  });

  it('should read the page itself for a URL the build did not list', async () => {
    const { integration, serialize } = sitemapAlternates({ site: SITE, shouldRead: () => true });
    const hooks = integration.hooks as Required<AstroIntegration['hooks']>;
    await hooks['astro:config:done']({
      config: { outDir: pathToFileURL(DIST), cacheDir: pathToFileURL(`${ROOT}cache/`) },
    } as never);
    await hooks['astro:build:done']({ dir: pathToFileURL(DIST), pages: [] } as never);
    expect(serialize({ url: `${SITE}/articles/a/` }).links).toContainEqual({
      lang: 'en',
      url: `${SITE}/articles/a-en/`,
    });
  });
});
