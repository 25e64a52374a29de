/**
 * Related articles computed from the text: TF-IDF vectors over each article's strongest terms (headline weighed
 * most, then standfirst, tags and body), cosine similarity found through an inverted index, a bonus for shared
 * tags and the same section, a mild preference for nearby dates, and a minimum score. Pure and deterministic.
 */
import { fold } from '../language/fold.ts';
import { primaryLanguage } from '../language/tags.ts';
import { analyseWord, forEachWrittenWord } from './tokenize.ts';
import type { RelatedInput, RelatedOptions, RelatedPick } from './types.ts';

export type { RelatedInput, RelatedOptions, RelatedPick } from './types.ts';

/** Field weights: the headline says most about what an article is about. */
const FIELD_WEIGHTS = { title: 3, description: 2, tags: 2, body: 1 } as const;
/** Strongest terms kept per article: enough to describe a topic, few enough to stay linear in the corpus size. */
const TOP_TERMS = 40;
/** Posting lists are cut to their strongest entries so very common terms cannot make the search quadratic. */
const MAX_POSTINGS = 150;
/**
 * Only the start of the body is read (about 500 words): news is written as an inverted pyramid, so the lead
 * says what the article is about, and the cost per article stays bounded however long it is.
 */
const BODY_CHARACTERS = 3_500;
/** Computed links need at least this many strong terms in common. */
const MIN_SHARED_TERMS = 2;
const TAG_BONUS = 0.1;
const SECTION_BONUS = 0.03;
/** Half-life-like scale of the date preference, in days; the exponent keeps it mild. */
const DATE_SCALE_DAYS = 365;
const DATE_EXPONENT = 0.1;
/** Default minimum score, chosen on the evaluation set (tests/fixtures/related-eval). */
export const DEFAULT_MIN_SCORE = 0.2;

interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

const DAY = 86_400_000;

/** Builds a weighted, L2-normalised vector of each article's strongest terms. */
function vectorise(articles: readonly RelatedInput[], surface: string[]): Vector[] {
  const termIds = new Map<string, number>();
  // Written word -> term ids, per language: each distinct spelling is folded, split and stemmed once.
  const caches = new Map<string, Map<string, Int32Array>>();
  let counts = new Float64Array(1 << 16);
  const docs = articles.map((article) => {
    const lang = primaryLanguage(article.lang);
    let cache = caches.get(lang);
    if (!cache) caches.set(lang, (cache = new Map<string, Int32Array>()));
    const seen: number[] = [];
    const add = (text: string, weight: number) =>
      forEachWrittenWord(text, (written) => {
        let ids = cache.get(written);
        if (ids === undefined) {
          ids = Int32Array.from(analyseWord(written, lang), (token) => {
            let id = termIds.get(token);
            if (id === undefined) {
              id = surface.length;
              termIds.set(token, id);
              surface.push(token);
            }
            return id;
          });
          cache.set(written, ids);
          if (surface.length > counts.length) {
            const grown = new Float64Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
        for (const id of ids) {
          if (counts[id] === 0) seen.push(id);
          counts[id]! += weight;
        }
      });
    add(article.title, FIELD_WEIGHTS.title);
    add(article.description ?? '', FIELD_WEIGHTS.description);
    add(article.tags.join(' '), FIELD_WEIGHTS.tags);
    add(article.body.slice(0, BODY_CHARACTERS), FIELD_WEIGHTS.body);
    const ids = Int32Array.from(seen);
    const tf = Float64Array.from(seen, (id) => counts[id]!);
    for (const id of seen) counts[id] = 0;
    return { ids, tf };
  });
  const df = new Uint32Array(surface.length);
  for (const { ids } of docs) for (const id of ids) df[id]! += 1;
  const total = articles.length;
  return docs.map(({ ids, tf }) => {
    const scored: [number, number][] = [];
    ids.forEach((id, k) => {
      // Terms found in a single article cannot link two articles.
      if (df[id]! >= 2) scored.push([id, (1 + Math.log(tf[k]!)) * Math.log(1 + total / df[id]!)]);
    });
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = scored.slice(0, TOP_TERMS);
    const norm = Math.sqrt(top.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    top.sort((a, b) => a[0] - b[0]);
    return {
      terms: Int32Array.from(top, ([id]) => id),
      weights: Float64Array.from(top, ([, weight]) => weight / norm),
    };
  });
}

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

/** Computes up to `count` related articles for every article: pinned first, then the best computed matches. */
export function computeRelated(input: readonly RelatedInput[], options: RelatedOptions): Map<string, RelatedPick[]> {
  const { count, minScore = DEFAULT_MIN_SCORE, sameLanguageOnly = true } = options;
  // Work in slug order so the output does not depend on the order articles were read in.
  const articles = [...input].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const index = new Map(articles.map((article, position) => [article.slug, position]));
  const surface: string[] = [];
  const vectors = vectorise(articles, surface);

  // Inverted index over the kept terms, each list cut to its strongest entries.
  const lists: { doc: number; weight: number }[][] = Array.from({ length: surface.length }, () => []);
  vectors.forEach((vector, doc) => {
    vector.terms.forEach((term, k) => lists[term]!.push({ doc, weight: vector.weights[k]! }));
  });
  const postings = lists.map((list) => {
    if (list.length > MAX_POSTINGS) {
      list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
      list.length = MAX_POSTINGS;
    }
    return {
      docs: Int32Array.from(list, (entry) => entry.doc),
      weights: Float64Array.from(list, (entry) => entry.weight),
    };
  });

  const languages = articles.map((article) => primaryLanguage(article.lang));
  const foldedTags = articles.map((article) => new Set(article.tags.map(fold)));
  const times = Float64Array.from(articles, (article) => article.date.getTime());
  const scores = new Float64Array(articles.length);
  const matches = new Uint16Array(articles.length);
  const result = new Map<string, RelatedPick[]>();

  articles.forEach((article, doc) => {
    const picks: RelatedPick[] = [];
    for (const slug of article.pinned) {
      const target = index.get(slug);
      // The caller passes published articles only; a pin to a draft waits until the draft is published.
      if (target === undefined || target === doc || picks.some((pick) => pick.slug === slug)) continue;
      picks.push({ slug, score: 0, pinned: true, sharedTerms: sharedTerms(vectors[doc]!, vectors[target]!, surface) });
    }

    const touched: number[] = [];
    const vector = vectors[doc]!;
    vector.terms.forEach((term, k) => {
      const weight = vector.weights[k]!;
      const { docs, weights } = postings[term]!;
      for (let p = 0; p < docs.length; p++) {
        const other = docs[p]!;
        if (matches[other] === 0) touched.push(other);
        scores[other]! += weight * weights[p]!;
        matches[other]! += 1;
      }
    });

    const candidates: { doc: number; score: number }[] = [];
    const keep = count + picks.length;
    for (const other of touched) {
      const cosine = scores[other]!;
      const sharedCount = matches[other]!;
      scores[other] = 0;
      matches[other] = 0;
      // The minimum applies to the text similarity itself (shared tags alone never make a link), and one shared
      // word is a coincidence, not a topic.
      if (cosine < minScore || sharedCount < MIN_SHARED_TERMS || other === doc) continue;
      if (sameLanguageOnly && languages[other] !== languages[doc]) continue;
      const tagsA = foldedTags[doc]!;
      const tagsB = foldedTags[other]!;
      let sharedTagCount = 0;
      for (const tag of tagsA) if (tagsB.has(tag)) sharedTagCount++;
      const tagUnion = tagsA.size + tagsB.size - sharedTagCount;
      const bonus =
        (tagUnion > 0 ? TAG_BONUS * (sharedTagCount / tagUnion) : 0) +
        (articles[other]!.section === article.section ? SECTION_BONUS : 0);
      const days = Math.abs(times[doc]! - times[other]!) / DAY;
      const score = (cosine + bonus) / Math.pow(1 + days / DATE_SCALE_DAYS, DATE_EXPONENT);
      // Keep only the best few (pinned ones may take slots): no full sort of every candidate.
      if (candidates.length < keep || score > candidates[candidates.length - 1]!.score) {
        candidates.push({ doc: other, score });
        if (candidates.length > keep * 4) {
          candidates.sort((a, b) => b.score - a.score || times[b.doc]! - times[a.doc]! || a.doc - b.doc);
          candidates.length = keep;
        }
      }
    }
    candidates.sort((a, b) => b.score - a.score || times[b.doc]! - times[a.doc]! || a.doc - b.doc);
    for (const candidate of candidates) {
      if (picks.length >= count) break;
      const slug = articles[candidate.doc]!.slug;
      if (picks.some((pick) => pick.slug === slug)) continue;
      picks.push({
        slug,
        score: Math.round(candidate.score * 10_000) / 10_000,
        pinned: false,
        sharedTerms: sharedTerms(vector, vectors[candidate.doc]!, surface),
      });
    }
    result.set(article.slug, picks);
  });
  return result;
}

export { formatRelatedReport } from './report.ts';
