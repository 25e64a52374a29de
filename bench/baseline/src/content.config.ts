import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ base: process.env.KIOSQUE_CONTENT_DIR ?? '.', pattern: '*.md' }) }),
};
