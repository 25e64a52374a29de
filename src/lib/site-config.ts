/**
 * The shape of a site configuration (settings, sections, UI strings) and its check. Pure: the configuration is an
 * input, loaded once (src/load-config.ts) and passed to i18n, the Markdown pipeline and the page helpers.
 */
import type { UiKey, UiLanguage } from '../config.ts';

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
}

/** UI strings: one text per key, in one language. */
export type UiStrings = Readonly<Record<UiKey, string>>;

/** A whole site configuration, as a config module's default export gives it. */
export interface SiteConfig {
  site: SiteSettings;
  /** Sections, in navigation order; an article's `section` must be one of their ids. */
  sections: readonly Section[];
  /** The interface strings, in the language of `site.uiLang`. */
  strings: UiStrings;
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
  const sections = value['sections'];
  if (!Array.isArray(sections) || sections.length === 0) problems.push(`${file}: sections: expected a non-empty list`);
  else {
    sections.forEach((section: unknown, index) => {
      if (!isRecord(section) || typeof section['id'] !== 'string' || typeof section['label'] !== 'string') {
        problems.push(`${file}: sections[${index}]: expected { id, label, description }`);
      }
    });
  }
  const strings = value['strings'];
  if (!isRecord(strings)) problems.push(`${file}: strings: missing`);
  else {
    for (const key of Object.keys(reference.strings)) {
      if (typeof strings[key] !== 'string') problems.push(`${file}: strings.${key}: missing`);
    }
  }
  return problems;
}

/** The section ids of a configuration, as a non-empty tuple for schema enums. */
export function getSectionIds(config: SiteConfig): [string, ...string[]] {
  return config.sections.map((section) => section.id) as [string, ...string[]];
}
