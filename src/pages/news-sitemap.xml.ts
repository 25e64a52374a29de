import type { APIRoute } from 'astro';
import { newsSitemapResponse } from '../data/news-sitemap.ts';
import { EDITIONS } from '../data/site-config.ts';

export const GET: APIRoute = () => newsSitemapResponse(EDITIONS[0]!);
