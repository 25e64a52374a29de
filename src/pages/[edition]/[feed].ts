import type { APIRoute, GetStaticPaths } from 'astro';
import { editionChannel, feedCacheKey, feedResponse, formatOfFile } from '../../data/feeds.ts';
import { PREFIXED_EDITIONS, viewOf } from '../../data/site-config.ts';
import { FEED_FORMATS } from '../../lib/feeds.ts';
import type { Edition } from '../../lib/site-config.ts';

// /<prefix>/rss.xml, atom.xml and feed.json: an edition's latest articles (the default edition's are at the root).
export const getStaticPaths = (async () => {
  const paths = PREFIXED_EDITIONS.map(async (edition) => {
    const cacheKey = await feedCacheKey(editionChannel(viewOf(edition)), undefined, edition);
    return Object.values(FEED_FORMATS).map(({ file }) => ({
      params: { edition: edition.prefix, feed: file },
      props: { edition },
      cacheKey,
    }));
  });
  return (await Promise.all(paths)).flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ params, props }) =>
  feedResponse(editionChannel(viewOf(props.edition)), formatOfFile(params.feed!), undefined, props.edition);
