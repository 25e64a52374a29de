/**
 * Related links for the whole site, computed once per build from the published articles.
 */
import { SITE } from './site-config.ts';
import { getCacheDir } from '../config.ts';
import {
  computeRelatedDetailed,
  DEFAULT_TUNING,
  type RelatedInput,
  type RelatedPick,
  type RelatedShortfall,
} from '../lib/related-links/index.ts';
import { markdownToPlainText } from '../lib/text.ts';
import { reuseOrComputeRelated } from './related-cache.ts';
import type { SiteArticle } from './site-article.ts';

/** The engine's input and output, kept for the editors' report. */
export interface SiteRelated {
  inputs: RelatedInput[];
  picks: Map<string, RelatedPick[]>;
  /** Articles with fewer links than asked for, and why. */
  shortfalls: Map<string, RelatedShortfall>;
}

/**
 * Runs the related-links engine over the published articles (or reuses the last build's picks when no input changed)
 * and logs how long it took.
 */
export function computeSiteRelated(published: readonly SiteArticle[]): SiteRelated {
  // Timed from here: the plain text of every body is part of the cost.
  const started = performance.now();
  const slugs = new Set(published.map((article) => article.slug));
  const inputs = published.map((article) => ({
    slug: article.slug,
    title: article.title,
    ...(article.description !== undefined && { description: article.description }),
    body: markdownToPlainText(article.body),
    tags: article.tags,
    section: article.section,
    lang: article.lang,
    date: article.date,
    // A pinned draft or future article is skipped until it is published (the content check rejects unknown slugs).
    pinned: article.related.filter((slug) => slugs.has(slug)),
  }));
  const { picks, shortfalls, reused, analysed } = reuseOrComputeRelated(
    inputs,
    { count: SITE.relatedCount },
    (all, options, kept) => computeRelatedDetailed(all, options, DEFAULT_TUNING, kept),
    getCacheDir(),
  );
  const how = reused ? 'reused from the last build' : `${analysed} analysed, ${inputs.length - analysed} read back`;
  console.info(
    `[kiosque] related links for ${inputs.length} articles in ${Math.round(performance.now() - started)} ms (${how})`,
  );
  return { inputs, picks, shortfalls };
}
