/**
 * Checks the `translation` field across articles: it names another article, in another language, and the two name
 * no one else. Pure: the articles' slugs, languages and translations are passed in.
 */
import { primaryLanguage } from '../language/tags.ts';

/** What the check needs of one article. */
export interface TranslationEntry {
  file: string;
  slug: string;
  /** The article's language (its `lang`, else the site's). */
  lang: string;
  translation?: string | undefined;
}

/** A problem with an article's translation field. */
export interface TranslationIssue {
  file: string;
  field: 'translation';
  message: string;
}

/** Returns one issue per bad `translation` field. */
export function checkTranslations(entries: readonly TranslationEntry[]): TranslationIssue[] {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const issues: TranslationIssue[] = [];
  for (const entry of entries) {
    const { translation } = entry;
    if (translation === undefined) continue;
    const report = (message: string) => issues.push({ file: entry.file, field: 'translation', message });
    const other = bySlug.get(translation);
    if (translation === entry.slug) report('names the article itself: name the version in the other language');
    else if (other === undefined) report(`"${translation}" is not the slug of any article`);
    else if (primaryLanguage(other.lang) === primaryLanguage(entry.lang)) {
      report(`"${translation}" is in the same language (${other.lang}): a translation is in another language`);
    } else if (other.translation !== undefined && other.translation !== entry.slug) {
      report(`"${translation}" names "${other.translation}" as its translation: the two must name each other`);
    }
  }
  return issues;
}

/** The translation of each article, both ways: an article named by another has that one as its translation. */
export function pairTranslations(
  entries: readonly Pick<TranslationEntry, 'slug' | 'translation'>[],
): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const { slug, translation } of entries) {
    if (translation === undefined) continue;
    pairs.set(slug, translation);
    if (!pairs.has(translation)) pairs.set(translation, slug);
  }
  return pairs;
}
