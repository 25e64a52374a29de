/**
 * RSS items and the Google News sitemap, built from published articles. Pure.
 */
import { articleUrl, type Article } from './articles.ts';
import { primaryLanguage } from './language/tags.ts';

/** An RSS item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The latest `size` articles as RSS items (articles must be newest first). */
export function toFeedItems(
  articles: readonly Article[],
  size: number,
  sectionLabel: (id: string) => string,
): FeedItem[] {
  return articles.slice(0, size).map((article) => ({
    title: article.title,
    link: articleUrl(article.slug),
    pubDate: article.date,
    description: article.standfirst,
    categories: [sectionLabel(article.section), ...article.tags],
  }));
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
  );
}

/** The Google News sitemap for the given (recent) articles. */
export function buildNewsSitemap(articles: readonly Article[], siteUrl: string, publicationName: string): string {
  const urls = articles.map(
    (article) => `  <url>
    <loc>${escapeXml(new URL(articleUrl(article.slug), siteUrl).href)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(publicationName)}</news:name>
        <news:language>${escapeXml(primaryLanguage(article.lang))}</news:language>
      </news:publication>
      <news:publication_date>${article.date.toISOString()}</news:publication_date>
      <news:title>${escapeXml(article.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
}
