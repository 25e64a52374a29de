import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import config from 'virtual:kiosque/config';
import { getContentDir } from './config.ts';
import { createArticleSchema } from './lib/article-schema.ts';
import { getSectionIds } from './lib/site-config.ts';
import { articleLoader } from './integrations/article-loader.ts';
import { createAuthorSchema, storySchema } from './lib/profile-schemas.ts';

/** The id of an entry is its file name as written (no re-slugging), so URLs follow file names. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

// Articles keep their bodies and rendered HTML out of Astro's data store (see src/integrations/article-loader.ts).
const articles = defineCollection({
  loader: articleLoader({ base: getContentDir() }),
  schema: ({ image }) => createArticleSchema({ sections: getSectionIds(config), image: image() }),
});

// Authors and stories sit next to the articles folder (content/authors/, content/stories/).
const authors = defineCollection({
  loader: glob({ base: resolve(getContentDir(), '..', 'authors'), pattern: '*.md', generateId: byFileName }),
  schema: ({ image }) => createAuthorSchema(image()),
});

const stories = defineCollection({
  loader: glob({ base: resolve(getContentDir(), '..', 'stories'), pattern: '*.md', generateId: byFileName }),
  schema: storySchema,
});

export const collections = { articles, authors, stories };
