import type { APIRoute } from 'astro';
import { getSiteData, type SiteArticle } from '../../../data/articles.ts';
import { getShareCard, shareCardKey, type CardContext } from '../../../data/share-cards.ts';
import { editionForLang, SITE, viewOf } from '../../../data/site-config.ts';

/** What a card shows besides the article: its edition's section label and the site's name. */
const contextOf = (article: SiteArticle): CardContext => ({
  sectionLabel: viewOf(editionForLang(article.lang)).getSection(article.section).label,
  siteName: SITE.name,
});

// Each article's share card (og:image), keyed by what it shows so incremental builds copy unchanged ones.
export async function getStaticPaths() {
  const { published } = await getSiteData();
  return published.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: shareCardKey(article, contextOf(article)),
  }));
}

export const GET: APIRoute<{ article: SiteArticle }> = async ({ props }) =>
  new Response(new Uint8Array(await getShareCard(props.article, contextOf(props.article))), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
