import type { APIRoute, GetStaticPaths } from 'astro';
import { newsSitemapResponse } from '../../data/news-sitemap.ts';
import { PREFIXED_EDITIONS } from '../../data/site-config.ts';
import type { Edition } from '../../lib/site-config.ts';

// /<prefix>/news-sitemap.xml: an edition's Google News sitemap (the default edition's is at the root).
export const getStaticPaths = (() =>
  PREFIXED_EDITIONS.map((edition) => ({
    params: { edition: edition.prefix },
    props: { edition },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ props }) => newsSitemapResponse(props.edition);
