/** The search page's state as it lives in the URL: shareable, reloadable, and Back restores it. */

/** The filters the page offers, in the order of the form. */
export const FILTER_NAMES = ['section', 'tags', 'language', 'year'] as const;

/** One search as the URL holds it. */
export interface SearchState {
  query: string;
  filters: Partial<Record<(typeof FILTER_NAMES)[number], string>>;
  /** '' for relevance, 'date' for newest first. */
  sort: string;
  /** True when the reader asked for the exact spelling: no correction. */
  exact: boolean;
}

/** The filters a page applies when the URL names none (an edition's search page: its language). */
export type FilterDefaults = SearchState['filters'];

/** How the URL says "any value" for a filter whose default is a value ("all languages" on an edition's page). */
export const ANY_VALUE = '*';

/** Reads the state from a URL's query string; a filter the URL leaves out takes its default. */
export function readState(search: string, defaults: FilterDefaults = {}): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name) ?? defaults[name];
    if (value && value !== ANY_VALUE) filters[name] = value;
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') ?? '', exact: params.get('exact') === '1' };
}

/**
 * Writes the state as a query string ('' or '?…'): filters at their default left out, and "any value" written as
 * ANY_VALUE where the default is a value, so that the URL keeps the reader's choice.
 */
export function writeState(state: SearchState, defaults: FilterDefaults = {}): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) {
    const value = state.filters[name] ?? '';
    if (value !== (defaults[name] ?? '')) params.set(name, value || ANY_VALUE);
  }
  if (state.sort) params.set('sort', state.sort);
  if (state.exact) params.set('exact', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
