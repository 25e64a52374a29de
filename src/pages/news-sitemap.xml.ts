import type { APIRoute } from 'astro';
import { getBuildDate, getSiteData } from '../data/articles';
import { SITE } from '../config';
import { selectRecent } from '../lib/articles';
import { buildNewsSitemap } from '../lib/feeds';

export const GET: APIRoute = async () => {
  const { published } = await getSiteData();
  const recent = selectRecent(published, getBuildDate(), SITE.newsSitemapHours);
  return new Response(buildNewsSitemap(recent, SITE.url, SITE.name), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
