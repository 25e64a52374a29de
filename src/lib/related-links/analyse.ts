/**
 * The per-article half of the related-links engine: each article's text analysed by its language's rules into its
 * distinct terms and their field-weighted counts. It depends on the article alone (no document frequencies), so a
 * build can keep it per article and analyse again only the articles that changed.
 */
import { primaryLanguage } from '../language/tags.ts';
import { analyseWord } from './tokenize.ts';
import type { RelatedTuning } from './tuning.ts';
import type { RelatedInput } from './types.ts';
import { WrittenWordTable } from './word-table.ts';

/** One article's analysed text: its distinct terms (stems, first seen first) and their field-weighted counts. */
export interface ArticleTerms {
  terms: string[];
  counts: number[];
  /** The weighted number of terms (the sum of `counts`, added in reading order). */
  length: number;
}

/** What the analysis reads of an article: an article whose fields are unchanged has the same analysis. */
export function analysedFields(article: RelatedInput, tuning: RelatedTuning): unknown {
  const { title, description, tags, body, lang } = article;
  return {
    title,
    description: description ?? '',
    tags,
    body: body.slice(0, tuning.bodyCharacters),
    lang: primaryLanguage(lang),
  };
}

/** Analyses articles: headline, standfirst, tags and the first `bodyCharacters` of the body, weighed by field. */
export function analyseArticles(articles: readonly RelatedInput[], tuning: RelatedTuning): ArticleTerms[] {
  // Within one call, terms get small ids: each distinct spelling is folded, split and stemmed once per language.
  const termIds = new Map<string, number>();
  const surface: string[] = [];
  const idOf = (token: string) => {
    let id = termIds.get(token);
    if (id === undefined) {
      id = surface.length;
      termIds.set(token, id);
      surface.push(token);
    }
    return id;
  };
  const tables = new Map<string, WrittenWordTable>();
  let counts = new Float64Array(1 << 12);
  const { fieldWeights, bodyCharacters } = tuning;
  return articles.map((article) => {
    const lang = primaryLanguage(article.lang);
    let table = tables.get(lang);
    if (!table) {
      table = new WrittenWordTable((written) => Int32Array.from(analyseWord(written, lang), idOf));
      tables.set(lang, table);
    }
    const seen: number[] = [];
    let length = 0;
    let weight = 0;
    const count = (ids: Int32Array) => {
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (id >= counts.length) {
          const grown = new Float64Array(Math.max(counts.length * 2, id + 1));
          grown.set(counts);
          counts = grown;
        }
        if (counts[id] === 0) seen.push(id);
        counts[id]! += weight;
        length += weight;
      }
    };
    const add = (text: string, fieldWeight: number, limit = text.length) => {
      weight = fieldWeight;
      table.scan(text, limit, count);
    };
    add(article.title, fieldWeights.title);
    add(article.description ?? '', fieldWeights.description);
    add(article.tags.join(', '), fieldWeights.tags);
    add(article.body, fieldWeights.body, bodyCharacters);
    const terms = new Array<string>(seen.length);
    const termCounts = new Array<number>(seen.length);
    for (let k = 0; k < seen.length; k++) {
      const id = seen[k]!;
      terms[k] = surface[id]!;
      termCounts[k] = counts[id]!;
      counts[id] = 0;
    }
    return { terms, counts: termCounts, length };
  });
}
