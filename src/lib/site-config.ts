/**
 * The shape of a site configuration (settings, sections, UI strings) and its check. Pure: the configuration is an
 * input, loaded once (src/load-config.ts) and passed to i18n, the Markdown pipeline and the page helpers.
 */
import type { UiKey, UiLanguage } from '../config.ts';
import { primaryLanguage } from './language/tags.ts';

/** A section of the newspaper. */
export interface Section {
  /** URL segment and front-matter value. */
  id: string;
  label: string;
  description: string;
}

/** Site-wide settings. */
export interface SiteSettings {
  name: string;
  /** Absolute URL the site is served from; used for canonical URLs, feeds and sitemaps. */
  url: string;
  /** Default language of articles (BCP 47) and of the UI. */
  lang: string;
  /** Language of the interface strings. */
  uiLang: UiLanguage;
  /** Time zone in which publication dates are shown. */
  timeZone: string;
  /** Publisher logo (in public/), used in JSON-LD. */
  logo: string;
  /** Articles per listing page (sections, tags, archives). */
  pageSize: number;
  /** Latest articles shown on the home page after the lead. */
  homeLatestCount: number;
  /** Articles per section block on the home page. */
  homeSectionCount: number;
  /** Items in the RSS feeds. */
  feedSize: number;
  /** An article with at least this many second-level headings gets a list of contents. */
  tocMinHeadings: number;
  /** Maximum related articles under each article. */
  relatedCount: number;
  /** Add rel="nofollow" to external links in articles. */
  nofollowExternalLinks: boolean;
  /** Google News sitemap window, in hours before the build. */
  newsSitemapHours: number;
  /** The most articles in the recent search index and in each archive part (src/lib/search/split.ts). */
  searchSplit: { recentArticles: number; archivePartArticles: number };
}

/** UI strings: one text per key, in one language. */
export type UiStrings = Readonly<Record<UiKey, string>>;

/** A further edition of the site, in another language, served under its own URL prefix. */
export interface EditionConfig {
  /** BCP 47 language: the edition holds the articles whose `lang` has the same primary language. */
  lang: string;
  /** URL prefix without slashes: 'en' serves the edition under /en/. */
  prefix: string;
  /** The edition's sections (labels in its language), in navigation order. */
  sections: readonly Section[];
  /** The edition's interface strings. */
  strings: UiStrings;
}

/** A whole site configuration, as a config module's default export gives it. */
export interface SiteConfig {
  site: SiteSettings;
  /** Sections, in navigation order; an article's `section` must be one of their ids. */
  sections: readonly Section[];
  /** The interface strings, in the language of `site.uiLang`. */
  strings: UiStrings;
  /** Editions besides the default one (site.lang, sections, strings, no URL prefix); none for a one-language site. */
  editions?: readonly EditionConfig[] | undefined;
}

/** An edition as pages see it: the default one has an empty prefix. */
export interface Edition extends EditionConfig {
  isDefault: boolean;
}

/** The editions of a configuration, the default one first. */
export function getEditions(config: SiteConfig): Edition[] {
  const main: Edition = {
    lang: config.site.lang,
    prefix: '',
    sections: config.sections,
    strings: config.strings,
    isDefault: true,
  };
  return [main, ...(config.editions ?? []).map((edition) => ({ ...edition, isDefault: false }))];
}

/** The edition an article in this language belongs to: same primary language, else the default edition. */
export function getEditionForLang(config: SiteConfig, lang: string): Edition {
  const editions = getEditions(config);
  const primary = primaryLanguage(lang);
  return editions.find((edition) => primaryLanguage(edition.lang) === primary) ?? editions[0]!;
}

/** The configuration as one edition sees it (its language, strings and sections), for i18n and page helpers. */
export function getEditionConfig(config: SiteConfig, edition: Edition): SiteConfig {
  if (edition.isDefault) return config;
  return {
    site: { ...config.site, lang: edition.lang },
    sections: edition.sections,
    strings: edition.strings,
  };
}

/** A site path inside an edition: '/sections/x/' becomes '/en/sections/x/' in the edition prefixed 'en'. */
export function editionPath(edition: EditionConfig, path: string): string {
  return edition.prefix === '' ? path : `/${edition.prefix}${path}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Checks a loaded configuration: every setting typed as expected, at least one section, and a string for every UI
 * key. Returns one `file: field: problem` line per problem (none for a good configuration).
 */
export function checkSiteConfig(value: unknown, file: string, reference: SiteConfig): string[] {
  if (!isRecord(value)) return [`${file}: the default export must be a site configuration object`];
  const problems: string[] = [];
  const site = value['site'];
  if (!isRecord(site)) problems.push(`${file}: site: missing`);
  else {
    for (const [key, expected] of Object.entries(reference.site)) {
      if (typeof site[key] !== typeof expected) problems.push(`${file}: site.${key}: expected a ${typeof expected}`);
    }
  }
  problems.push(...checkSectionsAndStrings(value, `${file}: `, reference));
  problems.push(...checkEditions(value['editions'], file, isRecord(site) ? site['lang'] : undefined, reference));
  return problems;
}

/** Problems of the `sections` and `strings` of a configuration or an edition. */
function checkSectionsAndStrings(value: Record<string, unknown>, at: string, reference: SiteConfig): string[] {
  const problems: string[] = [];
  const sections = value['sections'];
  if (!Array.isArray(sections) || sections.length === 0) problems.push(`${at}sections: expected a non-empty list`);
  else {
    sections.forEach((section: unknown, index) => {
      if (!isRecord(section) || typeof section['id'] !== 'string' || typeof section['label'] !== 'string') {
        problems.push(`${at}sections[${index}]: expected { id, label, description }`);
      }
    });
  }
  const strings = value['strings'];
  if (!isRecord(strings)) problems.push(`${at}strings: missing`);
  else {
    for (const key of Object.keys(reference.strings)) {
      if (typeof strings[key] !== 'string') problems.push(`${at}strings.${key}: missing`);
    }
  }
  return problems;
}

/** Problems of the further editions: each with a language of its own and a distinct URL prefix. */
function checkEditions(editions: unknown, file: string, siteLang: unknown, reference: SiteConfig): string[] {
  if (editions === undefined) return [];
  if (!Array.isArray(editions)) return [`${file}: editions: expected a list`];
  const languages = new Set(typeof siteLang === 'string' ? [primaryLanguage(siteLang)] : []);
  const prefixes = new Set<string>();
  return editions.flatMap((edition: unknown, index) => {
    const at = `${file}: editions[${index}].`;
    if (!isRecord(edition)) return [`${file}: editions[${index}]: expected an edition object`];
    const problems = checkSectionsAndStrings(edition, at, reference);
    const { lang, prefix } = edition;
    if (typeof lang !== 'string' || lang === '') problems.push(`${at}lang: expected a language tag`);
    else if (languages.has(primaryLanguage(lang))) problems.push(`${at}lang: "${lang}" already has an edition`);
    else languages.add(primaryLanguage(lang));
    if (typeof prefix !== 'string' || !/^[a-z0-9-]+$/.test(prefix)) {
      problems.push(`${at}prefix: expected a URL segment such as "en"`);
    } else if (prefixes.has(prefix)) problems.push(`${at}prefix: "${prefix}" is used by another edition`);
    else prefixes.add(prefix);
    return problems;
  });
}

/** The section ids of a configuration, as a non-empty tuple for schema enums. */
export function getSectionIds(config: SiteConfig): [string, ...string[]] {
  return config.sections.map((section) => section.id) as [string, ...string[]];
}
