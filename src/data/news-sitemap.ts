/** The Google News sitemap of an edition: its articles of the last `SITE.newsSitemapHours` hours. */
import { getBuildDate, getSiteData } from './articles.ts';
import { isInEdition, SITE } from './site-config.ts';
import { selectRecent } from '../lib/articles.ts';
import { buildNewsSitemap } from '../lib/feeds.ts';
import type { Edition } from '../lib/site-config.ts';

/** The response for an edition's news sitemap. */
export async function newsSitemapResponse(edition: Edition): Promise<Response> {
  const { published } = await getSiteData();
  const ofEdition = published.filter((article) => isInEdition(edition, article.lang));
  const recent = selectRecent(ofEdition, getBuildDate(), SITE.newsSitemapHours);
  return new Response(buildNewsSitemap(recent, SITE.url, SITE.name), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
