/**
 * The search page's DOM layer: Pagefind's JS API behind our own accessible form. Query parsing, ranking, typo
 * corrections, URL state and display rules live in src/lib/search/; this file reads the form, calls them and
 * writes the results.
 */
import type { Correction } from '../lib/search/corrections.ts';
import { fillTemplate, formatResultDate, markedWords, restoreTypography } from '../lib/search/display.ts';
import { toTextFragment } from '../lib/search/normalize.ts';
import { parseQuery } from '../lib/search/query.ts';
import { orderPage, type Shown } from '../lib/search/rank.ts';
import {
  isRealResult,
  PART_FILTER,
  runSearch,
  type EngineResult,
  type ResultData,
  type SearchEngine,
  type SearchOutcome,
} from '../lib/search/run-search.ts';
import { FILTER_NAMES, readState, writeState, type FilterDefaults, type SearchState } from '../lib/search/url-state.ts';

interface Pagefind extends SearchEngine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

/** A result with its data loaded. */
interface Loaded extends Shown<EngineResult> {
  data: ResultData;
  /** False when it only matched a shortened term (see isRealResult). */
  real: boolean;
}

/** Plans a correction for a query from what its search found (corrections.ts over the loaded vocabulary). */
type Corrector = (query: string, outcome: SearchOutcome) => Correction | undefined;

const PAGE_SIZE = 10;
const BASE = '/pagefind/';
/** The recent index's part name, beside the archive parts' (their folder names). */
const RECENT_PART = 'recent';

/** Copies Pagefind's excerpt as text plus <mark> elements only: nothing else from the index becomes markup. */
function renderExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    const text = restoreTypography(node.textContent ?? '');
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      fragment.append(mark);
    } else fragment.append(text);
  }
  return fragment;
}

/** Starts the search page. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const lang = root.dataset.lang || document.documentElement.lang || 'fr';
  const timeZone = root.dataset.timeZone || 'UTC';
  // An edition's search page searches its own language unless the reader picks "all languages".
  const defaults: FilterDefaults = root.dataset.defaultLanguage ? { language: root.dataset.defaultLanguage } : {};
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const notice = root.querySelector<HTMLElement>('#search-correction')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const older = root.querySelector<HTMLButtonElement>('#search-older')!;
  // On a large site the first index holds the articles since this year; the archive is merged in when needed.
  const archiveSince = root.dataset.archiveSince ? Number(root.dataset.archiveSince) : undefined;
  // The archive is cut into parts (src/lib/search/split.ts), each an index of its own under /pagefind/archive/.
  const archiveParts = (root.dataset.archiveParts ?? '').split(' ').filter(Boolean);
  let archive: Promise<void> | undefined;
  // The parts a search covers once the archive is merged (none before: the recent index is searched as a whole).
  let searchedParts: string[] = [];

  let pagefind: Promise<Pagefind | undefined> | undefined;
  let suggestions: Promise<Corrector | undefined> | undefined;
  let results: EngineResult[] = [];
  let shown = 0;
  let generation = 0;
  let exact = false;
  /** The query whose results are listed: the typed one, or its correction. */
  let listed = '';

  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  function formState(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const name of FILTER_NAMES) if (select(name).value) filters[name] = select(name).value;
    return { query: input.value, filters, sort: select('sort').value, exact };
  }

  function readUrl(): void {
    const state = readState(location.search, defaults);
    input.value = state.query;
    for (const name of FILTER_NAMES) select(name).value = state.filters[name] ?? '';
    select('sort').value = state.sort;
    exact = state.exact;
  }

  const urlFor = (state: SearchState) => `${location.pathname}${writeState(state, defaults)}`;

  function loadPagefind(): Promise<Pagefind | undefined> {
    pagefind ??= (async () => {
      try {
        const engine = (await import(/* @vite-ignore */ `${BASE}pagefind.js`)) as Pagefind;
        // Headlines weigh most (data-pagefind-weight on h1); term frequency saturates quickly in long articles.
        // A heavier title metaWeight was tried: it lifts pages with one query word in the headline above pages
        // with all of them, so Pagefind's default stays and orderPage puts an exact headline first.
        await engine.options({ excerptLength: 24, ranking: { termFrequency: 0.8, pageLength: 0.6 } });
        await engine.init();
        return engine;
      } catch {
        return undefined;
      }
    })();
    return pagefind;
  }

  /**
   * Adds the archive's indexes to every later search (once). Each index gets a filter naming its part, so that a
   * search can ask each part alone (runSearch).
   */
  function loadArchive(engine: Pagefind): Promise<void> {
    archive ??= (async () => {
      await engine.options({ mergeFilter: { [PART_FILTER]: RECENT_PART } });
      await Promise.all(
        archiveParts.map((part) =>
          engine.mergeIndex(`${BASE}archive/${part}/`, { mergeFilter: { [PART_FILTER]: part } }),
        ),
      );
      searchedParts = [RECENT_PART, ...archiveParts];
    })();
    return archive;
  }

  /**
   * The vocabulary and the suggestion code, fetched the first time a query word matches nothing (the code is a
   * chunk of its own, so a query that matches loads neither).
   */
  function loadSuggestions(): Promise<Corrector | undefined> {
    suggestions ??= (async () => {
      try {
        const [response, { prepareSuggestions }, { decodeVocabulary }, { planCorrection }] = await Promise.all([
          fetch(`${BASE}vocabulary.txt`),
          import('../lib/search/suggest.ts'),
          import('../lib/search/vocabulary.ts'),
          import('../lib/search/corrections.ts'),
        ]);
        if (!response.ok) return undefined;
        const index = prepareSuggestions(decodeVocabulary(await response.text()));
        return (query: string, outcome: SearchOutcome) => planCorrection(query, outcome, index);
      } catch {
        return undefined;
      }
    })();
    return suggestions;
  }

  function renderResult({ data, title, date }: Loaded): HTMLLIElement {
    const { excerpt, url, meta } = data;
    const item = document.createElement('li');
    const card = document.createElement('article');
    card.className = 'card';
    const heading = document.createElement('h2');
    heading.className = 'card-title';
    const link = document.createElement('a');
    // A text fragment makes the browser highlight and scroll to the matched words, with no script on the article.
    const firstMatch = markedWords(excerpt)[0];
    link.href = firstMatch ? `${url}#:~:text=${toTextFragment(firstMatch)}` : url;
    link.textContent = title || url;
    heading.append(link);
    const line = document.createElement('p');
    line.className = 'card-meta';
    line.append(meta.section ?? '');
    if (date) {
      const time = document.createElement('time');
      time.dateTime = date;
      time.textContent = formatResultDate(date, lang, timeZone);
      line.append(' · ', time);
    }
    const standfirst = document.createElement('p');
    standfirst.className = 'card-standfirst';
    standfirst.append(renderExcerpt(excerpt));
    card.append(heading, line, standfirst);
    if (meta.lang && meta.lang !== lang) card.lang = meta.lang;
    item.append(card);
    return item;
  }

  /** Loads the next page of results. */
  async function showMore(query: string, current: number, focusFirst: boolean): Promise<void> {
    const terms = parseQuery(query).terms;
    const batch: Loaded[] = await Promise.all(
      results.slice(shown, shown + PAGE_SIZE).map(async (result) => {
        const data = await result.data();
        const real = await isRealResult(result, terms);
        return { result, data, real, title: restoreTypography(data.meta.title ?? ''), date: data.meta.date ?? '' };
      }),
    );
    if (current !== generation) return;
    const kept = batch.filter((item) => item.real);
    const ordered = select('sort').value === 'date' ? kept : orderPage(kept, query);
    const items = ordered.map((item) => renderResult(item));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** Shows "Résultats pour « … »" with a link to the exact spelling, or "Vouliez-vous dire … ?". */
  function showCorrection(correction: Correction | undefined, typed: string): void {
    notice.replaceChildren();
    notice.hidden = !correction;
    if (!correction) return;
    const state = formState();
    const link = document.createElement('a');
    if (correction.mode === 'search') {
      notice.append(fillTemplate(strings.correctedFor ?? '', { query: correction.query }), ' ');
      link.href = urlFor({ ...state, query: typed, exact: true });
      link.textContent = fillTemplate(strings.searchExact ?? '', { query: typed });
    } else {
      notice.append(`${strings.didYouMean ?? ''} `);
      link.href = urlFor({ ...state, query: correction.query, exact: false });
      link.textContent = correction.query;
    }
    notice.append(link, correction.mode === 'offer' ? (strings.didYouMeanEnd ?? '') : '');
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const query = input.value.trim();
    list.replaceChildren();
    showCorrection(undefined, query);
    more.hidden = true;
    older.hidden = true;
    shown = 0;
    results = [];
    if (!query) {
      status.textContent = strings.empty ?? '';
      return;
    }
    status.textContent = strings.loading ?? '';
    const engine = await loadPagefind();
    if (current !== generation) return;
    if (!engine) {
      status.textContent = strings.needsBuild ?? '';
      return;
    }
    const state = formState();
    const options = { filters: state.filters, ...(state.sort === 'date' && { sort: { date: 'desc' as const } }) };
    const needsArchive = () => archiveSince !== undefined && !archive;
    // A year before the recent index can only be found in the archive.
    if (needsArchive() && state.filters.year && Number(state.filters.year) < archiveSince!) await loadArchive(engine);
    let outcome = await runSearch(engine, parseQuery(query), options, searchedParts);
    if (current !== generation) return;
    // Nothing since the cut: the archive before giving up (and before suggesting another spelling).
    if (outcome.results.length === 0 && needsArchive()) {
      await loadArchive(engine);
      outcome = await runSearch(engine, parseQuery(query), options, searchedParts);
      if (current !== generation) return;
    }
    let correction: Correction | undefined;
    // The vocabulary is fetched only when a word matched nothing; once here, it also corrects words found in very few.
    if (!exact && (outcome.unmatched.length > 0 || suggestions)) {
      const corrector = await loadSuggestions();
      if (current !== generation) return;
      correction = corrector?.(query, outcome);
    }
    let announced = query;
    if (correction?.mode === 'search') {
      const corrected = await runSearch(engine, parseQuery(correction.query), options, searchedParts);
      if (current !== generation) return;
      if (corrected.results.length > 0) {
        outcome = corrected;
        announced = correction.query;
      } else correction = { ...correction, mode: 'offer' };
    }
    results = outcome.results;
    listed = announced;
    if (results.length > 0) await showMore(announced, current, false);
    if (current !== generation) return;
    showCorrection(correction, query);
    // Announced once the first results are on the page, so the count and the list agree.
    const count = results.length;
    const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.other;
    const recentOnly = count > 0 && needsArchive();
    const since = recentOnly ? ` ${fillTemplate(strings.since ?? '', { year: archiveSince! })}` : '';
    status.textContent = fillTemplate(template ?? '', { count, query: announced }) + since;
    older.textContent = recentOnly ? fillTemplate(strings.older ?? '', { year: archiveSince! }) : '';
    older.hidden = !recentOnly;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      exact = false;
      history.replaceState(null, '', urlFor(formState()));
      void run();
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    exact = false;
    history.pushState(null, '', urlFor(formState()));
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) {
      history.pushState(null, '', urlFor(formState()));
      void run();
    }
  });
  notice.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    readUrl();
    void run();
  });
  more.addEventListener('click', () => void showMore(listed, generation, true));
  older.addEventListener('click', () => {
    void (async () => {
      const engine = await loadPagefind();
      if (!engine) return;
      await loadArchive(engine);
      await run();
      list.querySelector('a')?.focus();
    })();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });

  readUrl();
  void run();
}
