/**
 * Related links for the whole site, computed once per build from the published articles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from './site-config.ts';
import { getCacheDir } from '../config.ts';
import type { RelatedPick, RelatedShortfall } from '../lib/related-links/index.ts';
import { digest } from '../lib/incremental/page-keys.ts';
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
let articlesKey: string | undefined;

/** Names the articles (slug and content digest) the last result was computed or reused for, in the cache folder. */
const ARTICLES_FILE = 'kiosque-related-articles.txt';

function readLastArticles(): string | undefined {
  try {
    return readFileSync(join(getCacheDir(), ARTICLES_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Starts the related-links workers ahead of the computation: they read the analyses kept by the last build while
 * the build loads its content. Given the articles (slug and digest of each file), it does not when they are those of
 * the last build: its result is then most likely reused whole, and the workers (seconds of CPU reading analyses at
 * 10,000 articles) start only if it is not.
 */
export function startSiteRelated(articles?: readonly (readonly [string, string])[]): void {
  if (early) return;
  if (articles) {
    articlesKey = digest({ engine: engineKey(), articles });
    if (readLastArticles() === articlesKey) return;
  }
  early = { workers: startRelatedWorkers(getCacheDir(), engineKey()), at: performance.now() };
}

/**
 * Runs the related-links engine over the published articles in worker threads (or reuses the last build's picks
 * when no input changed) and logs how long it took.
 */
export async function computeSiteRelated(published: readonly SiteArticle[]): Promise<SiteRelated> {
  // Timed from here, where the build starts waiting: the keys of every body are part of the cost.
  const started = performance.now();
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
    (job) => {
      startSiteRelated();
      return early!.workers.run(job);
    },
    getCacheDir(),
  );
  const current = early;
  early = undefined;
  if (reused) void current?.workers.close();
  if (articlesKey !== undefined && readLastArticles() !== articlesKey) {
    writeFileSync(join(getCacheDir(), ARTICLES_FILE), articlesKey);
  }
  const ended = performance.now();
  const startedAt = current ? Math.max(0, Math.round(started - current.at)) : 0;
  const how = reused
    ? 'reused from the last build'
    : `${analysed} analysed, ${inputs.length - analysed} read back, ${DEFAULT_PARTS} worker threads started ` +
      (startedAt > 0 ? `${startedAt} ms earlier` : 'then');
  console.info(`[kiosque] related links for ${inputs.length} articles in ${Math.round(ended - started)} ms (${how})`);
  return { inputs, picks, shortfalls };
}
