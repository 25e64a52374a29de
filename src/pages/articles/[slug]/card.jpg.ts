import type { APIRoute } from 'astro';
import { getSiteData, type SiteArticle } from '../../../data/articles.ts';
import { getShareCard, shareCardKey } from '../../../data/share-cards.ts';

// Each article's share card (og:image), keyed by what it shows so incremental builds copy unchanged ones.
export async function getStaticPaths() {
  const { published } = await getSiteData();
  return published.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: shareCardKey(article),
  }));
}

export const GET: APIRoute<{ article: SiteArticle }> = async ({ props }) =>
  new Response(new Uint8Array(await getShareCard(props.article)), { headers: { 'Content-Type': 'image/jpeg' } });
