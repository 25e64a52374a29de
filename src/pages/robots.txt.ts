import type { APIRoute } from 'astro';
import { SITE } from '../data/site-config.ts';

export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /search/',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', SITE.url).href}`,
      `Sitemap: ${new URL('/news-sitemap.xml', SITE.url).href}`,
      '',
    ].join('\n'),
  );
