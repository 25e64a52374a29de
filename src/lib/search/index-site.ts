/**
 * Builds the Pagefind search index of a built site through Pagefind's Node API. Each article page is indexed from a
 * copy of its HTML with typographic apostrophes normalised (see normalizeApostrophes); the pages keep their typography.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { normalizeApostrophes } from './normalize.ts';

/** Which pages go into an index, and where it is written. */
export interface IndexPart {
  /** Keeps a page (by its HTML) in this index; every article page by default. */
  include?: (html: string) => boolean;
  /** Output folder under `root`; `pagefind` by default. */
  outputPath?: string;
}

/**
 * Indexes every article page under `root` into `root/pagefind/`. `language` indexes every page as one language, so
 * one search covers them all. Returns how many pages went into the index.
 */
export async function indexSite(root: string, language: string, part: IndexPart = {}): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .sort();
    let indexed = 0;
    for (const sourcePath of pages) {
      const content = normalizeApostrophes(readFileSync(join(root, sourcePath), 'utf8'));
      // Only article pages carry data-pagefind-body; Pagefind would skip the others anyway once one page has it.
      if (!content.includes('data-pagefind-body')) continue;
      if (part.include && !part.include(content)) continue;
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      indexed += 1;
    }
    const written = await index.writeFiles({ outputPath: join(root, part.outputPath ?? 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}
