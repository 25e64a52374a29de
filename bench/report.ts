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

/** Everything one run measured. */
export interface RunFigures {
  date: string;
  commit: string;
  machine: string;
  corpus: string;
  count: number;
  kiosque: BuildFigures;
  baseline: BuildFigures;
  rebuild: { seconds: number; phases: Phases };
  page: { name: string; html: Sizes; css: Sizes; js: number };
  largestPage: { name: string; html: Sizes };
  siteCssBrotli: number;
  index: { bytes: number; files: number };
  searches: { kind: string; share: string; figures: QueryFigures }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const sizes = (size: Sizes) => `${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)}`;

const byKind = (kinds: Record<string, number>) =>
  Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');

function phaseRow(label: string, key: keyof Phases, figures: RunFigures): string {
  return `| ${label} | ${s(figures.kiosque.phases[key])} | ${s(figures.baseline.phases[key])} | ${s(figures.rebuild.phases[key])} |`;
}

function targets(figures: RunFigures): string[] {
  const ratio = figures.kiosque.seconds / figures.baseline.seconds;
  const typical = figures.searches[0]?.figures.bytes ?? 0;
  const related = figures.kiosque.phases.related;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    '| target (set for 10,000 articles) | measured | verdict at this size |',
    '| --- | --- | --- |',
    `| full build ≤ 1.5 × bare Astro | ${ratio.toFixed(2)} × | ${verdict(ratio <= 1.5)} |`,
    `| peak memory < 2 GB | ${(figures.kiosque.peakMB / 1024).toFixed(2)} GB | ${verdict(figures.kiosque.peakMB < 2048)} |`,
    `| related links < 5 s | ${s(related)} | ${related === undefined ? 'not measured' : verdict(related < 5000)} |`,
    `| first search ≤ 150 KB | ${kb(typical)} | ${verdict(typical <= 150 * 1024)} |`,
  ];
}

/** The Markdown section for one run. */
export function formatRun(figures: RunFigures): string {
  const { kiosque, baseline, rebuild, count } = figures;
  return [
    `## ${figures.date} — ${count} articles — commit ${figures.commit}`,
    '',
    `Machine: ${figures.machine}. Corpus: ${figures.corpus}.`,
    '',
    '| build | Kiosque (cold) | bare Astro (cold) | Kiosque, one article edited |',
    '| --- | --- | --- | --- |',
    `| wall time | ${s(kiosque.seconds * 1000)} | ${s(baseline.seconds * 1000)} | ${s(rebuild.seconds * 1000)} |`,
    `| articles per second | ${(count / kiosque.seconds).toFixed(1)} | ${(count / baseline.seconds).toFixed(1)} | ${(count / rebuild.seconds).toFixed(1)} |`,
    `| peak memory (PSS, whole process tree) | ${kiosque.peakMB} MB | ${baseline.peakMB} MB | |`,
    phaseRow('phase: startup and config', 'startup', figures),
    phaseRow('phase: content sync and Markdown rendering', 'sync', figures),
    phaseRow('phase: Vite bundles', 'vite', figures),
    phaseRow('phase: page generation (related links excluded)', 'pages', figures),
    phaseRow('phase: related links', 'related', figures),
    phaseRow('phase: Pagefind indexing', 'pagefind', figures),
    phaseRow('phase: other (sitemap, _headers, writing)', 'other', figures),
    `| dist/ size, files | ${mb(kiosque.distBytes)}, ${kiosque.distFiles} | ${mb(baseline.distBytes)}, ${baseline.distFiles} | |`,
    '',
    `Kiosque / bare Astro: wall time ${(kiosque.seconds / baseline.seconds).toFixed(2)} ×, peak memory ${(kiosque.peakMB / baseline.peakMB).toFixed(2)} ×. ` +
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
