/**
 * Search alone at scale, without a site build: generates N articles, writes their pages with the article layout's
 * search markup (bench/search-pages.ts) next to the search page of the last `npm run build`, runs the build's own
 * index step on them, then measures first searches in a cold Chromium and appends the figures to bench/results.md.
 *
 *   npm run build && npm run bench:search -- --articles 10000
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './corpus.ts';
import { run } from './measure.ts';
import { readCorpusSources } from './sources.ts';
import { chooseQueries } from './queries.ts';
import { measureSearch, type QueryFigures } from './search.ts';
import { renderArticlePage } from './search-pages.ts';
import { writeVocabulary } from '../src/lib/search/write-vocabulary.ts';
import { planSiteIndex } from '../src/lib/search/index-parts.ts';
import { SITE } from '../src/config.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    from: { type: 'string', default: 'dist' },
    // Keep the pages and index of the previous run (indexing 10,000 articles takes minutes): only the search page
    // and the vocabulary are refreshed.
    reuse: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 10)
  throw new Error(`--articles must be a whole number ≥ 10, not ${values.articles}`);
const built = join(ROOT, values.from);
if (!existsSync(join(built, 'search/index.html')))
  throw new Error(`${built} has no search page: run npm run build first`);
const log = (message: string) => console.log(`[bench:search] ${new Date().toISOString().slice(11, 19)} ${message}`);

log(`generating ${count} articles`);
const corpus = generateCorpus(count, readCorpusSources(ROOT));
const out = join(ROOT, `bench/tmp/search-${count}`);
let indexing = 'reused from the previous run';
if (values.reuse && existsSync(join(out, 'pagefind'))) {
  for (const part of ['search', '_astro']) {
    rmSync(join(out, part), { recursive: true, force: true });
    cpSync(join(built, part), join(out, part), { recursive: true });
  }
  writeVocabulary(out);
} else {
  rmSync(out, { recursive: true, force: true });
  for (const article of corpus.articles) {
    mkdirSync(join(out, 'articles', article.slug), { recursive: true });
    writeFileSync(join(out, 'articles', article.slug, 'index.html'), renderArticlePage(article));
  }
  for (const part of ['index.html', 'search', '_astro'])
    cpSync(join(built, part), join(out, part), { recursive: true });
  log('indexing');
  const result = await run(
    'node',
    ['src/cli/index-search.ts'],
    { PATH: process.env.PATH ?? '', KIOSQUE_OUT_DIR: out },
    ROOT,
  );
  if (result.status !== 0) throw new Error(`index step failed:\n${result.output}`);
  const split = /split: (\d+) articles since (\d+), (\d+) before \(archive, (\d+) parts\)/.exec(result.output);
  indexing = `indexed by the build's index step in ${result.seconds.toFixed(1)} s${split ? ` (${split[1]} articles since ${split[2]} in the first index, ${split[3]} in ${split[4]} archive parts)` : ''}`;
  log(indexing);
}

// The search page comes from the sample site's build, which is too small to be split: give it the year this corpus
// is split at and its archive parts, as a build of these articles would (src/data/search-page.ts and the index step
// use the same rule).
const { since, archiveFolders: archive } = planSiteIndex(out, SITE.timeZone, SITE.searchSplit);
if (since !== undefined) {
  const page = join(out, 'search/index.html');
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(
      'data-search ',
      `data-search data-archive-since="${since}" data-archive-parts="${archive.join(' ')}" `,
    ),
  );
}

const { typical, broad } = chooseQueries(corpus.documentFrequency, count);
// A typo no article contains: the typical word with two letters swapped, so the page has to correct it.
const typo = `${typical.query.slice(0, 2)}${typical.query[3]}${typical.query[2]}${typical.query.slice(4)}`;
log(`searching “${typical.query}”, “${broad.query}”, “${typo}”`);
const figures = await measureSearch(out, [typical.query, broad.query, typo]);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);
const pagefindDir = join(out, 'pagefind');
const sizeOf = (pattern: RegExp) =>
  files(pagefindDir)
    .filter((file) => pattern.test(file))
    .reduce((sum, file) => sum + statSync(join(pagefindDir, file)).size, 0);
const vocabularyFile = files(pagefindDir).find((file) => /vocabulary/.test(file));
const vocabulary = vocabularyFile ? readFileSync(join(pagefindDir, vocabularyFile)) : undefined;
const row = (label: string, result: QueryFigures) =>
  `| ${label} | ${kb(result.bytes)} (${kb(result.pagefindBytes)}) | ${result.requests} | ${result.ms} ms | ${result.results} | ${Object.entries(
    result.byKind,
  )
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ')} |`;
const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
const dirty = execSync('git status --porcelain -- src', { cwd: ROOT }).toString().trim()
  ? ' (+ uncommitted changes)'
  : '';
const section = [
  `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — search only, ${count} articles — commit ${commit}${dirty}`,
  '',
  `\`npm run bench:search\`: generated pages with the article layout's search markup, ${indexing}. ` +
    `Index metadata files (pf_meta) ${kb(sizeOf(/\.pf_meta$/))} in all; vocabulary file ${vocabulary ? `${kb(vocabulary.length)} raw, ${kb(gzipSync(vocabulary).length)} gzip` : 'none'}.`,
  '',
  '| first search, cold browser (/search/?q=) | fetched (of which /pagefind/) | requests | time to first results | results | fetched by kind |',
  '| --- | --- | --- | --- | --- | --- |',
  row(`typical “${typical.query}”`, figures[0]!),
  row(`broad “${broad.query}”`, figures[1]!),
  row(`typo “${typo}” (corrected)`, figures[2]!),
  '',
].join('\n');
appendFileSync(join(ROOT, 'bench/results.md'), `${section}\n`);
console.log(`\n${section}`);
