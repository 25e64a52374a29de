/**
 * Reuses the last build's related links when nothing the engine reads has changed: its inputs, its options and its
 * own source code. The result is kept in Astro's cache folder (`kiosque-related.json`); a missing, unreadable or
 * stale file means a full computation, never a wrong answer. When something changed, the computation still reuses
 * each unchanged article's analysis (./related-terms-cache.ts): only the changed articles are read again, and the
 * corpus-wide weighting and neighbour search run in full, so the picks are exactly those of a cold build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../lib/incremental/page-keys.ts';
import { analyseArticles, analysedFields, DEFAULT_TUNING, type ArticleTerms } from '../lib/related-links/index.ts';
import type {
  RelatedInput,
  RelatedOptions,
  RelatedPick,
  RelatedResult,
  RelatedShortfall,
} from '../lib/related-links/types.ts';
import { readArticleTerms, writeArticleTerms } from './related-terms-cache.ts';

// The engine's source text is part of the key, so a change to the engine (or to the text folding it uses) is never
// answered with picks made by the previous version.
const ENGINE_SOURCES = import.meta.glob(['../lib/related-links/**/*.ts', '../lib/language/**/*.ts', '../lib/text.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const FILE = 'kiosque-related.json';

/** The source files whose text is part of the key. */
export function engineSourceFiles(): string[] {
  return Object.keys(ENGINE_SOURCES).sort();
}

interface Stored {
  key: string;
  picks: [string, RelatedPick[]][];
  shortfalls: [string, RelatedShortfall][];
}

/** How a result was obtained: reused whole, or computed with some articles analysed again. */
export interface RelatedReuse {
  reused: boolean;
  /** Articles analysed in this run (the others' analyses were read back); 0 when the result was reused. */
  analysed: number;
}

/** The picks (and shortfalls) for `inputs`: read back from `cacheDir` when the key matches, else computed and stored. */
export function reuseOrComputeRelated(
  inputs: readonly RelatedInput[],
  options: RelatedOptions,
  compute: (
    inputs: readonly RelatedInput[],
    options: RelatedOptions,
    analysed: ReadonlyMap<string, ArticleTerms>,
  ) => RelatedResult,
  cacheDir: string,
): RelatedResult & RelatedReuse {
  const engine = digest(ENGINE_SOURCES);
  // One key per article for what its analysis reads, then one for everything the engine reads.
  const articleKeys = inputs.map((input) => digest(analysedFields(input, DEFAULT_TUNING)));
  const key = digest({
    articles: inputs.map(({ slug, section, lang, date, pinned }, k) => [
      slug,
      articleKeys[k],
      section,
      lang,
      date,
      pinned,
    ]),
    options,
    engine,
  });
  const file = join(cacheDir, FILE);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.key === key)
      return { picks: new Map(stored.picks), shortfalls: new Map(stored.shortfalls), reused: true, analysed: 0 };
  } catch {
    // No usable previous result: compute.
  }
  const kept = readArticleTerms(cacheDir, engine);
  // Articles with the same fields share one analysis.
  const missing = new Map<string, RelatedInput>();
  inputs.forEach((input, k) => {
    if (!kept.has(articleKeys[k]!)) missing.set(articleKeys[k]!, input);
  });
  const fresh = analyseArticles([...missing.values()], DEFAULT_TUNING);
  const byKey = new Map<string, ArticleTerms>();
  [...missing.keys()].forEach((articleKey, k) => byKey.set(articleKey, fresh[k]!));
  const bySlug = new Map<string, ArticleTerms>();
  inputs.forEach((input, k) => {
    const articleKey = articleKeys[k]!;
    const terms = byKey.get(articleKey) ?? kept.get(articleKey)!;
    byKey.set(articleKey, terms);
    bySlug.set(input.slug, terms);
  });
  const { picks, shortfalls } = compute(inputs, options, bySlug);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ key, picks: [...picks], shortfalls: [...shortfalls] } satisfies Stored));
  if (missing.size > 0 || kept.size !== byKey.size) writeArticleTerms(cacheDir, engine, byKey);
  return { picks, shortfalls, reused: false, analysed: missing.size };
}
