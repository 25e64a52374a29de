/**
 * `npm run lighthouse`: Lighthouse's default audit (mobile: a mid-range phone on simulated slow 4G) of the home page
 * and the seed article of the built site, in Debian's Chromium. The site is served on loopback with gzip, as any
 * static host serves it. Prints the four scores of each page and appends them to bench/results.md.
 *
 *   npm run build && npm run lighthouse
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const PAGES = { home: '/', article: '/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic(DIST, { gzip: true });
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROMIUM_ARGS,
});
const rows: string[] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
    // A score below 100 is only useful with the audits that cost points.
    const failing = Object.values(audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual',
      )
      .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
    console.log(`${name} ${path}: ${CATEGORIES.map((category, index) => `${category} ${scores[index]}`).join(', ')}`);
    if (failing.length > 0) console.log(`  audits below full marks: ${failing.join(', ')}`);
    const lcp = audits['largest-contentful-paint']?.displayValue ?? '?';
    const tbt = audits['total-blocking-time']?.displayValue ?? '?';
    const cls = audits['cumulative-layout-shift']?.displayValue ?? '?';
    rows.push(`| ${name} \`${path}\` | ${scores.join(' | ')} | ${lcp} | ${tbt} | ${cls} |`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
appendFileSync(
  join(ROOT, 'bench/results.md'),
  [
    '',
    `## ${when} UTC — Lighthouse (mobile defaults) on the sample site — commit ${commit}`,
    '',
    `Lighthouse ${lighthouseVersion()}, Chromium from \`${process.env.CHROME_PATH ?? '/usr/bin/chromium'}\`, site served on loopback with gzip.`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP (simulated) | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
);
console.log('Appended to bench/results.md');

/** The installed Lighthouse version, from its package.json. */
function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string })
    .version;
}
