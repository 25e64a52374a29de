/** A minimal Article for unit tests: a slug and a date, the rest empty unless given. */
import type { Article } from '../../src/lib/articles.ts';

/** An article with the given slug and date; `extra` overrides any field. */
export function makeArticle(slug: string, date: string, extra: Partial<Article> = {}): Article {
  return {
    slug,
    title: slug,
    date: new Date(date),
    section: 'europe',
    standfirst: '',
    tags: [],
    authors: [],
    lang: 'fr',
    draft: false,
    related: [],
    corrections: [],
    body: '',
    ...extra,
  };
}
