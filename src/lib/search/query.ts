/**
 * What the search page makes of a reader's query: the words to look up, the exact phrase, and a corrected query
 * written the way the reader wrote it.
 */
import { fold, words } from '../language/fold.ts';
import { ANY_STOP_WORDS } from '../language/stopwords.ts';
import { stripInflection } from './normalize.ts';

/** A query word the reader typed and the term Pagefind looks up for it. */
export interface QueryWord {
  word: string;
  term: string;
}

/** A parsed query. */
export interface ParsedQuery {
  /** The meaningful words (stop words dropped unless nothing else is left), each once. */
  words: QueryWord[];
  /** The distinct terms, in query order. */
  terms: string[];
  /** Every folded word in order, for an exact phrase search; undefined for a one-word query. */
  phrase: string | undefined;
}

/** Parses a reader's query. */
export function parseQuery(query: string): ParsedQuery {
  const all = words(query);
  const meaningful = all.filter((word) => !ANY_STOP_WORDS.has(word));
  const kept = meaningful.length > 0 ? meaningful : all;
  const seen = new Set<string>();
  const parsed: QueryWord[] = [];
  for (const word of kept) {
    if (seen.has(word)) continue;
    seen.add(word);
    parsed.push({ word, term: stripInflection(word) });
  }
  return {
    words: parsed,
    terms: [...new Set(parsed.map((entry) => entry.term))],
    phrase: all.length >= 2 ? `"${all.join(' ')}"` : undefined,
  };
}

/** Gives `replacement` the case pattern of `typed` (all capitals, capitalised, or lower-case). */
function matchCase(typed: string, replacement: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return replacement.toUpperCase();
  if (typed.charAt(0) === typed.charAt(0).toUpperCase() && typed.charAt(0) !== typed.charAt(0).toLowerCase())
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * Rewrites a query with corrections (folded typed word -> vocabulary word), keeping everything else as typed
 * ("Loukachenco et Minsk" with loukachenco -> loukachenko gives "Loukachenko et Minsk").
 */
export function correctQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{N}]+/gu, (typed) => {
    const replacement = corrections.get(fold(typed));
    return replacement === undefined ? typed : matchCase(typed, replacement);
  });
}

/** Whether a headline says exactly what the reader typed (case, accents and punctuation aside). */
export function isExactHeadline(headline: string, query: string): boolean {
  const typed = words(query);
  return typed.length > 0 && words(headline).join(' ') === typed.join(' ');
}
