/**
 * The site benchmark: generates N articles, builds them with Kiosque and with a bare Astro site (cold, then warm),
 * runs Pagefind's CLI on Kiosque's pages, rebuilds Kiosque with no change, after one article is edited and after one
 * is added, measures search in Chromium and appends the figures to bench/results.md.
 *
 *   npm run bench -- --articles 1000      (1000, 5000 and 10000 are the documented sizes)
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_BUILD_DATE, generateCorpus } from './corpus.ts';
import { compressedSizes, folderSize, run, type RunResult } from './measure.ts';
import { countRendered, parsePhases } from './phases.ts';
import { chooseQueries } from './queries.ts';
import { formatRun, type BuildFigures } from './report.ts';
import { measureSearch } from './search.ts';
import { readCorpusSources } from './sources.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/tmp');
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, 'reuse-baseline': { type: 'boolean', default: false } },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 10)
  throw new Error(`--articles must be a whole number ≥ 10, not ${values.articles}`);

const log = (message: string) => console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${message}`);
const env = {
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
};

/** Writes the corpus; returns its folder, a description and the queries to measure. */
function writeCorpus() {
  const corpus = generateCorpus(count, readCorpusSources(ROOT));
  const dir = join(TMP, `corpus-${count}/articles`);
  rmSync(join(TMP, `corpus-${count}`), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of corpus.articles) writeFileSync(join(dir, `${article.slug}.md`), article.markdown);
  const bytes = corpus.articles.reduce((sum, article) => sum + Buffer.byteLength(article.markdown), 0);
  const bySize = [...corpus.articles].sort(
    (a, b) => a.markdown.length - b.markdown.length || (a.slug < b.slug ? -1 : 1),
  );
  const description = `generator v2, seed 7, ${count} articles, ${(bytes / 2 ** 20).toFixed(1)} MB of Markdown, ${corpus.documentFrequency.size} distinct words`;
  return {
    dir,
    description,
    median: bySize[bySize.length >> 1]!.slug,
    largest: bySize.at(-1)!.slug,
    ...chooseQueries(corpus.documentFrequency, count),
  };
}

function fresh(...dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

const runFile = (what: string) => join(TMP, `run-${count}-${what.replace(/\W+/g, '-')}.json`);

function checked(result: RunResult, what: string): RunResult {
  // Each build's log is kept for a closer look (phases, pages rendered), with its figures for --reuse-baseline.
  writeFileSync(join(TMP, `log-${count}-${what.replace(/\W+/g, '-')}.txt`), result.output);
  writeFileSync(runFile(what), JSON.stringify(result));
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`${what} failed (exit ${result.status})`);
  }
  log(`${what}: ${result.seconds.toFixed(1)} s, peak ${result.peakMB} MB`);
  return result;
}

function figures(result: RunResult, out: string): BuildFigures {
  const dist = folderSize(out);
  return {
    seconds: result.seconds,
    peakMB: result.peakMB,
    phases: parsePhases(result.output, result.seconds * 1000),
    distBytes: dist.bytes,
    distFiles: dist.files,
  };
}

/** Kiosque's own build command, on the generated corpus. */
function buildKiosque(contentDir: string, out: string, cache: string): Promise<RunResult> {
  const vars = {
    ...env,
    KIOSQUE_CONTENT_DIR: contentDir,
    KIOSQUE_OUT_DIR: out,
    KIOSQUE_CACHE_DIR: cache,
    KIOSQUE_BUILD_DATE: CORPUS_BUILD_DATE,
  };
  return run('npm', ['run', 'build', '--silent'], vars, ROOT);
}

/** The bare Astro site (bench/baseline), copied into bench/tmp so it resolves astro from the repo. */
function buildBaseline(contentDir: string, out: string, cache: string): Promise<RunResult> {
  const root = join(TMP, 'baseline');
  fresh(root);
  cpSync(join(ROOT, 'bench/baseline'), root, { recursive: true });
  const vars = { ...env, KIOSQUE_CONTENT_DIR: contentDir, BASELINE_OUT_DIR: out, BASELINE_CACHE_DIR: cache };
  return run(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', root], vars, ROOT);
}

function pageWeight(out: string, slug: string) {
  const html = readFileSync(join(out, 'articles', slug, 'index.html'));
  const linked = (pattern: RegExp) =>
    [...html.toString().matchAll(pattern)].map((match) => readFileSync(join(out, match[1]!)));
  const css = linked(/<link rel="stylesheet" href="(\/[^"]+)"/g);
  const js = linked(/<script[^>]+src="(\/[^"]+)"/g);
  const inline = [...html.toString().matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];
  const jsBytes =
    js.reduce((sum, file) => sum + file.length, 0) + inline.reduce((sum, match) => sum + match[1]!.length, 0);
  return { name: slug, html: compressedSizes(html), css: compressedSizes(Buffer.concat(css)), js: jsBytes };
}

/** Pagefind's own CLI on Kiosque's dist/ (article pages only: they alone carry data-pagefind-body), into scratch. */
function runPagefindCli(site: string, output: string): Promise<RunResult> {
  fresh(output);
  return run(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', site, '--output-path', output], env, ROOT);
}

/** A new article, dated just before the build date so it lands on the first page of its listings. */
function addArticle(contentDir: string): void {
  const source = readFileSync(join(contentDir, 'article-00001.md'), 'utf8');
  const body = source.split(/^---$/m).slice(2).join('---');
  const front = `---\ntitle: "Un article ajouté pour le benchmark"\ndate: ${new Date(Date.parse(CORPUS_BUILD_DATE) - 3_600_000).toISOString()}\nsection: europe\ntags: ["Europe"]\n---`;
  writeFileSync(join(contentDir, 'article-added.md'), `${front}${body}`);
}

async function main(): Promise<void> {
  const load = loadavg()[0]!.toFixed(1);
  log(`generating ${count} articles`);
  const corpus = writeCorpus();
  const out = join(TMP, `dist-${count}`);
  const cache = join(TMP, `cache-${count}`);
  const baselineOut = join(TMP, `baseline-dist-${count}`);
  const baselineCache = join(TMP, `baseline-cache-${count}`);
  fresh(out, cache);
  if (!values['reuse-baseline']) fresh(baselineOut, baselineCache);

  // --reuse-baseline: the bare Astro figures of an earlier run on the same corpus (it is seeded), e.g. when a run
  // failed after them; the report says so.
  const previous = (what: string) => {
    log(`bare Astro: reusing ${runFile(what)}`);
    return JSON.parse(readFileSync(runFile(what), 'utf8')) as RunResult;
  };
  if (!values['reuse-baseline']) {
    log('bare Astro baseline, cold');
    checked(await buildBaseline(corpus.dir, baselineOut, baselineCache), 'bare Astro build');
    log('bare Astro baseline, warm (content cache kept)');
    checked(await buildBaseline(corpus.dir, baselineOut, baselineCache), 'bare Astro warm build');
  }
  const baseline = previous('bare Astro build');
  const baselineWarm = previous('bare Astro warm build');
  log('Kiosque, cold');
  const cold = checked(await buildKiosque(corpus.dir, out, cache), 'Kiosque build');
  const kiosque = figures(cold, out);
  log("Pagefind's CLI on Kiosque's dist/");
  const cli = checked(await runPagefindCli(out, join(TMP, `pagefind-cli-${count}`)), 'Pagefind CLI');
  log('Kiosque, no change');
  const unchanged = checked(await buildKiosque(corpus.dir, out, cache), 'Kiosque rebuild, no change');
  const edited = join(corpus.dir, 'article-00000.md');
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nUne phrase ajoutée pour le benchmark.\n`);
  log('Kiosque after editing one article');
  const rebuild = checked(await buildKiosque(corpus.dir, out, cache), 'Kiosque rebuild, one article edited');
  addArticle(corpus.dir);
  log('Kiosque after adding one article');
  const added = checked(await buildKiosque(corpus.dir, out, cache), 'Kiosque rebuild, one article added');
  const rebuildFigures = (result: RunResult) => ({
    seconds: result.seconds,
    phases: parsePhases(result.output, result.seconds * 1000),
    rendered: countRendered(result.output),
  });

  log(`search in Chromium: “${corpus.typical.query}”, “${corpus.broad.query}”`);
  const [typical, broad] = await measureSearch(out, [corpus.typical.query, corpus.broad.query]);
  const share = (articles: number) => `${((articles / count) * 100).toFixed(1)} %`;
  const css = readdirSync(join(out, '_astro')).filter((file) => file.endsWith('.css'));
  const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  const dirty = execSync('git status --porcelain -- src astro.config.mjs package.json', { cwd: ROOT }).toString().trim()
    ? ' (+ uncommitted changes)'
    : '';
  const section = formatRun({
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    commit: commit + dirty,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load} at start, ${loadavg()[0]!.toFixed(1)} at the end`,
    corpus: corpus.description,
    count,
    kiosque,
    baseline: figures(baseline, baselineOut),
    baselineWarm: {
      seconds: baselineWarm.seconds,
      phases: parsePhases(baselineWarm.output, baselineWarm.seconds * 1000),
    },
    pagefindCli: cli.seconds,
    cold: countRendered(cold.output),
    unchanged: rebuildFigures(unchanged),
    rebuild: rebuildFigures(rebuild),
    added: rebuildFigures(added),
    page: pageWeight(out, corpus.median),
    largestPage: {
      name: corpus.largest,
      html: compressedSizes(readFileSync(join(out, 'articles', corpus.largest, 'index.html'))),
    },
    siteCssBrotli: compressedSizes(Buffer.concat(css.map((file) => readFileSync(join(out, '_astro', file))))).brotli,
    index: folderSize(join(out, 'pagefind')),
    searches: [
      { kind: 'typical', share: share(corpus.typical.articles), figures: typical! },
      { kind: 'broad', share: share(corpus.broad.articles), figures: broad! },
    ],
  });
  const results = join(ROOT, 'bench/results.md');
  if (!existsSync(results))
    writeFileSync(results, '# Benchmark results\n\nAppended by `npm run bench`, newest last.\n\n');
  appendFileSync(results, `${section}\n`);
  console.log(`\n${section}`);
}

await main();
