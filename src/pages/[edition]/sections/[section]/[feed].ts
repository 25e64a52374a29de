import type { APIRoute, GetStaticPaths } from 'astro';
import { feedCacheKey, feedResponse, formatOfFile, sectionChannel } from '../../../../data/feeds.ts';
import { PREFIXED_EDITIONS, type Section, viewOf } from '../../../../data/site-config.ts';
import { FEED_FORMATS } from '../../../../lib/feeds.ts';
import type { Edition } from '../../../../lib/site-config.ts';

// /<prefix>/sections/<id>/rss.xml, atom.xml and feed.json: one section's latest articles in an edition.
export const getStaticPaths = (async () => {
  const paths = PREFIXED_EDITIONS.flatMap((edition) =>
    viewOf(edition).SECTIONS.map(async (section) => {
      const cacheKey = await feedCacheKey(sectionChannel(section, viewOf(edition)), section.id, edition);
      return Object.values(FEED_FORMATS).map(({ file }) => ({
        params: { edition: edition.prefix, section: section.id, feed: file },
        props: { section, edition },
        cacheKey,
      }));
    }),
  );
  return (await Promise.all(paths)).flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section; edition: Edition }> = ({ params, props }) =>
  feedResponse(
    sectionChannel(props.section, viewOf(props.edition)),
    formatOfFile(params.feed!),
    props.section.id,
    props.edition,
  );
