/**
 * JSON-LD for articles (schema.org NewsArticle), serialised safely for an inline data block.
 */
import type { Article } from './articles.ts';
import type { Author } from './authors.ts';
import { lastModified, updateId, updatesNewestFirst } from './live.ts';
import { truncate } from './text.ts';

/** Serialises JSON-LD so that no "<", ">" or "&" appears literally: "</script>" in a title cannot end the block. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What the NewsArticle needs besides the article itself. */
export interface NewsArticleContext {
  url: string;
  sectionLabel: string;
  publisherName: string;
  publisherLogoUrl: string;
  imageUrl?: string | undefined;
  /** The URL path of an author's page. */
  authorPath: (id: string) => string;
}

/**
 * Builds the schema.org NewsArticle of an article, with its corrections as CorrectionComment; a live article is a
 * LiveBlogPosting with its coverage times and its updates (newest first) as BlogPosting items.
 */
export function buildNewsArticle(article: Article, context: NewsArticleContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': article.live ? 'LiveBlogPosting' : 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': context.url },
    url: context.url,
    headline: article.title,
    description: article.standfirst,
    datePublished: article.date.toISOString(),
    dateModified: lastModified(article).toISOString(),
    inLanguage: article.lang,
    articleSection: context.sectionLabel,
    ...(article.tags.length > 0 && { keywords: article.tags.join(', ') }),
    // schema.org's dateline is NewsArticle's own: a LiveBlogPosting has none.
    ...(article.dateline && !article.live && { dateline: article.dateline }),
    ...(context.imageUrl && { image: [context.imageUrl] }),
    author:
      article.authors.length > 0
        ? article.authors.map(({ name, id }) => ({
            '@type': 'Person',
            name,
            ...(id && { url: new URL(context.authorPath(id), context.url).href }),
          }))
        : [{ '@type': 'Organization', name: context.publisherName }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: context.publisherName,
      logo: { '@type': 'ImageObject', url: context.publisherLogoUrl },
    },
    ...(article.live && {
      coverageStartTime: article.date.toISOString(),
      ...(article.live.end && { coverageEndTime: article.live.end.toISOString() }),
      liveBlogUpdate: updatesNewestFirst(article.live).map((update) => ({
        '@type': 'BlogPosting',
        headline: update.title ?? truncate(update.text.replace(/\s+/g, ' '), 110),
        datePublished: update.date.toISOString(),
        url: `${context.url}#${updateId(update)}`,
        articleBody: update.text,
      })),
    }),
    ...(article.corrections.length > 0 && {
      correction: article.corrections.map((correction) => ({
        '@type': 'CorrectionComment',
        text: correction.text,
        datePublished: correction.date.toISOString(),
      })),
    }),
  };
}

/** What the author page's Person needs besides the author. */
export interface PersonContext {
  url: string;
  imageUrl?: string | undefined;
}

/** Builds the schema.org Person of an author's page; the author's links are `sameAs`. */
export function buildPerson(author: Author, context: PersonContext): Record<string, unknown> {
  const profiles = author.links.map((link) => link.url).filter((url) => url.startsWith('https:'));
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${context.url}#person`,
    name: author.name,
    url: context.url,
    description: author.bio,
    mainEntityOfPage: { '@type': 'ProfilePage', '@id': context.url },
    ...(context.imageUrl && { image: context.imageUrl }),
    ...(profiles.length > 0 && { sameAs: profiles }),
  };
}
