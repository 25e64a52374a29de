/** Formats one benchmark run as a Markdown section for bench/results.md, with the targets met or missed. */
import type { Phases } from './phases.ts';
import type { QueryFigures } from './search.ts';
import type { Sizes } from './measure.ts';

/** One build's figures. */
export interface BuildFigures {
  seconds: number;
  peakMB: number;
  phases: Phases;
  distBytes: number;
  distFiles: number;
}

/** Pages Astro rendered and pages it reused from the incremental cache. */
export interface Rendered {
  rendered: number;
  reused: number;
}

/** A rebuild on the same caches. */
export interface Rebuild {
  seconds: number;
  phases: Phases;
  rendered: Rendered;
}

/** Everything one run measured. */
export interface RunFigures {
  date: string;
  commit: string;
  machine: string;
  corpus: string;
  count: number;
  kiosque: BuildFigures;
  baseline: BuildFigures;
  baselineWarm: { seconds: number; phases: Phases };
  /** Wall time of Pagefind's CLI on Kiosque's cold dist/. */
  pagefindCli: number;
  /** Pages rendered and reused by the cold build. */
  cold: Rendered;
  unchanged: Rebuild;
  rebuild: Rebuild;
  added: Rebuild;
  page: { name: string; html: Sizes; css: Sizes; js: number };
  largestPage: { name: string; html: Sizes };
  siteCssBrotli: number;
  index: { bytes: number; files: number };
  searches: { kind: string; share: string; figures: QueryFigures }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const rendered = (pages: Rendered) => `${pages.rendered} / ${pages.reused}`;
const sizes = (size: Sizes) => `${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)}`;

const byKind = (kinds: Record<string, number>) =>
  Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');

function columns(figures: RunFigures): { phases: Phases }[] {
  const { kiosque, unchanged, rebuild, added, baseline, baselineWarm } = figures;
  return [kiosque, unchanged, rebuild, added, baseline, baselineWarm];
}

function phaseRow(label: string, key: keyof Phases, figures: RunFigures): string {
  return `| ${label} | ${columns(figures)
    .map((column) => s(column.phases[key]))
    .join(' | ')} |`;
}

function targets(figures: RunFigures): string[] {
  const ratio = figures.kiosque.seconds / figures.baseline.seconds;
  const typical = figures.searches[0]?.figures.bytes ?? 0;
  const related = figures.kiosque.phases.related;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const publish = figures.baselineWarm.seconds + figures.pagefindCli;
  const index = figures.kiosque.phases.pagefind ?? Infinity;
  const slowest = Math.max(figures.rebuild.seconds, figures.added.seconds);
  return [
    '| target (set for 10,000 articles) | measured | verdict at this size |',
    '| --- | --- | --- |',
    `| one article edited ≤ bare Astro warm + Pagefind CLI (${publish.toFixed(1)} s) | ${figures.rebuild.seconds.toFixed(1)} s | ${verdict(figures.rebuild.seconds <= publish)} |`,
    `| one article added ≤ bare Astro warm + Pagefind CLI (${publish.toFixed(1)} s) | ${figures.added.seconds.toFixed(1)} s | ${verdict(figures.added.seconds <= publish)} |`,
    `| one article edited or added ≤ 60 s (stretch 30 s) | ${slowest.toFixed(1)} s | ${verdict(slowest <= 60)}${slowest <= 30 ? ', stretch met' : ''} |`,
    `| rebuild with no change ≤ 30 s | ${figures.unchanged.seconds.toFixed(1)} s | ${verdict(figures.unchanged.seconds <= 30)} |`,
    `| search index step (cold) ≤ Pagefind CLI on the same dist/ (${figures.pagefindCli.toFixed(1)} s) | ${s(index)} | ${verdict(index <= figures.pagefindCli * 1000)} |`,
    `| full build ≤ 1.5 × bare Astro | ${ratio.toFixed(2)} × | ${verdict(ratio <= 1.5)} |`,
    `| peak memory < 2 GB | ${(figures.kiosque.peakMB / 1024).toFixed(2)} GB | ${verdict(figures.kiosque.peakMB < 2048)} |`,
    `| related links < 5 s | ${s(related)} | ${related === undefined ? 'not measured' : verdict(related < 5000)} |`,
    `| first search ≤ 150 KB | ${kb(typical)} | ${verdict(typical <= 150 * 1024)} |`,
  ];
}

/** The Markdown section for one run. */
export function formatRun(figures: RunFigures): string {
  const { kiosque, baseline, baselineWarm, unchanged, rebuild, added, count } = figures;
  return [
    `## ${figures.date} — ${count} articles — commit ${figures.commit}`,
    '',
    `Machine: ${figures.machine}. Corpus: ${figures.corpus}.`,
    '',
    '| build | Kiosque (cold) | Kiosque, no change | Kiosque, one article edited | Kiosque, one article added | bare Astro (cold) | bare Astro (warm) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| wall time | ${[kiosque, unchanged, rebuild, added, baseline, baselineWarm].map((column) => s(column.seconds * 1000)).join(' | ')} |`,
    `| pages rendered / reused from the cache | ${[figures.cold, unchanged.rendered, rebuild.rendered, added.rendered].map(rendered).join(' | ')} | | |`,
    `| peak memory (PSS, whole process tree) | ${kiosque.peakMB} MB | | | | ${baseline.peakMB} MB | |`,
    phaseRow('phase: startup and config', 'startup', figures),
    phaseRow('… of which the content check', 'check', figures),
    phaseRow('phase: content sync and Markdown rendering', 'sync', figures),
    phaseRow('phase: Vite bundles', 'vite', figures),
    phaseRow('phase: page generation (related links excluded)', 'pages', figures),
    phaseRow('phase: related links', 'related', figures),
    phaseRow('phase: Pagefind indexing', 'pagefind', figures),
    phaseRow('phase: other (sitemap, _headers, writing)', 'other', figures),
    phaseRow('… of which the _headers pass', 'headers', figures),
    `| dist/ size, files | ${mb(kiosque.distBytes)}, ${kiosque.distFiles} | | | | ${mb(baseline.distBytes)}, ${baseline.distFiles} | |`,
    '',
    `Pagefind's CLI on Kiosque's cold dist/: ${figures.pagefindCli.toFixed(1)} s. ` +
      `Kiosque / bare Astro (cold): wall time ${(kiosque.seconds / baseline.seconds).toFixed(2)} ×, peak memory ${(kiosque.peakMB / baseline.peakMB).toFixed(2)} ×. ` +
      `The edited-article rebuild took ${((rebuild.seconds / kiosque.seconds) * 100).toFixed(0)} % of the cold build.`,
    '',
    '| page weight | raw / gzip / brotli |',
    '| --- | --- |',
    `| article page HTML (median article, ${figures.page.name}) | ${sizes(figures.page.html)} |`,
    `| article page CSS | ${sizes(figures.page.css)} |`,
    `| article page HTML + CSS, brotli (budget 14 KB) | ${kb(figures.page.html.brotli + figures.page.css.brotli)} |`,
    `| largest article page HTML (${figures.largestPage.name}) | ${sizes(figures.largestPage.html)} |`,
    `| all site CSS, brotli (budget 8 KB) | ${kb(figures.siteCssBrotli)} |`,
    `| article page JavaScript | ${figures.page.js} bytes |`,
    `| Pagefind index | ${mb(figures.index.bytes)}, ${figures.index.files} files |`,
    '',
    '| first search, cold browser (/search/?q=) | fetched (of which /pagefind/) | requests | time to first results | results | fetched by kind |',
    '| --- | --- | --- | --- | --- | --- |',
    ...figures.searches.map(
      ({ kind, share, figures: query }) =>
        `| ${kind} “${query.query}” (in ${share} of bodies) | ${kb(query.bytes)} (${kb(query.pagefindBytes)}) | ${query.requests} | ${query.ms} ms | ${query.results} | ${byKind(query.byKind)} |`,
    ),
    '',
    ...targets(figures),
    '',
  ].join('\n');
}
