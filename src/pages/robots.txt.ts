import type { APIRoute } from 'astro';
import { EDITIONS, SITE } from '../data/site-config.ts';
import { editionPath } from '../lib/site-config.ts';

export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /search/',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', SITE.url).href}`,
      ...EDITIONS.map((edition) => `Sitemap: ${new URL(editionPath(edition, '/news-sitemap.xml'), SITE.url).href}`),
      '',
    ].join('\n'),
  );
