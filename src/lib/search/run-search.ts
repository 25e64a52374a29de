/**
 * One search against Pagefind (or anything with its search() shape): the query's terms looked up one by one, all
 * together and as an exact phrase, merged in rank order, with the words that matched nothing reported so the page
 * can suggest a spelling.
 */
import { markedWords } from './display.ts';
import { isRealMatch } from './normalize.ts';
import type { ParsedQuery, QueryWord } from './query.ts';
import { mergeGroups } from './rank.ts';

/** A result's loaded data, as Pagefind gives it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A search result, as Pagefind gives it. */
export interface EngineResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/** Options passed through to the engine. */
export interface EngineOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's API a search uses. */
export interface SearchEngine {
  search: (term: string, options?: EngineOptions) => Promise<{ results: EngineResult[] } | null>;
}

/** What a search found. */
export interface SearchOutcome {
  results: EngineResult[];
  /** Query words that no article really contains. */
  unmatched: QueryWord[];
  /** How many articles each query word found (by word). */
  counts: Map<string, number>;
}

/**
 * False only when a result's excerpt highlights words and none matches the terms: Pagefind shortens a term that
 * matches nothing until it matches something ("assemblee" ends up matching "à").
 */
export async function isRealResult(result: EngineResult, terms: readonly string[]): Promise<boolean> {
  const marked = markedWords((await result.data()).excerpt);
  return marked.length === 0 || marked.some((word) => isRealMatch(word, terms));
}

/** Runs a parsed query. With several words: the exact phrase, then every word, then some words. */
export async function runSearch(
  engine: SearchEngine,
  parsed: ParsedQuery,
  options: EngineOptions,
): Promise<SearchOutcome> {
  const lookup = async (term: string) => (await engine.search(term, options))?.results ?? [];
  const perTerm = new Map<string, EngineResult[]>();
  for (const term of parsed.terms) {
    const results = await lookup(term);
    perTerm.set(term, results[0] && (await isRealResult(results[0], [term])) ? results : []);
  }
  const counts = new Map(parsed.words.map(({ word, term }) => [word, perTerm.get(term)?.length ?? 0]));
  const unmatched = parsed.words.filter(({ word }) => counts.get(word) === 0);
  if (parsed.terms.length <= 1) return { results: perTerm.get(parsed.terms[0] ?? '') ?? [], unmatched, counts };

  const every = await lookup(parsed.terms.join(' '));
  const all = every[0] && (await isRealResult(every[0], parsed.terms)) ? every : [];
  if (options.sort) return { results: all, unmatched, counts };
  const phrase = parsed.phrase ? await lookup(parsed.phrase) : [];
  const some = [...perTerm.values()].flat().sort((a, b) => b.score - a.score);
  return { results: mergeGroups([phrase, all, some]), unmatched, counts };
}
