/**
 * UI strings and locale-aware formatting over a site configuration. Pure: the configuration is passed in.
 */
import type { UiKey } from '../config.ts';
import type { SiteConfig } from './site-config.ts';

/** Values interpolated into a UI string's {placeholders}. */
export type Vars = Record<string, string | number>;

/** Keys of the strings that come in a `.one` and an `.other` form. */
export type CountKey = 'search.count' | 'tag.count' | 'archives.count';

/** The UI strings and date formatting of one configuration. */
export interface I18n {
  /** Returns the UI string for key, with {placeholders} filled. */
  t: (key: UiKey, vars?: Vars) => string;
  /**
   * Splits the UI string for key around one {slot}, the other placeholders filled: the text before and after the
   * place where a page puts markup (a <time>, a link), wherever the language puts it in the sentence.
   */
  tParts: (key: UiKey, slot: string, vars?: Vars) => [before: string, after: string];
  /** Picks the `.one` or `.other` form of a counted string. */
  tCount: (base: CountKey, count: number, vars?: Vars) => string;
  /** Formats a date as a long human date ("10 avril 2023") in the given language and the site's time zone. */
  formatDate: (date: Date, lang?: string) => string;
  /** Formats a month and year ("avril 2023"). */
  formatMonth: (year: number, month: number, lang?: string) => string;
  /** Formats a time of day ("09:15") in the given language and the site's time zone; `withDay` adds the day. */
  formatTime: (date: Date, lang?: string, withDay?: boolean) => string;
  /** Joins names as a human list ("A, B et C") in the given language. */
  formatList: (items: readonly string[], lang?: string) => string;
  /** The parts of a human list: each item and the separators between them, for lists of links. */
  formatListParts: (items: readonly string[], lang?: string) => { type: 'element' | 'literal'; value: string }[];
}

/**
 * Returns one formatter per language, made on first use: building an Intl formatter costs far more than using one,
 * and a 10,000-article build formats hundreds of thousands of dates.
 */
function perLanguage<F>(make: (lang: string) => F): (lang: string) => F {
  const made = new Map<string, F>();
  return (lang) => {
    let formatter = made.get(lang);
    if (formatter === undefined) {
      formatter = make(lang);
      made.set(lang, formatter);
    }
    return formatter;
  };
}

/** Makes the UI strings and formatters of a configuration; dates default to its language and time zone. */
export function createI18n(config: SiteConfig): I18n {
  const { strings, site } = config;
  const dateFormat = perLanguage(
    (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: site.timeZone }),
  );
  const monthFormat = perLanguage(
    (lang) => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const timeFormat = perLanguage(
    (lang) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: site.timeZone }),
  );
  const dayTimeFormat = perLanguage(
    (lang) =>
      new Intl.DateTimeFormat(lang, {
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: site.timeZone,
      }),
  );
  const listFormat = perLanguage((lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
  const t = (key: UiKey, vars: Vars = {}): string =>
    strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  return {
    t,
    tParts: (key, slot, vars = {}) => {
      const marker = `\u0000${slot}\u0000`;
      const [before = '', after = ''] = t(key, { ...vars, [slot]: marker }).split(marker);
      return [before, after];
    },
    tCount: (base, count, vars = {}) => t(`${base}.${count === 1 ? 'one' : 'other'}`, { count, ...vars }),
    formatDate: (date, lang = site.lang) => dateFormat(lang).format(date),
    formatMonth: (year, month, lang = site.lang) => monthFormat(lang).format(new Date(Date.UTC(year, month - 1, 15))),
    formatTime: (date, lang = site.lang, withDay = false) => (withDay ? dayTimeFormat : timeFormat)(lang).format(date),
    formatList: (items, lang = site.lang) => listFormat(lang).format(items),
    formatListParts: (items, lang = site.lang) => listFormat(lang).formatToParts(items),
  };
}
