import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import config from 'virtual:kiosque/config';
import { getContentDir } from './config.ts';
import { createArticleSchema } from './lib/article-schema.ts';
import { getSectionIds } from './lib/site-config.ts';

// The slug is the file name as written (no re-slugging), so the URL contract is /articles/<file name>/.
const articles = defineCollection({
  loader: glob({
    base: getContentDir(),
    pattern: '*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: ({ image }) => createArticleSchema({ sections: getSectionIds(config), image: image() }),
});

export const collections = { articles };
