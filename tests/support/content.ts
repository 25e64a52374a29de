/** Reads the fixture content folder directly (not through the site), to know what a build must contain. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FIXTURE_BUILD_DATE, FIXTURE_CONTENT } from './paths.ts';
import DEFAULT_CONFIG from '../../src/config.ts';
import { getEditionForLang } from '../../src/lib/site-config.ts';

/** Front matter of a content file, as written. */
export interface SourceArticle {
  slug: string;
  title: string;
  date: Date;
  draft: boolean;
  section: string;
  tags: string[];
  lang: string | undefined;
  /** Whether the front matter has live coverage. */
  live: boolean;
}

/** Every article of the fixture content folder, from its front matter. */
export function readSourceArticles(): SourceArticle[] {
  const dir = `${FIXTURE_CONTENT}articles/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(dir + name, 'utf8');
      const data = parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      const rawDate = data.date;
      return {
        slug: name.replace(/\.md$/, ''),
        title: String(data.title),
        date: rawDate instanceof Date ? rawDate : new Date(String(rawDate)),
        draft: data.draft === true,
        section: String(data.section),
        tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
        lang: typeof data.lang === 'string' ? data.lang : undefined,
        live: data.live !== undefined,
      };
    });
}

/** The articles a production build at the fixture clock must publish. */
export function expectedPublished(): SourceArticle[] {
  const now = new Date(FIXTURE_BUILD_DATE);
  return readSourceArticles().filter((article) => !article.draft && article.date <= now);
}

/** The articles a production build must leave out. */
export function expectedExcluded(): SourceArticle[] {
  const published = new Set(expectedPublished().map((article) => article.slug));
  return readSourceArticles().filter((article) => !published.has(article.slug));
}

/** The URL prefix of the edition an article belongs to in the default configuration ('' for the French one). */
export function editionPrefix(article: SourceArticle): string {
  return getEditionForLang(DEFAULT_CONFIG, article.lang ?? DEFAULT_CONFIG.site.lang).prefix;
}
