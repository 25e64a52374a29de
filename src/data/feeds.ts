/** The site's feed channels: the whole site, and one per section, each in every feed format. */
import { SITE, type Section } from '../config.ts';
import { buildFeed, FEED_FORMATS, type FeedChannel, type FeedFormat } from '../lib/feeds.ts';
import { t } from '../lib/i18n.ts';
import { digest } from '../lib/incremental/page-keys.ts';
import { getSection } from '../lib/sections.ts';
import { getSiteData } from './articles.ts';

/** The whole site's channel. */
export const SITE_CHANNEL: FeedChannel = {
  title: SITE.name,
  description: t('site.tagline'),
  siteUrl: SITE.url,
  path: '/',
  language: SITE.lang,
};

/** A section's channel. */
export const sectionChannel = (section: Section): FeedChannel => ({
  title: `${SITE.name} – ${section.label}`,
  description: section.description,
  siteUrl: SITE.url,
  path: `/sections/${section.id}/`,
  language: SITE.lang,
});

/** The feed format whose file name is `file` ("atom.xml" -> "atom"). */
export function formatOfFile(file: string): FeedFormat {
  const format = (Object.keys(FEED_FORMATS) as FeedFormat[]).find((key) => FEED_FORMATS[key].file === file);
  if (!format) throw new Error(`No feed format is written to "${file}"`);
  return format;
}

/** The articles a channel's feeds show: the latest, optionally of one section only. */
async function feedArticles(sectionId?: string) {
  const { published } = await getSiteData();
  const articles = sectionId === undefined ? published : published.filter((a) => a.section === sectionId);
  return articles.slice(0, SITE.feedSize);
}

/**
 * The incremental-build key of a feed: its channel and, of each item, exactly the fields a feed shows (the body is
 * not in a feed, so an edit below the standfirst leaves every feed as it was).
 */
export async function feedCacheKey(channel: FeedChannel, sectionId?: string): Promise<string> {
  const items = (await feedArticles(sectionId)).map((article) => {
    const { slug, title, date, updated, section, standfirst, tags, authors, lang, live } = article;
    return { slug, title, date, updated, section, standfirst, tags, authors, lang, live };
  });
  return digest({ channel, items });
}

/** The response for one feed of a channel: its latest articles, optionally of one section only. */
export async function feedResponse(channel: FeedChannel, format: FeedFormat, sectionId?: string): Promise<Response> {
  const articles = await feedArticles(sectionId);
  const body = buildFeed(channel, articles, {
    size: SITE.feedSize,
    format,
    sectionLabel: (id) => getSection(id).label,
  });
  return new Response(body, { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
}
