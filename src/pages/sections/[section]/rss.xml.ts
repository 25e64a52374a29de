import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data/articles.ts';
import { SECTIONS, SITE, type Section } from '../../../config.ts';
import { toFeedItems, type FeedItem } from '../../../lib/feeds.ts';
import { digest } from '../../../lib/incremental/page-keys.ts';
import { getSection } from '../../../lib/sections.ts';

export const getStaticPaths = (async () => {
  const { published } = await getSiteData();
  return SECTIONS.map((section) => {
    const items = toFeedItems(
      published.filter((article) => article.section === section.id),
      SITE.feedSize,
      (id) => getSection(id).label,
    );
    // The feed shows its items and nothing else that data changes.
    return { params: { section: section.id }, props: { section, items }, cacheKey: digest(items) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section; items: FeedItem[] }> = ({ props }) => {
  const { section, items } = props;
  return rss({
    title: `${SITE.name} – ${section.label}`,
    description: section.description,
    site: SITE.url,
    items,
    customData: `<language>${SITE.lang}</language>`,
  });
};
