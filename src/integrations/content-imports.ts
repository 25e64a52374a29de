/**
 * Makes Astro write the modules that import content images (`.astro/content-assets.mjs`, `.astro/content-modules.mjs`)
 * from this build's data store. Astro keeps them in the project folder, not in the cache folder, and writes them
 * again only when an entry's images were declared during this build; an incremental build whose entries are all
 * unchanged would otherwise bundle the file another build of this checkout left (another cache folder: another
 * site, a test, the benchmark), and stop on an article's image ("LocalImageUsedWrongly"). Without the files, Astro's
 * content sync writes them from every entry it holds.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The modules Astro generates from the data store's image and module imports. */
export const CONTENT_IMPORT_MODULES = ['content-assets.mjs', 'content-modules.mjs'];

/** The integration. */
export function contentImports(): AstroIntegration {
  return {
    name: 'kiosque:content-imports',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dotAstro = new URL('.astro/', config.root);
        for (const name of CONTENT_IMPORT_MODULES) rmSync(fileURLToPath(new URL(name, dotAstro)), { force: true });
      },
    },
  };
}
