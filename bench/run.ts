/**
 * The site benchmark: generates N articles, builds them with Kiosque and with a bare Astro site, measures both,
 * measures search in Chromium, and appends the figures to bench/results.md.
 *
 *   npm run bench -- --articles 1000      (5000, 10000 documented; a 10k run takes about 15 minutes here)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus';
import { compressedSizes, folderSize, run, type RunResult } from './measure';
import { measureSearch, type SearchFigures } from './search';
import { EVAL_ARTICLES } from '../tests/fixtures/related-eval/articles';

// npm runs scripts from the project root.
const ROOT = process.cwd();
const TMP = join(ROOT, 'bench/tmp');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const count = Number(values.articles);

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function prepareCorpus(): string {
  const dir = join(TMP, `corpus-${count}/articles`);
  rmSync(join(TMP, `corpus-${count}`), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sampleDir = join(ROOT, 'content/articles');
  const french = readdirSync(sampleDir).map((file) => readFileSync(join(sampleDir, file), 'utf8').split(/^---$/m)[2] ?? '').join('\n');
  const english = EVAL_ARTICLES.filter((article) => article.lang === 'en').map((article) => `${article.title}. ${article.body}`).join('\n');
  for (const article of generateCorpus(count, french, english)) writeFileSync(join(dir, `${article.slug}.md`), article.markdown);
  return dir;
}

function buildKiosque(contentDir: string, outDir: string, cacheDir: string): Promise<RunResult> {
  return run('npm', ['run', 'build', '--silent'], {
    KIOSQUE_CONTENT_DIR: contentDir,
    KIOSQUE_OUT_DIR: outDir,
    KIOSQUE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  }, ROOT);
}

function buildBaseline(contentDir: string, outDir: string, cacheDir: string): Promise<RunResult> {
  const root = join(TMP, 'baseline');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ROOT, 'bench/baseline'), root, { recursive: true });
  return run(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', root, '--silent'], {
    KIOSQUE_CONTENT_DIR: contentDir,
    BASELINE_OUT_DIR: outDir,
    BASELINE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
  }, ROOT);
}

function phaseMs(output: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : undefined;
}

function check(result: RunResult, what: string): void {
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`${what} failed`);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  log(`generating ${count} articles`);
  const contentDir = prepareCorpus();
  const out = join(TMP, `dist-${count}`);
  const cache = join(TMP, `cache-${count}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });

  log('cold Kiosque build');
  const cold = await buildKiosque(contentDir, out, cache);
  check(cold, 'Kiosque build');
  log(`  ${cold.seconds.toFixed(1)} s, peak ${cold.peakMB} MB`);

  const edited = join(contentDir, readdirSync(contentDir).sort()[0]!);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nUne phrase ajoutée pour le benchmark.\n`);
  log('Kiosque build after editing one article');
  const warm = await buildKiosque(contentDir, out, cache);
  check(warm, 'second Kiosque build');
  log(`  ${warm.seconds.toFixed(1)} s`);

  const baselineOut = join(TMP, `baseline-dist-${count}`);
  const baselineCache = join(TMP, `baseline-cache-${count}`);
  rmSync(baselineOut, { recursive: true, force: true });
  rmSync(baselineCache, { recursive: true, force: true });
  log('cold bare-Astro baseline build');
  const baseline = await buildBaseline(contentDir, baselineOut, baselineCache);
  check(baseline, 'baseline build');
  log(`  ${baseline.seconds.toFixed(1)} s, peak ${baseline.peakMB} MB`);

  const related = phaseMs(cold.output, /related links for \d+ articles in (\d+) ms/);
  const pagefind = phaseMs(cold.output, /search index: \d+ articles indexed in (\d+) ms/);
  const dist = folderSize(out);
  const index = folderSize(join(out, 'pagefind'));
  const articleDir = join(out, 'articles', readdirSync(join(out, 'articles')).sort()[1]!);
  const html = readFileSync(join(articleDir, 'index.html'));
  const cssFiles = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1]!)));
  const jsFiles = [...html.toString().matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1]!)));
  const htmlSize = compressedSizes(html);
  const cssSize = compressedSizes(Buffer.concat(cssFiles));
  const jsSize = compressedSizes(Buffer.concat(jsFiles));

  log('search in Chromium');
  const search: SearchFigures = await measureSearch(out);

  const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const row = [
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${count} articles — commit ${commit}`,
    '',
    `Machine: ${machine}`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| Kiosque cold build (wall) | ${cold.seconds.toFixed(1)} s (${(count / cold.seconds).toFixed(0)} articles/s) |`,
    `| bare Astro cold build (wall) | ${baseline.seconds.toFixed(1)} s |`,
    `| ratio Kiosque / bare Astro | ${(cold.seconds / baseline.seconds).toFixed(2)} |`,
    `| phases: related links / Pagefind indexing / rest (content sync, rendering, pages) | ${related ?? '?'} ms / ${pagefind ?? '?'} ms / ${(cold.seconds * 1000 - (related ?? 0) - (pagefind ?? 0)).toFixed(0)} ms |`,
    `| peak memory, whole process tree: Kiosque / bare Astro | ${cold.peakMB} MB / ${baseline.peakMB} MB |`,
    `| second build after editing one article (content cache) | ${warm.seconds.toFixed(1)} s |`,
    `| dist/ size, files | ${(dist.bytes / 2 ** 20).toFixed(1)} MB, ${dist.files} files |`,
    `| Pagefind index size, files | ${(index.bytes / 2 ** 20).toFixed(1)} MB, ${index.files} files |`,
    `| article page HTML raw / gzip / brotli | ${kb(htmlSize.raw)} / ${kb(htmlSize.gzip)} / ${kb(htmlSize.brotli)} |`,
    `| article page CSS raw / gzip / brotli | ${kb(cssSize.raw)} / ${kb(cssSize.gzip)} / ${kb(cssSize.brotli)} |`,
    `| article page JavaScript | ${jsSize.raw} bytes |`,
    `| first search, typical query “${search.typical.query}”: bytes fetched / time to first results | ${kb(search.typical.bytes)} / ${search.typical.ms} ms (${search.typical.results} results) |`,
    `| first search, broad query “${search.broad.query}”: bytes fetched / time to first results | ${kb(search.broad.bytes)} / ${search.broad.ms} ms (${search.broad.results} results) |`,
    '',
  ].join('\n');
  const results = join(ROOT, 'bench/results.md');
  if (!existsSync(results)) writeFileSync(results, '# Benchmark results\n\nAppended by `npm run bench`. Newest last.\n\n');
  appendFileSync(results, `${row}\n`);
  console.log(row);
}

await main();
