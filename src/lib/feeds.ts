/**
 * Feeds (RSS, Atom, JSON Feed) and the Google News sitemap, built from published articles. Pure.
 */
import { Feed } from 'feed';
import { articleUrl, type Article } from './articles.ts';
import { lastModified, updateParagraphs, updatesNewestFirst } from './live.ts';
import { primaryLanguage } from './language/tags.ts';

/** The feed formats every channel is published in, with their file names and media types. */
export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;

/** One of the feed formats. */
export type FeedFormat = keyof typeof FEED_FORMATS;

/** A feed channel: the whole site, or one section. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the site. */
  siteUrl: string;
  /** Path of the channel's own page and of its feeds' folder ("/" or "/sections/europe/"). */
  path: string;
  language: string;
}

/** The URL path of one of a channel's feeds ("/sections/europe/atom.xml"). */
export const feedPath = (channelPath: string, format: FeedFormat): string =>
  `${channelPath}${FEED_FORMATS[format].file}`;

/** How a feed is written: its size and format, and the site's labels, author URLs and times. */
export interface FeedOptions {
  size: number;
  format: FeedFormat;
  sectionLabel: (id: string) => string;
  /** The URL path of an author's page. */
  authorPath: (id: string) => string;
  /** A live update's day and time ("12 mars, 10:15") in the site's time zone. */
  formatTime: (date: Date, lang: string) => string;
}

/**
 * A channel's latest `size` articles (newest first) as a feed in the given format, written by the `feed` library.
 * The feed's date is its newest item's, not the build clock's, so an unchanged site gives the same bytes.
 */
export function buildFeed(channel: FeedChannel, articles: readonly Article[], options: FeedOptions): string {
  const items = articles.slice(0, options.size);
  const absolute = (path: string) => new URL(path, channel.siteUrl).href;
  const latest = items.reduce<Date | undefined>((newest, article) => {
    const date = lastModified(article);
    return newest === undefined || date > newest ? date : newest;
  }, undefined);
  const feed = new Feed({
    id: absolute(channel.path),
    title: channel.title,
    description: channel.description,
    link: absolute(channel.path),
    language: channel.language,
    updated: latest ?? new Date(0),
    generator: false,
    feedLinks: Object.fromEntries(
      Object.keys(FEED_FORMATS).map((format) => [format, absolute(feedPath(channel.path, format as FeedFormat))]),
    ),
  });
  // Which fields a format reads as HTML: Atom's titles (type="html"), RSS descriptions, every format's content.
  // Those get the plain text escaped, so a "<script>" in a headline is shown, never parsed.
  const titleOf = (title: string) => (options.format === 'atom' ? escapeXml(title) : title);
  const summaryOf = (text: string) => (options.format === 'json' ? text : escapeXml(text));
  for (const article of items) {
    const url = absolute(articleUrl(article.slug));
    feed.addItem({
      title: titleOf(article.title),
      id: url,
      link: url,
      date: lastModified(article),
      published: article.date,
      description: summaryOf(article.standfirst),
      content: `<p>${escapeXml(article.standfirst)}</p>${liveContent(article, options.formatTime)}`,
      category: [options.sectionLabel(article.section), ...article.tags].map((name) => ({ name })),
      ...(article.authors.length > 0 && {
        author: article.authors.map(({ name, id }) => ({
          name,
          ...(id && { link: absolute(options.authorPath(id)) }),
        })),
      }),
    });
  }
  if (options.format === 'atom') return feed.atom1();
  if (options.format === 'json') return feed.json1();
  return feed.rss2();
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

/** A live article's updates as feed HTML, newest first, each with its time: readers of the feed follow the coverage. */
function liveContent(article: Article, formatTime: FeedOptions['formatTime']): string {
  if (!article.live) return '';
  return updatesNewestFirst(article.live)
    .map((update) => {
      const time = `<strong>${escapeXml(formatTime(update.date, article.lang))}</strong>`;
      const title = update.title ? ` ${escapeXml(update.title)}` : '';
      const text = updateParagraphs(update.text).map((paragraph) => `<p>${escapeXml(paragraph)}</p>`);
      return `<p>${time}${title}</p>${text.join('')}`;
    })
    .join('');
}
