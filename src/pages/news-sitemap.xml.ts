import type { APIRoute } from 'astro';
import { getBuildDate, getSiteData } from '../data/articles.ts';
import { SITE } from '../data/site-config.ts';
import { selectRecent } from '../lib/articles.ts';
import { buildNewsSitemap } from '../lib/feeds.ts';

export const GET: APIRoute = async () => {
  const { published } = await getSiteData();
  const recent = selectRecent(published, getBuildDate(), SITE.newsSitemapHours);
  return new Response(buildNewsSitemap(recent, SITE.url, SITE.name), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
