/**
 * Article slugs from titles: lower case, accents folded, hyphens, short.
 */
import { slugify } from '../articles.ts';

/** A slug of at most `maxLength` characters, cut at a word boundary. */
export function slugFromTitle(title: string, maxLength = 60): string {
  const slug = slugify(title);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}
