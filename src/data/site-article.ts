/** The article type pages see, apart from the loaders so that they do not import each other. */
import type { ImageMetadata } from 'astro';
import type { Article } from '../lib/articles.ts';
import type { Author } from '../lib/authors.ts';

/** An article as pages see it: the site's Article model with Astro's image metadata. */
export type SiteArticle = Article<ImageMetadata>;

/** An author as pages see it, with Astro's image metadata for the photo. */
export type SiteAuthor = Author<ImageMetadata>;
