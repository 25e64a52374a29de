/**
 * Tags: what makes two spellings one tag, and the slug of its page.
 *
 * The folding rule: case off, and accents off Latin and Greek letters only ("Défense" = "defense",
 * "Ελλάδα" = "ελλαδα"); letters of every other script are kept as written (Cyrillic "й" is not "и"),
 * so "Україна" or "中文" get their own readable slug, percent-encoded in URLs. "+" and a "#" after a letter
 * are spelled out, so "C++" (c-plus-plus) and "C#" (c-sharp) stay distinct; other punctuation and spaces become
 * one hyphen.
 */

/** Characters in a tag: its slug becomes a folder name, limited to 255 bytes (4 bytes per character at most). */
export const MAX_TAG_LENGTH = 60;

const FOLDED_ACCENTS = /([\p{Script=Latin}\p{Script=Greek}])[\u0300-\u036F]+/gu;
// A mark of any script must stay: Devanagari vowel signs or Thai tone marks are part of the word.
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/** The slug of a tag's page ('' when the tag has no letter or digit). */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFD')
    .replace(FOLDED_ACCENTS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}+])#/gu, ' sharp ')
    .replace(/\+/g, ' plus ')
    .replace(SEPARATORS, '-')
    .replace(/^-|-$/g, '');
}

/** Whether text shows at least one character (not only spaces, controls or invisible format characters). */
export function isVisibleText(text: string): boolean {
  return /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(text);
}

/**
 * The one spelling of each tag across the site: the first met in the given order (newest first, so a
 * later correction of the spelling wins). Pages, listings, feeds and search filters all use this spelling.
 */
export function canonicalTagLabels(articles: readonly { tags: readonly string[] }[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      if (slug && !labels.has(slug)) labels.set(slug, tag);
    }
  }
  return labels;
}

/** An article's tags in their canonical spelling, each once. */
export function canonicalTags(tags: readonly string[], labels: ReadonlyMap<string, string>): string[] {
  return [...new Set(tags.map((tag) => labels.get(tagSlug(tag)) ?? tag))];
}
