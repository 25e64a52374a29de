/**
 * Phases of a build, read from the lines Astro and Kiosque print: content sync (Markdown parsed and rendered into
 * the content cache), Vite bundling, page generation, related links, Pagefind indexing, and the rest.
 */
import { stripVTControlCharacters } from 'node:util';

/** Milliseconds spent in each phase; a phase the log does not show is undefined. */
export interface Phases {
  /** Process start, config and integrations setup: wall time minus Astro's own total and the indexing step. */
  startup: number | undefined;
  /** The content check before Astro reads the articles (part of startup). */
  check: number | undefined;
  /** Content layer sync: reading, parsing and rendering every Markdown file (Astro's "[types] Generated"). */
  sync: number | undefined;
  /** Vite server and client bundles. */
  vite: number | undefined;
  /** Generating static routes, related links excluded. */
  pages: number | undefined;
  related: number | undefined;
  pagefind: number | undefined;
  /** The _headers pass over every page (part of other). */
  headers: number | undefined;
  /** Everything else inside Astro's total (other build:done hooks: sitemap, _headers; writing). */
  other: number | undefined;
}

/** "972ms", "3.76s", "1m 2s" as milliseconds. */
function duration(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m)\b/g)) {
    total += Number(value) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
  }
  return Math.round(total);
}

function first(output: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(output);
  return match ? duration(match[1]!) : undefined;
}

/** Splits a build's wall time into phases, from its log. */
export function parsePhases(rawOutput: string, wallMs: number): Phases {
  // Astro colours its log when it thinks it writes to a terminal.
  const output = stripVTControlCharacters(rawOutput);
  const total = first(output, /\[build\] \d+ page\(s\) built in ([^\n]+)/);
  const sync = first(output, /\[types\] Generated ([^\n]+)/);
  const viteRuns = [...output.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].map((match) => duration(match[1]!));
  const vite = viteRuns.length > 0 ? viteRuns.reduce((sum, value) => sum + value, 0) : undefined;
  const generated = first(output, /generating static routes[\s\S]*?^(?:\d\d:\d\d:\d\d )?✓ Completed in ([^\n]+)/m);
  const related = first(output, /related links for \d+ articles in (\d+ ?ms)/);
  const pagefind = first(output, /search index: \d+ articles indexed in (\d+ ?ms)/);
  const check = first(output, /files checked in (\d+ ?ms)/);
  const headers = first(output, /_headers written \(CSP from \d+ pages(?:, \d+ read,)? in (\d+ ?ms)\)/);
  const pages = generated === undefined ? undefined : generated - (related ?? 0);
  // Pagefind runs after Astro has exited (npm run build's second step), outside Astro's total.
  const known = [sync, vite, generated].reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return {
    startup: total === undefined ? undefined : Math.max(0, Math.round(wallMs - total - (pagefind ?? 0))),
    check,
    sync,
    vite,
    pages,
    related,
    pagefind,
    headers,
    other: total === undefined ? undefined : Math.max(0, total - known),
  };
}

/** How many pages Astro rendered and how many it reused from the incremental cache, from its log. */
export function countRendered(rawOutput: string): { rendered: number; reused: number } {
  const output = stripVTControlCharacters(rawOutput);
  return {
    rendered: [...output.matchAll(/├─ \S+ \(\+/g)].length,
    reused: [...output.matchAll(/├─ \S+ \((?:cached|restored)\)/g)].length,
  };
}
