/**
 * The one place that loads the articles collection and turns entries into the site's Article model.
 * Memoised: every page of a build shares one load, one publication filter and one related-links computation.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { EDITIONS, isInEdition, SITE } from './site-config.ts';
import { compareNewestFirst, selectPublished } from '../lib/articles.ts';
import { resolveAuthors, type Author } from '../lib/authors.ts';
import { groupByStory, type Story } from '../lib/stories.ts';
import { selectBanner, toLiveCoverage, type Banner } from '../lib/live.ts';
import { getCacheDir } from '../config.ts';
import { articleCacheDir, readArticleRender, readArticleText } from './article-cache.ts';
import { canonicalTagLabels, canonicalTags } from '../lib/tags.ts';
import { pairTranslations } from '../lib/content-check/translations.ts';
import { computeSiteRelated, startSiteRelated, type SiteRelated } from './related.ts';
import type { SiteArticle, SiteAuthor } from './site-article.ts';

export type { SiteArticle, SiteAuthor } from './site-article.ts';

/** Everything pages need, computed once per build. */
export interface SiteData {
  published: SiteArticle[];
  /** Related articles of each published article, in rank order. */
  related: Map<string, SiteArticle[]>;
  /** The related-links engine's picks and inputs, for the editors' report. */
  relatedReport: SiteRelated;
  /** Every author with a file in content/authors/, by id. */
  authors: Map<string, SiteAuthor>;
  /** Every story package with a file in content/stories/, by id, with its published articles oldest first. */
  stories: Map<string, SiteStory>;
  /**
   * The breaking-news banner of each edition (by URL prefix) at the build clock, if any: shown on every page of that
   * edition, so a reader of one language is not sent to an article in another.
   */
  banner: Record<string, Banner | undefined>;
  /** The published version in another language of each article that has one, both ways. */
  translations: Map<string, SiteArticle>;
  /**
   * The digest of each article's rendered body, by slug: its file and the code that renders it (the articles
   * loader's digest), so an article page's cache key changes whenever its HTML would, plugin code included.
   */
  renderDigests: Map<string, string>;
}

/** A story package and its published articles, oldest first. */
export interface SiteStory {
  story: Story;
  articles: SiteArticle[];
}

function toAuthor(entry: CollectionEntry<'authors'>): SiteAuthor {
  return { id: entry.id, ...entry.data };
}

function toArticle(entry: CollectionEntry<'articles'>, authors: ReadonlyMap<string, Author>, now: Date): SiteArticle {
  const { data } = entry;
  const source = entry.filePath ?? entry.id;
  // The body and the standfirst were stored beside the data store when the file was loaded (./article-cache.ts).
  const { body, standfirst, problem } = readArticleText(articleCacheDir(getCacheDir()), String(entry.digest), source);
  // No article is published with less than its source: a failed render fails the build, naming the file.
  if (problem) throw new Error(`${source}: ${problem}`);
  return {
    slug: entry.id,
    title: data.title,
    date: data.date,
    updated: data.updated,
    section: data.section,
    description: data.description,
    standfirst,
    tags: data.tags,
    authors: resolveAuthors(data.author === undefined ? [] : [data.author].flat(), authors),
    lang: data.lang ?? SITE.lang,
    draft: data.draft,
    related: data.related,
    translation: data.translation,
    dateline: data.dateline,
    story: data.story,
    corrections: data.corrections,
    live: toLiveCoverage(data.date, data.live, now),
    breaking: data.breaking,
    image: data.image,
    imageAlt: data.imageAlt,
    imageCredit: data.imageCredit,
    body,
  };
}

let buildDate: Date | undefined;

/**
 * The build's clock: now, or KIOSQUE_BUILD_DATE (ISO) so that tests can pin it. Read once per build, so publication,
 * live labels, the breaking-news banner and the news sitemap all agree on one instant.
 */
export function getBuildDate(): Date {
  const pinned = process.env.KIOSQUE_BUILD_DATE;
  buildDate ??= pinned ? new Date(pinned) : new Date();
  return buildDate;
}

let cached: Promise<SiteData> | undefined;

/** Loads and prepares the articles once. In dev, drafts and future articles are shown too. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const entries = await getCollection('articles');
  // The related-links workers start now and read their kept analyses while the articles load, unless the articles
  // are those of the last build (its related links are then most likely reused).
  startSiteRelated(entries.map((entry) => [entry.id, String(entry.digest)]));
  const authors = new Map((await getCollection('authors')).map((entry) => [entry.id, toAuthor(entry)]));
  const now = getBuildDate();
  const loaded = entries.map((entry) => toArticle(entry, authors, now));
  // One spelling per tag ("Défense" and "defense"), so tag pages, lists, feeds and search filters agree.
  const labels = canonicalTagLabels([...loaded].sort(compareNewestFirst));
  const all = loaded.map((article) => ({ ...article, tags: canonicalTags(article.tags, labels) }));
  // `astro dev` shows everything so editors can preview drafts and scheduled pieces.
  const { published, excluded } = import.meta.env.DEV
    ? { published: [...all].sort(compareNewestFirst), excluded: [] }
    : selectPublished(all, now);
  if (excluded.length > 0) {
    const reasons = excluded.map(({ article, reason }) => `${article.slug} (${reason})`).join(', ');
    console.info(`[kiosque] ${excluded.length} article(s) left out of this build: ${reasons}`);
  }
  const bySlug = new Map(published.map((article) => [article.slug, article]));
  const relatedReport = await computeSiteRelated(published);
  const related = new Map(
    [...relatedReport.picks].map(([slug, picks]) => [slug, picks.map((pick) => bySlug.get(pick.slug)!)]),
  );
  const translations = new Map<string, SiteArticle>();
  for (const [slug, other] of pairTranslations(published)) {
    const version = bySlug.get(other);
    if (bySlug.has(slug) && version) translations.set(slug, version);
  }
  const byStory = groupByStory(published);
  const stories = new Map(
    (await getCollection('stories')).map((entry) => [
      entry.id,
      { story: { id: entry.id, ...entry.data }, articles: byStory.get(entry.id) ?? [] },
    ]),
  );
  return {
    published,
    related,
    relatedReport,
    authors,
    stories,
    banner: Object.fromEntries(
      EDITIONS.map((edition) => [
        edition.prefix,
        selectBanner(
          published.filter((article) => isInEdition(edition, article.lang)),
          now,
        ),
      ]),
    ),
    translations,
    renderDigests: new Map(entries.map((entry) => [entry.id, String(entry.digest)])),
  };
}

/** Returns the rendered entry of an article, for its body: its rendered content read back from the article cache. */
export async function getArticleEntry(slug: string): Promise<CollectionEntry<'articles'>> {
  const entry = await getEntry('articles', slug);
  if (!entry) throw new Error(`No article with slug "${slug}"`);
  const { html, headings, imagePaths } = readArticleRender(
    articleCacheDir(getCacheDir()),
    String(entry.digest),
    entry.filePath ?? entry.id,
  );
  // Astro's render() then resolves body images and records the file, as for an entry the glob loader rendered.
  return { ...entry, rendered: { html, metadata: { headings, imagePaths } } };
}
