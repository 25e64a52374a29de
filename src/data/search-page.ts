/** What an edition's search page offers: its filter choices, its default language and the index split. */
import { getSiteData } from './articles.ts';
import { getEditionArticles } from './edition-listings.ts';
import { SITE as DEFAULT_SITE, viewOf } from './site-config.ts';
import { calendarMonth, groupByTag } from '../lib/articles.ts';
import { primaryLanguage } from '../lib/language/tags.ts';
import { planIndex } from '../lib/search/index-parts.ts';
import type { Edition } from '../lib/site-config.ts';

/** A filter choice: the value the articles give Pagefind, and its label. */
export type Choice = readonly [value: string, label: string];

/** The search page's choices, with the exact values the articles give Pagefind. */
export interface SearchChoices {
  /** The language filter the page applies until the reader picks another ('' = all languages). */
  defaultLanguage: string;
  sections: Choice[];
  tags: Choice[];
  languages: Choice[];
  years: Choice[];
  /** The first year of the recent index when the index is split by period (src/lib/search/split.ts). */
  archiveSince: number | undefined;
  /** The archive parts' folders under /pagefind/archive/, newest first (empty when there is one index). */
  archiveParts: string[];
}

/**
 * The choices of an edition's search page. A prefixed edition searches its own language by default, so its section,
 * tag and year choices are those of its articles; the default edition also holds every language without an edition
 * of its own, so it searches all languages and offers the choices of every article.
 */
export async function getSearchChoices(edition: Edition): Promise<SearchChoices> {
  const { published } = await getSiteData();
  const { SECTIONS, SITE } = viewOf(edition);
  const scope = edition.isDefault ? published : await getEditionArticles(edition);
  const languageName = new Intl.DisplayNames([SITE.lang], { type: 'language' });
  const languages = [...new Set(published.map((article) => primaryLanguage(article.lang)))].sort();
  const years = [...new Set(scope.map((article) => calendarMonth(article.date, SITE.timeZone).year))].sort(
    (a, b) => b - a,
  );
  // The index is split over every article, whatever the edition: the same rule over the same dates (in the site's
  // own time zone, not the edition's) as the index step, so the parts this page lists are the ones written.
  const plan = planIndex(
    published.map((article) => calendarMonth(article.date, DEFAULT_SITE.timeZone)),
    DEFAULT_SITE.searchSplit,
  );
  return {
    defaultLanguage: edition.isDefault ? '' : primaryLanguage(edition.lang),
    // An article's section filter is its label in its own edition: this edition's labels.
    sections: SECTIONS.filter((section) => scope.some((article) => article.section === section.id)).map(
      (section) => [section.label, section.label] as const,
    ),
    tags: groupByTag(scope).map((group) => [group.tag, group.tag] as const),
    languages: languages.map((code) => [code, languageName.of(code) ?? code] as const),
    years: years.map((year) => [String(year), String(year)] as const),
    archiveSince: plan.since,
    archiveParts: plan.archiveFolders,
  };
}
