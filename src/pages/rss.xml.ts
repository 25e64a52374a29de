import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/articles.ts';
import { SITE } from '../config.ts';
import { toFeedItems } from '../lib/feeds.ts';
import { getSection } from '../lib/sections.ts';
import { t } from '../lib/i18n.ts';

export const GET: APIRoute = async () => {
  const { published } = await getSiteData();
  return rss({
    title: SITE.name,
    description: t('site.tagline'),
    site: SITE.url,
    items: toFeedItems(published, SITE.feedSize, (id) => getSection(id).label),
    customData: `<language>${SITE.lang}</language>`,
  });
};
