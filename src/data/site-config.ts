/**
 * The site configuration of this build, as pages and components see it, with its UI strings and section lookup
 * bound once. Only this module reads `virtual:kiosque/config`.
 */
import config from 'virtual:kiosque/config';
import { createI18n, type I18n } from '../lib/i18n.ts';
import { getSection as findSection } from '../lib/sections.ts';
import { authorUrl } from '../lib/authors.ts';
import { storyUrl } from '../lib/stories.ts';
import {
  editionPath,
  getEditionConfig,
  getEditionForLang,
  getEditions,
  type Edition,
  type Section,
  type SiteConfig,
} from '../lib/site-config.ts';

export type { Section };
export { config };
/** The settings of this build's configuration. */
export const SITE = config.site;
/** The sections of this build's configuration, in navigation order. */
export const SECTIONS = config.sections;
/** UI strings and date formatting in this build's UI language. */
export const { t, tParts, tCount, formatDate, formatTime, formatMonth, formatList } = createI18n(config);

/** URL of an author's page in the default edition (its path segment: `/auteurs/<id>/`). */
export const authorPath = (id: string, page = 1): string => authorUrl(t('author.path'), id, page);
/** URL of a story package's page (the default edition's path segment). */
export const storyPath = (id: string): string => storyUrl(t('story.path'), id);

/** Returns the declared section with this id. */
export function getSection(id: string): Section {
  return findSection(config, id);
}

/** The editions of this build, the default one first. */
export const EDITIONS = getEditions(config);

/** One edition's view of the configuration: its settings, sections, strings and section lookup. */
export interface EditionView extends I18n {
  edition: Edition;
  SITE: SiteConfig['site'];
  SECTIONS: SiteConfig['sections'];
  getSection: (id: string) => Section;
  /** A site path inside this edition ('/' is its home page). */
  path: (sitePath: string) => string;
  /** URL of an author's page in this edition ('/en/authors/<id>/': the path segment is the edition's string). */
  authorPath: (id: string, page?: number) => string;
}

const views = new Map<string, EditionView>();

/** The editions served under a URL prefix (all but the default one), for the routes in src/pages/[edition]/. */
export const PREFIXED_EDITIONS = EDITIONS.filter((edition) => !edition.isDefault);

/** The view of an edition, made once per build. */
export function viewOf(edition: Edition): EditionView {
  let view = views.get(edition.prefix);
  if (view === undefined) {
    const editionConfig = getEditionConfig(config, edition);
    view = {
      edition,
      SITE: editionConfig.site,
      SECTIONS: editionConfig.sections,
      getSection: (id) => findSection(editionConfig, id),
      path: (sitePath) => editionPath(edition, sitePath),
      authorPath: (id, page = 1) => editionPath(edition, authorUrl(edition.strings['author.path'], id, page)),
      ...createI18n(editionConfig),
    };
    views.set(edition.prefix, view);
  }
  return view;
}

/** The edition articles in this language belong to. */
export function editionForLang(lang: string): Edition {
  return getEditionForLang(config, lang);
}

/** Whether an article in this language belongs to the edition. */
export function isInEdition(edition: Edition, lang: string): boolean {
  return editionForLang(lang).prefix === edition.prefix;
}

/** The edition a page belongs to (Astro.locals.edition, set by the page), else the default edition. */
export function pageEdition(locals: App.Locals): EditionView {
  return viewOf(locals.edition ?? EDITIONS[0]!);
}
