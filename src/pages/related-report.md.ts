import type { APIRoute } from 'astro';
import { getSiteData } from '../data/articles.ts';
import { formatRelatedReport } from '../lib/related-links/index.ts';

// For editors: why each article got its related links, and why some got fewer. Not linked from the site, not in the sitemap.
export const GET: APIRoute = async () => {
  const { relatedReport } = await getSiteData();
  return new Response(formatRelatedReport(relatedReport.inputs, relatedReport.picks, relatedReport.shortfalls), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
