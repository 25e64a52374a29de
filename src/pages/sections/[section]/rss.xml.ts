import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data/articles.ts';
import { SECTIONS, SITE, type Section } from '../../../config.ts';
import { toFeedItems } from '../../../lib/feeds.ts';
import { getSection } from '../../../lib/sections.ts';

export const getStaticPaths = (() =>
  SECTIONS.map((section) => ({ params: { section: section.id }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props }) => {
  const { published } = await getSiteData();
  const { section } = props;
  return rss({
    title: `${SITE.name} – ${section.label}`,
    description: section.description,
    site: SITE.url,
    items: toFeedItems(
      published.filter((article) => article.section === section.id),
      SITE.feedSize,
      (id) => getSection(id).label,
    ),
    customData: `<language>${SITE.lang}</language>`,
  });
};
