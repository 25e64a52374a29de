import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/articles';
import { SITE } from '../config';
import { toFeedItems } from '../lib/feeds';
import { getSection } from '../lib/sections';
import { t } from '../lib/i18n';

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
