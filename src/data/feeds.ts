/** The site's feed channels: each edition, and one per section, each in every feed format. */
import { EDITIONS, type EditionView, isInEdition, type Section, SITE, viewOf } from './site-config.ts';
import type { Edition } from '../lib/site-config.ts';
import { buildFeed, FEED_FORMATS, type FeedChannel, type FeedFormat } from '../lib/feeds.ts';
import { digest } from '../lib/incremental/page-keys.ts';
import { getSiteData } from './articles.ts';

/** An edition's channel: its latest articles, under its home page's path. */
export const editionChannel = ({ SITE: site, t, path }: EditionView): FeedChannel => ({
  title: site.name,
  description: t('site.tagline'),
  siteUrl: site.url,
  path: path('/'),
  language: site.lang,
});

/** The default edition's channel (/rss.xml…). */
export const SITE_CHANNEL: FeedChannel = editionChannel(viewOf(EDITIONS[0]!));

/** A section's channel in an edition (default: the default edition). */
export const sectionChannel = (section: Section, view: EditionView = viewOf(EDITIONS[0]!)): FeedChannel => ({
  title: `${view.SITE.name} – ${section.label}`,
  description: section.description,
  siteUrl: view.SITE.url,
  path: view.path(`/sections/${section.id}/`),
  language: view.SITE.lang,
});

/** The feed format whose file name is `file` ("atom.xml" -> "atom"). */
export function formatOfFile(file: string): FeedFormat {
  const format = (Object.keys(FEED_FORMATS) as FeedFormat[]).find((key) => FEED_FORMATS[key].file === file);
  if (!format) throw new Error(`No feed format is written to "${file}"`);
  return format;
}

/** The articles a channel's feeds show: the latest of an edition (default: the default one), or of its section. */
async function feedArticles(sectionId?: string, edition: Edition = EDITIONS[0]!) {
  const { published } = await getSiteData();
  const articles = published.filter(
    (a) => isInEdition(edition, a.lang) && (sectionId === undefined || a.section === sectionId),
  );
  return articles.slice(0, SITE.feedSize);
}

/**
 * The incremental-build key of a feed: its channel and, of each item, exactly the fields a feed shows (the body is
 * not in a feed, so an edit below the standfirst leaves every feed as it was).
 */
export async function feedCacheKey(channel: FeedChannel, sectionId?: string, edition?: Edition): Promise<string> {
  const items = (await feedArticles(sectionId, edition)).map((article) => {
    const { slug, title, date, updated, section, standfirst, tags, authors, lang, live } = article;
    return { slug, title, date, updated, section, standfirst, tags, authors, lang, live };
  });
  return digest({ channel, items });
}

/** The response for one feed of a channel: the latest articles of an edition, or of one section only. */
export async function feedResponse(
  channel: FeedChannel,
  format: FeedFormat,
  sectionId?: string,
  edition?: Edition,
): Promise<Response> {
  const articles = await feedArticles(sectionId, edition);
  const view = viewOf(edition ?? EDITIONS[0]!);
  const body = buildFeed(channel, articles, {
    size: SITE.feedSize,
    format,
    sectionLabel: (id) => view.getSection(id).label,
    authorPath: (id) => view.authorPath(id),
    formatTime: (date, lang) => view.formatTime(date, lang, true),
  });
  return new Response(body, { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
}
