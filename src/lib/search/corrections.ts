/**
 * Deciding on a spelling correction: which query words to correct, the corrected query, and whether the page
 * searches it at once (nothing was found) or only offers it ("Vouliez-vous dire … ?").
 */
import { correctQuery } from './query.ts';
import type { SearchOutcome } from './run-search.ts';
import { suggest, type SuggestionIndex } from './suggest.ts';

/** A word found in this few articles is "very little" when a close word is in many times more. */
export const FEW_ARTICLES = 2;
const MANY_TIMES_MORE = 5;

/** A correction to search or to offer. */
export interface Correction {
  query: string;
  /** 'search': nothing was found, so the corrected query is searched; 'offer': it is only suggested. */
  mode: 'search' | 'offer';
}

/**
 * The correction for a query, if any: words that matched nothing take their closest vocabulary word; words that
 * matched very little take a close word found in many times more articles.
 */
export function planCorrection(query: string, outcome: SearchOutcome, index: SuggestionIndex): Correction | undefined {
  const corrections = new Map<string, string>();
  for (const [word, count] of outcome.counts) {
    if (count > FEW_ARTICLES) continue;
    const best = suggest(index, word, 1)[0];
    if (!best) continue;
    if (count === 0 || best.articles >= Math.max(1, count) * MANY_TIMES_MORE) corrections.set(word, best.word);
  }
  if (corrections.size === 0) return undefined;
  const corrected = correctQuery(query, corrections);
  if (corrected === query) return undefined;
  return { query: corrected, mode: outcome.results.length === 0 ? 'search' : 'offer' };
}
