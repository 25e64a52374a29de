/**
 * UI strings and locale-aware formatting. Pure: the strings come from src/config.ts.
 */
import { SITE, UI_STRINGS, type UiKey } from '../config.ts';

/** Values interpolated into a UI string's {placeholders}. */
export type Vars = Record<string, string | number>;

/** Returns the UI string for key in the site's UI language, with {placeholders} filled. */
export function t(key: UiKey, vars: Vars = {}): string {
  const template = UI_STRINGS[SITE.uiLang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks the `.one` or `.other` form of a counted string. */
export function tCount(base: 'search.count' | 'tag.count', count: number, vars: Vars = {}): string {
  const key = `${base}.${count === 1 ? 'one' : 'other'}` as UiKey;
  return t(key, { count, ...vars });
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

const dateFormat = perLanguage((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: SITE.timeZone }));
const monthFormat = perLanguage(
  (lang) => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const timeFormat = perLanguage(
  (lang) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: SITE.timeZone }),
);
const dayTimeFormat = perLanguage(
  (lang) =>
    new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: SITE.timeZone,
    }),
);
const listFormat = perLanguage((lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));

/** Formats a date as a long human date ("10 avril 2023") in the given language and the site's time zone. */
export function formatDate(date: Date, lang: string = SITE.lang): string {
  return dateFormat(lang).format(date);
}

/** Formats a time of day ("09:15") in the given language and the site's time zone; `withDay` adds the day. */
export function formatTime(date: Date, lang: string = SITE.lang, withDay = false): string {
  return (withDay ? dayTimeFormat : timeFormat)(lang).format(date);
}

/** Formats a month and year ("avril 2023"). */
export function formatMonth(year: number, month: number, lang: string = SITE.lang): string {
  return monthFormat(lang).format(new Date(Date.UTC(year, month - 1, 15)));
}

/** The parts of a human list: each item and the separators between them, for lists of links. */
export function formatListParts(
  items: readonly string[],
  lang: string = SITE.lang,
): { type: 'element' | 'literal'; value: string }[] {
  return listFormat(lang).formatToParts(items);
}

/** Joins names as a human list ("A, B et C") in the given language. */
export function formatList(items: readonly string[], lang: string = SITE.lang): string {
  return listFormat(lang).format(items);
}
