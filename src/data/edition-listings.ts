/**
 * The tag, archive and corrections listings of one edition, with their incremental-build keys. The default edition's
 * routes (src/pages/tags/, archives/, corrections.astro) and the prefixed ones (src/pages/[edition]/…) share them.
 */
import type { PaginateFunction } from 'astro';
import { getSiteData, type SiteArticle } from './articles.ts';
import { isInEdition, viewOf } from './site-config.ts';
import { collectCorrections, groupByMonth, groupByTag } from '../lib/articles.ts';
import { digest, withListingKeys } from '../lib/incremental/page-keys.ts';
import type { Edition } from '../lib/site-config.ts';

/** The published articles of an edition, newest first. */
export async function getEditionArticles(edition: Edition): Promise<SiteArticle[]> {
  const { published } = await getSiteData();
  return published.filter((article) => isInEdition(edition, article.lang));
}

/** The route parameter of an edition: none for the default edition, whose routes have no [edition] segment. */
const editionParam = (edition: Edition) => (edition.isDefault ? {} : { edition: edition.prefix });

/** The paths of an edition's tag pages: each tag of its articles, listing its articles with that tag. */
export async function getTagPaths(paginate: PaginateFunction, edition: Edition) {
  const { banner } = await getSiteData();
  const { SITE } = viewOf(edition);
  return groupByTag(await getEditionArticles(edition)).flatMap((group) =>
    withListingKeys(
      paginate(group.articles, {
        params: { ...editionParam(edition), tag: group.slug },
        props: { tag: group.tag, slug: group.slug, edition },
        pageSize: SITE.pageSize,
      }),
      { edition: edition.prefix, tag: group.tag, banner },
    ),
  );
}

/** The paths of an edition's archive months, listing its articles of each month. */
export async function getArchivePaths(paginate: PaginateFunction, edition: Edition) {
  const { banner } = await getSiteData();
  const { SITE } = viewOf(edition);
  return groupByMonth(await getEditionArticles(edition), SITE.timeZone).flatMap((group) =>
    withListingKeys(
      paginate(group.articles, {
        params: { ...editionParam(edition), year: String(group.year), month: String(group.month).padStart(2, '0') },
        props: { year: group.year, month: group.month, edition },
        pageSize: SITE.pageSize,
      }),
      { edition: edition.prefix, banner },
    ),
  );
}

/** An edition's tags with the number of its articles carrying each, as the tag index shows them. */
export async function getTagIndex(edition: Edition) {
  return groupByTag(await getEditionArticles(edition)).map(({ tag, slug, articles }) => ({
    tag,
    slug,
    count: articles.length,
  }));
}

/** An edition's archive months with their number of articles, newest first, as the archive index shows them. */
export async function getArchiveIndex(edition: Edition) {
  const { SITE } = viewOf(edition);
  return groupByMonth(await getEditionArticles(edition), SITE.timeZone).map(({ year, month, articles }) => ({
    year,
    month,
    count: articles.length,
  }));
}

/** The corrections of an edition's articles, newest first, with what the corrections page shows of each article. */
export async function getCorrectionIndex(edition: Edition) {
  return collectCorrections(await getEditionArticles(edition)).map(({ article, correction }) => ({
    article: { slug: article.slug, title: article.title, lang: article.lang },
    correction,
  }));
}

/**
 * The paths of a one-page route in each prefixed edition (tag index, archive index, corrections, search), keyed by
 * what the page shows (`shown`) and the banner.
 */
export async function getEditionPagePaths(editions: readonly Edition[], shown: (edition: Edition) => Promise<unknown>) {
  const { banner } = await getSiteData();
  return Promise.all(
    editions.map(async (edition) => ({
      params: { edition: edition.prefix },
      props: { edition },
      cacheKey: digest({ edition: edition.prefix, shown: await shown(edition), banner }),
    })),
  );
}

/**
 * The paths of an edition's author pages, each listing the author's articles in the edition. The default edition
 * has a page for every author file; a further edition only for the authors of some of its articles.
 */
export async function getAuthorPaths(paginate: PaginateFunction, edition: Edition) {
  const { authors, banner } = await getSiteData();
  const { SITE, t } = viewOf(edition);
  const articles = await getEditionArticles(edition);
  return [...authors.values()].flatMap((author) => {
    const theirs = articles.filter((article) => article.authors.some((byline) => byline.id === author.id));
    if (theirs.length === 0 && !edition.isDefault) return [];
    return withListingKeys(
      paginate(theirs, {
        params: { ...editionParam(edition), authors: t('author.path'), id: author.id },
        props: { author, edition },
        pageSize: SITE.pageSize,
      }),
      { edition: edition.prefix, author, banner },
    );
  });
}
