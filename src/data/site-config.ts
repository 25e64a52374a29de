/**
 * The site configuration of this build, as pages and components see it, with its UI strings and section lookup
 * bound once. Only this module reads `virtual:kiosque/config`.
 */
import config from 'virtual:kiosque/config';
import { createI18n } from '../lib/i18n.ts';
import { getSection as findSection } from '../lib/sections.ts';
import type { Section } from '../lib/site-config.ts';

export type { Section };

export { config };
/** The settings of this build's configuration. */
export const SITE = config.site;
/** The sections of this build's configuration, in navigation order. */
export const SECTIONS = config.sections;
/** UI strings and date formatting in this build's UI language. */
export const { t, tParts, tCount, formatDate, formatMonth, formatList } = createI18n(config);

/** Returns the declared section with this id. */
export function getSection(id: string): Section {
  return findSection(config, id);
}
