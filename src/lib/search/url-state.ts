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

/** Reads the state from a URL's query string. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') ?? '', exact: params.get('exact') === '1' };
}

/** Writes the state as a query string ('' or '?…'), empty values left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.sort) params.set('sort', state.sort);
  if (state.exact) params.set('exact', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
