/**
 * How search results read: dates in the page's language and the site's time zone, the article's own typography,
 * the strings' {placeholders}.
 */

/**
 * The mark the index step leaves after an apostrophe that was typographic (’ indexed as ' for Pagefind's word
 * splitting): U+034F COMBINING GRAPHEME JOINER, invisible, kept by Pagefind in titles and excerpts, and dropped
 * from indexed words with the other combining marks. (A zero-width space is dropped from excerpts; other
 * invisible characters end up inside the indexed words.)
 */
export const APOSTROPHE_MARK = '\u034F';

/** Restores the typographic apostrophes the index step marked, and drops any stray mark. */
export function restoreTypography(text: string): string {
  return text.replaceAll(`'${APOSTROPHE_MARK}`, '’').replaceAll(APOSTROPHE_MARK, '');
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A long date ("10 avril 2023") in `lang` and `timeZone`, whatever the browser's own locale and zone. */
export function formatResultDate(iso: string, lang: string, timeZone: string): string {
  const key = `${lang} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** Fills a string's {placeholders}. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The highlighted words of a Pagefind excerpt (its <mark> elements), as text. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((match) =>
    restoreTypography(
      match[1]!
        .replace(/<[^>]*>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ),
  );
}
