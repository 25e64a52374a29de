import type { APIRoute, GetStaticPaths } from 'astro';
import { feedCacheKey, feedResponse, formatOfFile, SITE_CHANNEL } from '../data/feeds.ts';
import { FEED_FORMATS } from '../lib/feeds.ts';

// /rss.xml, /atom.xml and /feed.json: the whole site's latest articles.
export const getStaticPaths = (async () => {
  const cacheKey = await feedCacheKey(SITE_CHANNEL);
  return Object.values(FEED_FORMATS).map(({ file }) => ({ params: { feed: file }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feedResponse(SITE_CHANNEL, formatOfFile(params.feed!));
