/**
 * Generic text folding shared by search, the importer and related links: case and diacritics off, words split
 * with French elisions removed. No word lists here, so the search page's bundle stays small.
 */

// Letters and digits of any script, with inner apostrophes kept so elisions can be split off below.
// (A regular expression rather than Intl.Segmenter: the same words for alphabetic scripts, several times faster.)
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;
const MARKS = /\p{M}+/gu;

/** Lower-cases and strips diacritics ("Biélorussie" -> "bielorussie", "Choïgou" -> "choigou"). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** Splits text into folded words, with French elisions removed ("l’Ukraine" -> "ukraine"). */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    for (const part of match[0].replace(ELISION, '').split(/['’]/)) if (part) result.push(part);
  }
  return result;
}
