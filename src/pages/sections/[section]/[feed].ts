import type { APIRoute, GetStaticPaths } from 'astro';
import { SECTIONS, type Section } from '../../../config.ts';
import { feedResponse, formatOfFile, sectionChannel } from '../../../data/feeds.ts';
import { FEED_FORMATS } from '../../../lib/feeds.ts';

// /sections/<id>/rss.xml, atom.xml and feed.json: one section's latest articles.
export const getStaticPaths = (() =>
  SECTIONS.flatMap((section) =>
    Object.values(FEED_FORMATS).map(({ file }) => ({
      params: { section: section.id, feed: file },
      props: { section },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = ({ params, props }) =>
  feedResponse(sectionChannel(props.section), formatOfFile(params.feed!), props.section.id);
