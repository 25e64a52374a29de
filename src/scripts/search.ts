/**
 * The search page: Pagefind's JS API behind our own accessible form, with the query and filters kept in the URL
 * (shareable, reloadable, Back works). Pagefind has no URL persistence of its own.
 */
import { isRealMatch, toSearchTerms, toTextFragment } from '../lib/search/normalize.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
const FILTERS = ['section', 'tags', 'language', 'year'] as const;

/** A result with its data loaded. */
interface Loaded {
  result: PagefindResult;
  data: PagefindResultData;
}

function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Copies Pagefind's excerpt as text plus <mark> elements only: nothing else from the index becomes markup. */
function renderExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else fragment.append(node.textContent ?? '');
  }
  return fragment;
}

/** Starts the search page. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const lang = document.documentElement.lang || 'fr';
  const dateFormat = new Intl.DateTimeFormat(navigator.language || lang, { dateStyle: 'long' });

  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  function readUrl(): void {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of [...FILTERS, 'sort']) select(name).value = params.get(name) ?? '';
  }

  function formUrl(): string {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const name of [...FILTERS, 'sort']) if (select(name).value) params.set(name, select(name).value);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }

  async function loadPagefind(): Promise<Pagefind | undefined> {
    if (pagefind) return pagefind;
    try {
      const url = '/pagefind/pagefind.js';
      pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Headlines weigh most (data-pagefind-weight on h1); term frequency saturates quickly in long articles.
      await pagefind.options({ excerptLength: 24, ranking: { termFrequency: 0.8, pageLength: 0.6 } });
      await pagefind.init();
      return pagefind;
    } catch {
      status.textContent = strings.needsBuild ?? '';
      return undefined;
    }
  }

  /** Runs the search; with several words, pages holding all of them come first, then pages with some. */
  async function search(engine: Pagefind, query: string): Promise<PagefindResult[]> {
    const filters: Record<string, string> = {};
    for (const name of FILTERS) if (select(name).value) filters[name] = select(name).value;
    const byDate = select('sort').value === 'date';
    const options = { filters, ...(byDate && { sort: { date: 'desc' } }) };
    const terms = toSearchTerms(query);
    if (terms.length === 0) return [];
    const all = (await engine.search(terms.join(' '), options))?.results ?? [];
    if (terms.length === 1 || byDate) return all;
    const seen = new Set(all.map((result) => result.id));
    const partial: PagefindResult[] = [];
    for (const term of terms) {
      for (const result of (await engine.search(term, options))?.results ?? []) {
        if (!seen.has(result.id)) {
          seen.add(result.id);
          partial.push(result);
        }
      }
    }
    return [...all, ...partial.sort((a, b) => b.score - a.score)];
  }

  /** The highlighted words of a result's excerpt, as text. */
  function marks(data: PagefindResultData): string[] {
    const template = document.createElement('template');
    template.innerHTML = data.excerpt;
    return [...template.content.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
  }

  /** False only when the excerpt highlights words and none of them matches a term (a shortened-term match). */
  function matches(data: PagefindResultData, terms: readonly string[]): boolean {
    const marked = marks(data);
    return marked.length === 0 || marked.some((word) => isRealMatch(word, terms));
  }

  function renderResult({ data }: Loaded): HTMLLIElement {
    const item = document.createElement('li');
    const card = document.createElement('article');
    card.className = 'card';
    const heading = document.createElement('h2');
    heading.className = 'card-title';
    const link = document.createElement('a');
    // A text fragment makes the browser highlight and scroll to the matched words, with no script on the article.
    const firstMatch = marks(data)[0];
    link.href = firstMatch ? `${data.url}#:~:text=${toTextFragment(firstMatch)}` : data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    meta.append(data.meta.section ?? '');
    if (data.meta.date) {
      const time = document.createElement('time');
      time.dateTime = data.meta.date;
      time.textContent = dateFormat.format(new Date(data.meta.date));
      meta.append(' · ', time);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'card-standfirst';
    excerpt.append(renderExcerpt(data.excerpt));
    card.append(heading, meta, excerpt);
    if (data.meta.lang && data.meta.lang !== lang) card.lang = data.meta.lang;
    item.append(card);
    return item;
  }

  /** Loads the next page of results; equal scores go newest first. */
  async function showMore(query: string, current: number, focusFirst: boolean): Promise<void> {
    const batch = await Promise.all(
      results.slice(shown, shown + PAGE_SIZE).map(async (result) => ({ result, data: await result.data() })),
    );
    if (current !== generation) return;
    if (select('sort').value !== 'date') {
      batch.sort((a, b) =>
        Math.abs(a.result.score - b.result.score) < 1e-9
          ? (b.data.meta.date ?? '').localeCompare(a.data.meta.date ?? '')
          : 0,
      );
    }
    const terms = toSearchTerms(query);
    const items = batch.filter(({ data }) => matches(data, terms)).map((loaded) => renderResult(loaded));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const query = input.value.trim();
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    results = [];
    if (!query) {
      status.textContent = strings.empty ?? '';
      return;
    }
    status.textContent = strings.loading ?? '';
    const engine = await loadPagefind();
    if (!engine || current !== generation) return;
    results = await search(engine, query);
    if (current !== generation) return;
    // Results come best first: if the best one only matched a shortened term, nothing matched.
    const best = results[0] && (await results[0].data());
    if (best && !matches(best, toSearchTerms(query))) results = [];
    if (current !== generation) return;
    if (results.length > 0) await showMore(query, current, false);
    if (current !== generation) return;
    // Announced once the first results are on the page, so the count and the list agree.
    const count = results.length;
    status.textContent = format((count === 0 ? strings.none : count === 1 ? strings.one : strings.other) ?? '', {
      count,
      query,
    });
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      history.replaceState(null, '', formUrl());
      void run();
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    history.pushState(null, '', formUrl());
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) {
      history.pushState(null, '', formUrl());
      void run();
    }
  });
  more.addEventListener('click', () => void showMore(input.value.trim(), generation, true));
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });

  readUrl();
  void run();
}
