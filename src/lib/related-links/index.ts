/**
 * Related articles computed from the text: BM25 vectors over each article's strongest terms (./vectors.ts),
 * candidates found through an inverted index within the article's language, a bonus for shared tags and the same
 * section, a mild preference for nearby dates, a re-ranking by shared neighbours, and a cut relative to each
 * article's own best match. Pure and deterministic.
 */
import { fold } from '../language/fold.ts';
import { analyseArticles, type ArticleTerms } from './analyse.ts';
import { primaryLanguage } from '../language/tags.ts';
import { findNeighbours, type Neighbour, type NeighbourSearch } from './neighbours.ts';
import { DEFAULT_TUNING, type RelatedTuning } from './tuning.ts';
import type { RelatedInput, RelatedOptions, RelatedPick, RelatedResult, RelatedShortfall } from './types.ts';
import { vectorise, type Vector } from './vectors.ts';

export type {
  RelatedInput,
  RelatedOptions,
  RelatedPick,
  RelatedResult,
  RelatedShortfall,
  ShortfallReason,
} from './types.ts';
export { DEFAULT_TUNING, type RelatedTuning } from './tuning.ts';
export { analyseArticles, analysedFields, type ArticleTerms } from './analyse.ts';

/** Default absolute minimum score: a floor for the nearly unrelated; the relative cut does the real work. */
export const DEFAULT_MIN_SCORE = 0.02;

function sharedTerms(a: Vector, b: Vector, surface: readonly string[]): string[] {
  const shared: [string, number][] = [];
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    if (a.terms[i] === b.terms[j]) {
      shared.push([surface[a.terms[i]!]!, a.weights[i]! * b.weights[j]!]);
      i++;
      j++;
    } else if (a.terms[i]! < b.terms[j]!) i++;
    else j++;
  }
  return shared
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 5)
    .map(([term]) => term);
}

/** A neighbour after re-ranking: `similarity` before it, `score` after. */
interface Ranked extends Neighbour {
  similarity: number;
}

/**
 * Re-ranks the neighbours of docs `from` to `to` (exclusive): a neighbour that shares neighbours with the article
 * gains. `lists` holds every doc's neighbours, in doc order.
 */
function rerankBySharedNeighbours(
  lists: Neighbour[][],
  weight: number,
  size: number,
  from: number,
  to: number,
): Ranked[][] {
  const own = lists.slice(from, to);
  if (weight === 0) return own.map((list) => list.map(({ doc, score }) => ({ doc, similarity: score, score })));
  // Every list's docs in one flat array, and a mark per doc: counting shared neighbours reads numbers only.
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, doc) => (starts[doc + 1] = starts[doc]! + list.length));
  const flat = new Int32Array(starts[lists.length]!);
  lists.forEach((list, doc) => list.forEach((neighbour, k) => (flat[starts[doc]! + k] = neighbour.doc)));
  const mark = new Int32Array(lists.length).fill(-1);
  return own.map((list, k) => {
    const doc = from + k;
    for (const { doc: other } of list) mark[other] = doc;
    return list
      .map(({ doc: other, score }) => {
        let shared = 0;
        for (let p = starts[other]!, end = starts[other + 1]!; p < end; p++) if (mark[flat[p]!] === doc) shared++;
        return { doc: other, similarity: score, score: score * (1 + (weight * shared) / size) };
      })
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  });
}

/** Everything the neighbour search and the final picks read, computed once from the articles and their analyses. */
export interface PreparedRelated {
  /** The articles in slug order: doc numbers index this list. */
  articles: RelatedInput[];
  languages: string[];
  group: number[];
  vectors: Vector[];
  surface: string[];
  count: number;
  search: NeighbourSearch;
}

/**
 * Sorts the articles, analyses those missing from `analysed` (kept analyses by slug, made with the same tuning) and
 * vectorises them all: what every part of a split computation needs.
 */
export function prepareRelated(
  input: readonly RelatedInput[],
  options: RelatedOptions,
  tuning: RelatedTuning = DEFAULT_TUNING,
  analysed: ReadonlyMap<string, ArticleTerms> = new Map(),
): PreparedRelated {
  const { count, minScore = DEFAULT_MIN_SCORE, sameLanguageOnly = true } = options;
  // Work in slug order so the output does not depend on the order articles were read in.
  const articles = [...input].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const languages = articles.map((article) => primaryLanguage(article.lang));
  const languageIds = new Map<string, number>();
  for (const lang of languages) if (!languageIds.has(lang)) languageIds.set(lang, languageIds.size);
  // Each language keeps its own document frequencies when links stay within a language.
  const group = languages.map((lang) => (sameLanguageOnly ? languageIds.get(lang)! : 0));
  const surface: string[] = [];
  const missing = articles.filter((article) => !analysed.has(article.slug));
  const fresh = new Map(analyseArticles(missing, tuning).map((terms, k) => [missing[k]!.slug, terms]));
  const terms = articles.map((article) => analysed.get(article.slug) ?? fresh.get(article.slug)!);
  const vectors = vectorise(terms, group, tuning, surface);
  const maxPinned = articles.reduce((max, article) => Math.max(max, article.pinned.length), 0);
  const search: NeighbourSearch = {
    keep: Math.max(tuning.neighbours, count + maxPinned),
    minScore,
    tags: articles.map((article) => new Set(article.tags.map(fold))),
  };
  return { articles, languages, group, vectors, surface, count, search };
}

/** The neighbours of docs `from` to `to` (exclusive): independent per doc, so parts can be searched apart. */
export function searchNeighbours(
  prepared: PreparedRelated,
  tuning: RelatedTuning = DEFAULT_TUNING,
  from = 0,
  to = prepared.articles.length,
): Neighbour[][] {
  const { articles, vectors, group, surface, search } = prepared;
  return findNeighbours(articles, vectors, group, surface.length, tuning, { ...search, from, to });
}

/**
 * The final picks and shortfalls of docs `from` to `to` (exclusive), from every doc's neighbours (in doc order):
 * re-ranking, pins and the cut.
 */
export function pickRelated(
  prepared: PreparedRelated,
  found: Neighbour[][],
  tuning: RelatedTuning = DEFAULT_TUNING,
  from = 0,
  to = prepared.articles.length,
): RelatedResult {
  const { articles, languages, group, vectors, surface, count } = prepared;
  const index = new Map(articles.map((article, position) => [article.slug, position]));
  const ranked = rerankBySharedNeighbours(found, tuning.sharedNeighbourWeight, tuning.neighbours, from, to);
  const groupSizes = new Map<number, number>();
  for (const g of group) groupSizes.set(g, (groupSizes.get(g) ?? 0) + 1);

  const picks = new Map<string, RelatedPick[]>();
  const shortfalls = new Map<string, RelatedShortfall>();
  for (let doc = from; doc < to; doc++) {
    const article = articles[doc]!;
    const list: RelatedPick[] = [];
    for (const slug of article.pinned) {
      const target = index.get(slug);
      // The caller passes published articles only; a pin to a draft waits until the draft is published.
      if (target === undefined || target === doc || list.some((pick) => pick.slug === slug)) continue;
      list.push({ slug, score: 0, pinned: true, sharedTerms: sharedTerms(vectors[doc]!, vectors[target]!, surface) });
    }
    const candidates = ranked[doc - from]!;
    // The cut is relative to the best similarity, capped so that a near-duplicate does not hide every other link.
    let best = 0;
    for (const candidate of candidates) best = Math.max(best, candidate.similarity);
    const cut = tuning.relativeCut * Math.min(best, tuning.relativeCutCap);
    let belowCut = 0;
    for (const candidate of candidates) {
      if (list.length >= count) break;
      const slug = articles[candidate.doc]!.slug;
      if (list.some((pick) => pick.slug === slug)) continue;
      if (candidate.similarity < cut) {
        belowCut++;
        continue;
      }
      list.push({
        slug,
        score: Math.round(candidate.score * 10_000) / 10_000,
        pinned: false,
        sharedTerms: sharedTerms(vectors[doc]!, vectors[candidate.doc]!, surface),
      });
    }
    picks.set(article.slug, list);
    if (list.length < count) {
      const peers = (groupSizes.get(group[doc]!) ?? 1) - 1;
      const reason =
        peers === 0
          ? 'alone-in-language'
          : peers < count
            ? 'few-in-language'
            : candidates.length === 0
              ? 'nothing-shared'
              : belowCut > 0
                ? 'below-relative-cut'
                : 'few-sharing';
      shortfalls.set(article.slug, {
        reason,
        language: languages[doc]!,
        peers,
        candidates: candidates.length,
      });
    }
  }
  return { picks, shortfalls };
}

/**
 * Computes up to `count` related articles for every article, and why some articles get fewer. `analysed` may hold
 * analyses kept from an earlier run (by slug, made with the same tuning); the other articles are analysed here.
 */
export function computeRelatedDetailed(
  input: readonly RelatedInput[],
  options: RelatedOptions,
  tuning: RelatedTuning = DEFAULT_TUNING,
  analysed: ReadonlyMap<string, ArticleTerms> = new Map(),
): RelatedResult {
  const prepared = prepareRelated(input, options, tuning, analysed);
  return pickRelated(prepared, searchNeighbours(prepared, tuning), tuning);
}

/** Computes up to `count` related articles for every article: pinned first, then the best computed matches. */
export function computeRelated(input: readonly RelatedInput[], options: RelatedOptions): Map<string, RelatedPick[]> {
  return computeRelatedDetailed(input, options).picks;
}

export { formatRelatedReport } from './report.ts';
