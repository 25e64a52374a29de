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

/** The filter each article of a split index carries: the name of the index part it is in (see split.ts). */
export const PART_FILTER = 'part';

/**
 * The results of one term (or several: `terms`; none for an exact phrase) that really match it. Over one index, Pagefind's results for a
 * term are either all real or all from a shortened term, so the first result decides. Over merged indexes, each
 * index that lacks the term adds results for a shortened one, mixed with the real ones by score: each part (`parts`,
 * newest first) is then searched alone through its filter and judged by its own first result. Results keep the
 * parts' order when sorted by date (parts cover successive periods) and are merged by score otherwise.
 */
async function realResults(
  engine: SearchEngine,
  term: string,
  terms: readonly string[],
  options: EngineOptions,
  parts: readonly string[],
): Promise<EngineResult[]> {
  const search = async (filters: Record<string, string> | undefined) => {
    const results = (await engine.search(term, { ...options, ...(filters && { filters }) }))?.results ?? [];
    // An exact phrase is never shortened: only words are judged.
    if (terms.length === 0) return results;
    return results[0] && (await isRealResult(results[0], terms)) ? results : [];
  };
  if (parts.length <= 1) return search(options.filters);
  const perPart = await Promise.all(parts.map((part) => search({ ...options.filters, [PART_FILTER]: part })));
  const merged = perPart.flat();
  return options.sort ? merged : merged.sort((a, b) => b.score - a.score);
}

/**
 * Runs a parsed query. With several words: the exact phrase, then every word, then some words. `parts` names the
 * index parts merged so far (see realResults); none or one: the engine is searched as a whole.
 */
export async function runSearch(
  engine: SearchEngine,
  parsed: ParsedQuery,
  options: EngineOptions,
  parts: readonly string[] = [],
): Promise<SearchOutcome> {
  const lookup = (term: string, terms: readonly string[]) => realResults(engine, term, terms, options, parts);
  const perTerm = new Map<string, EngineResult[]>();
  for (const term of parsed.terms) perTerm.set(term, await lookup(term, [term]));
  const counts = new Map(parsed.words.map(({ word, term }) => [word, perTerm.get(term)?.length ?? 0]));
  const unmatched = parsed.words.filter(({ word }) => counts.get(word) === 0);
  if (parsed.terms.length <= 1) return { results: perTerm.get(parsed.terms[0] ?? '') ?? [], unmatched, counts };

  const all = await lookup(parsed.terms.join(' '), parsed.terms);
  if (options.sort) return { results: all, unmatched, counts };
  const phrase = parsed.phrase ? await lookup(parsed.phrase, []) : [];
  const some = [...perTerm.values()].flat().sort((a, b) => b.score - a.score);
  return { results: mergeGroups([phrase, all, some]), unmatched, counts };
}
