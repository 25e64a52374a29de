/**
 * Reuses the last build's related links when nothing the engine reads has changed: its inputs, its options and its
 * own source code. The result is kept in Astro's cache folder (`kiosque-related.json`); a missing, unreadable or
 * stale file means a full computation, never a wrong answer. When something changed, the computation still reuses
 * each unchanged article's analysis (./related-terms-cache.ts, read by the workers of ./related-parallel.ts): only
 * the changed articles are read again, and the corpus-wide weighting and neighbour search run in full, so the picks
 * are exactly those of a cold build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../lib/incremental/page-keys.ts';
import type { RelatedOptions, RelatedPick, RelatedResult, RelatedShortfall } from '../lib/related-links/types.ts';
import { sourceFields, type RelatedJob, type RelatedSource } from './related-parallel.ts';

// The engine's source text is part of the key, so a change to the engine (or to the text folding it uses) is never
// answered with picks made by the previous version.
const ENGINE_SOURCES = import.meta.glob(
  ['../lib/related-links/**/*.ts', '../lib/language/**/*.ts', '../lib/text.ts', './related-worker.ts'],
  { query: '?raw', import: 'default', eager: true },
);

const FILE = 'kiosque-related.json';

let engine: string | undefined;

/** The key of the engine's source code. */
export function engineKey(): string {
  engine ??= digest(ENGINE_SOURCES);
  return engine;
}

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

/**
 * The picks (and shortfalls) for `sources`: read back from `cacheDir` when the key matches, else computed by
 * `compute` (which reads and stores the kept analyses itself) and stored.
 */
export async function reuseOrComputeRelated(
  sources: readonly RelatedSource[],
  options: RelatedOptions,
  compute: (job: RelatedJob) => Promise<RelatedResult & { analysed: number }>,
  cacheDir: string,
): Promise<RelatedResult & RelatedReuse> {
  const engine = engineKey();
  // One key per article for what its analysis reads, then one for everything the engine reads.
  const keys = sources.map((source) => digest(sourceFields(source)));
  const key = digest({
    articles: sources.map(({ slug, section, lang, date, pinned }, k) => [slug, keys[k], section, lang, date, pinned]),
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
  const { picks, shortfalls, analysed } = await compute({ sources, keys, options, cacheDir, engine });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ key, picks: [...picks], shortfalls: [...shortfalls] } satisfies Stored));
  return { picks, shortfalls, reused: false, analysed };
}
