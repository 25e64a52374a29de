/** The article type pages see, apart from the loaders so that they do not import each other. */
import type { ImageMetadata } from 'astro';
import type { Article } from '../lib/articles.ts';

/** An article as pages see it: the site's Article model with Astro's image metadata. */
export type SiteArticle = Article<ImageMetadata>;
