/**
 * Builds the Pagefind search index after Astro has written dist/, through Pagefind's Node API, so that
 * `npm run build` alone yields a searchable site. Each page is indexed from a copy of its HTML with
 * typographic apostrophes normalised (see normalizeApostrophes); the pages themselves keep their typography.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { normalizeApostrophes } from '../lib/search/normalize';

/** The integration. `language` indexes every page as one language so one search covers them all. */
export function pagefindIndex(options: { language: string }): AstroIntegration {
  return {
    name: 'kiosque:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort();
        let indexed = 0;
        for (const sourcePath of pages) {
          const content = normalizeApostrophes(readFileSync(join(root, sourcePath), 'utf8'));
          // Only article pages carry data-pagefind-body; Pagefind skips the others once one page has it.
          if (!content.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ sourcePath, content });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          indexed += 1;
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${indexed} articles indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
