/**
 * Related links for the whole site, computed once per build from the published articles.
 */
import { SITE } from './site-config.ts';
import { getCacheDir } from '../config.ts';
import {
  computeRelatedDetailed,
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
  const started = performance.now();
  const { picks, shortfalls, reused } = reuseOrComputeRelated(
    inputs,
    { count: SITE.relatedCount },
    (all, options) => computeRelatedDetailed(all, options),
    getCacheDir(),
  );
  console.info(
    `[kiosque] related links for ${inputs.length} articles in ${Math.round(performance.now() - started)} ms${reused ? ' (reused from the last build)' : ''}`,
  );
  return { inputs, picks, shortfalls };
}
