/**
 * Related links for the whole site, computed once per build from the published articles.
 */
import { SITE } from './site-config.ts';
import { getCacheDir } from '../config.ts';
import type { RelatedPick, RelatedShortfall } from '../lib/related-links/index.ts';
import { engineKey, reuseOrComputeRelated } from './related-cache.ts';
import { DEFAULT_PARTS, startRelatedWorkers, type RelatedSource, type RelatedWorkers } from './related-parallel.ts';
import type { SiteArticle } from './site-article.ts';

/** The engine's input and output, kept for the editors' report. */
export interface SiteRelated {
  inputs: RelatedSource[];
  picks: Map<string, RelatedPick[]>;
  /** Articles with fewer links than asked for, and why. */
  shortfalls: Map<string, RelatedShortfall>;
}

let early: { workers: RelatedWorkers; at: number } | undefined;

/**
 * Starts the related-links workers ahead of the computation: they read the analyses kept by the last build while
 * the build loads its content.
 */
export function startSiteRelated(): void {
  early ??= { workers: startRelatedWorkers(getCacheDir(), engineKey()), at: performance.now() };
}

/**
 * Runs the related-links engine over the published articles in worker threads (or reuses the last build's picks
 * when no input changed) and logs how long it took.
 */
export async function computeSiteRelated(published: readonly SiteArticle[]): Promise<SiteRelated> {
  // Timed from here, where the build starts waiting: the keys of every body are part of the cost.
  const started = performance.now();
  startSiteRelated();
  const { workers, at } = early!;
  early = undefined;
  const slugs = new Set(published.map((article) => article.slug));
  const inputs = published.map((article) => ({
    slug: article.slug,
    title: article.title,
    ...(article.description !== undefined && { description: article.description }),
    markdown: article.body,
    tags: article.tags,
    section: article.section,
    lang: article.lang,
    date: article.date,
    // A pinned draft or future article is skipped until it is published (the content check rejects unknown slugs).
    pinned: article.related.filter((slug) => slugs.has(slug)),
  }));
  const { picks, shortfalls, reused, analysed } = await reuseOrComputeRelated(
    inputs,
    { count: SITE.relatedCount },
    (job) => workers.run(job),
    getCacheDir(),
  );
  if (reused) void workers.close();
  const ended = performance.now();
  const how = reused
    ? 'reused from the last build'
    : `${analysed} analysed, ${inputs.length - analysed} read back, ${DEFAULT_PARTS} worker threads started ` +
      `${Math.round(started - at)} ms earlier`;
  console.info(`[kiosque] related links for ${inputs.length} articles in ${Math.round(ended - started)} ms (${how})`);
  return { inputs, picks, shortfalls };
}
