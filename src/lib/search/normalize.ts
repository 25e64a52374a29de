/**
 * Text normalisation on both sides of the search index: what Pagefind indexes and what the reader types.
 */
import { fold, words } from '../language/fold.ts';
import { APOSTROPHE_MARK } from './display.ts';

/**
 * Replaces typographic apostrophes with ASCII ones in a page's HTML, for indexing only: Pagefind splits French
 * elisions ("l'inquiétude") on the ASCII apostrophe alone, so "l’inquiétude" would be one unfindable word. Each
 * replaced ’ is followed by APOSTROPHE_MARK (a zero-width space, part of no word), so titles and excerpts can be
 * shown with the article's own typography (restoreTypography); ʼ (a letter in some languages) becomes a plain '.
 */
export function normalizeApostrophes(html: string): string {
  return html.replace(/’/g, `'${APOSTROPHE_MARK}`).replace(/ʼ/g, "'");
}

/** Inflection endings (French and English) a query word loses; derivations ("-ation") are kept. */
const INFLECTIONS = /(?:ies|es|s|x|ed|ing|er|re|ir|e)$/;

/** Strips an inflection ending from a folded word of more than five letters, keeping at least five. */
export function stripInflection(word: string): string {
  if (word.length <= 5) return word;
  const stripped = word.replace(INFLECTIONS, '');
  return stripped.length >= 5 ? stripped : word;
}

/**
 * Whether a highlighted word really matches one of the terms. Pagefind shortens a term that matches nothing until it
 * matches something ("assemblee" ends up matching "à"): such results are not matches.
 */
export function isRealMatch(markedWord: string, terms: readonly string[]): boolean {
  return words(markedWord).some((word) =>
    terms.some((term) => {
      let shared = 0;
      while (shared < word.length && shared < term.length && word[shared] === term[shared]) shared += 1;
      // A prefix match, or a word of the same stem ("biélorusse" for "bielorussi"), not a shortened stub.
      return shared === term.length || shared >= Math.max(4, term.length - 3);
    }),
  );
}

/** The words to put in a text fragment link (#:~:text=) so the browser highlights a match: elision and punctuation off. */
export function toTextFragment(markedWord: string): string {
  const word = markedWord.replace(/^[\p{L}]{1,6}['’]/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  // '-', ',' and '&' are syntax in a text directive and must be percent-encoded.
  return encodeURIComponent(word).replace(/-/g, '%2D');
}

/** Folds text for comparisons (case and accents). */
export { fold };
