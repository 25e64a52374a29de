import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SECTION_IDS } from './config';
import { createArticleSchema } from './lib/article-schema';

// The slug is the file name as written (no re-slugging), so the URL contract is /articles/<file name>/.
// KIOSQUE_CONTENT_DIR lets tests and the benchmark build another corpus with the same site.
const articles = defineCollection({
  loader: glob({
    base: process.env.KIOSQUE_CONTENT_DIR ?? './content/articles',
    pattern: '**/*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: ({ image }) => createArticleSchema({ sections: SECTION_IDS, image: image() }),
});

export const collections = { articles };
