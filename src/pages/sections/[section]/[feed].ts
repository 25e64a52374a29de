import type { APIRoute, GetStaticPaths } from 'astro';
import { type Section, SECTIONS } from '../../../data/site-config.ts';
import { feedCacheKey, feedResponse, formatOfFile, sectionChannel } from '../../../data/feeds.ts';
import { FEED_FORMATS } from '../../../lib/feeds.ts';

// /sections/<id>/rss.xml, atom.xml and feed.json: one section's latest articles.
export const getStaticPaths = (async () => {
  const paths = SECTIONS.map(async (section) => {
    const cacheKey = await feedCacheKey(sectionChannel(section), section.id);
    return Object.values(FEED_FORMATS).map(({ file }) => ({
      params: { section: section.id, feed: file },
      props: { section },
      cacheKey,
    }));
  });
  return (await Promise.all(paths)).flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = ({ params, props }) =>
  feedResponse(sectionChannel(props.section), formatOfFile(params.feed!), props.section.id);
