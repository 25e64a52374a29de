/**
 * Text normalisation on both sides of the search index: what Pagefind indexes and what the reader types.
 */
import { fold, words } from '../language/fold.ts';
import { ANY_STOP_WORDS } from '../language/stopwords.ts';

/**
 * Replaces typographic apostrophes with ASCII ones in a page's HTML, for indexing only: Pagefind splits French
 * elisions ("l'inquiétude") on the ASCII apostrophe alone, so "l’inquiétude" would be one unfindable word.
 */
export function normalizeApostrophes(html: string): string {
  return html.replace(/[’ʼ]/g, "'");
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
 * Turns a reader's query into the terms Pagefind should look up: folded, elisions split, stop words dropped (unless
 * nothing else is left), inflection endings removed. Pagefind matches terms as prefixes, so "défendre" finds
 * "défend" and "guarantees" finds "guarantee".
 */
export function toSearchTerms(query: string): string[] {
  const all = words(query);
  const meaningful = all.filter((word) => !ANY_STOP_WORDS.has(word));
  const kept = meaningful.length > 0 ? meaningful : all;
  return [...new Set(kept.map(stripInflection))];
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
