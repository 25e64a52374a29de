/**
 * Reuses the last build's related links when nothing the engine reads has changed: its inputs, its options and its
 * own source code. The result is kept in Astro's cache folder (`kiosque-related.json`); a missing, unreadable or
 * stale file means a full computation, never a wrong answer.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../lib/incremental/page-keys.ts';
import type {
  RelatedInput,
  RelatedOptions,
  RelatedPick,
  RelatedResult,
  RelatedShortfall,
} from '../lib/related-links/types.ts';

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

/** The picks (and shortfalls) for `inputs`: read back from `cacheDir` when the key matches, else computed and stored. */
export function reuseOrComputeRelated(
  inputs: readonly RelatedInput[],
  options: RelatedOptions,
  compute: (inputs: readonly RelatedInput[], options: RelatedOptions) => RelatedResult,
  cacheDir: string,
): RelatedResult & { reused: boolean } {
  const key = digest({ inputs, options, engine: ENGINE_SOURCES });
  const file = join(cacheDir, FILE);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.key === key)
      return { picks: new Map(stored.picks), shortfalls: new Map(stored.shortfalls), reused: true };
  } catch {
    // No usable previous result: compute.
  }
  const { picks, shortfalls } = compute(inputs, options);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ key, picks: [...picks], shortfalls: [...shortfalls] } satisfies Stored));
  return { picks, shortfalls, reused: false };
}
