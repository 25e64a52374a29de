/**
 * Benchmark of the related-links engine alone, on the same generated corpus as the site benchmark (bench/corpus.ts:
 * 300–1,500 words of Zipf-drawn French and English, one story per 30 articles), so its time can be compared with
 * the "related links" phase that the build logs. Prints wall and CPU time (the CPU time is steadier on a busy
 * machine), peak memory, and links per article, coverage and precision@4 by story. Then the run after an edit: one
 * article's headline changed, every other article's analysis read back from the file the build keeps
 * (src/data/related-terms-cache.ts), keys computed as the build does, the engine run over all articles, the
 * analyses written back; its wall and CPU time are `editSeconds` and `editCpuSeconds`. Then the same two runs the
 * way the build makes them (src/data/related-parallel.ts): worker threads started for the run, bodies handed over in
 * Markdown (so the plain-text conversion is inside the time), keys computed from the sources: `workerSeconds` and
 * `workerEditSeconds` (wall, up to the result; storing the analyses comes after), with the process's CPU time
 * (every thread) and whether the picks are byte for byte those of the one-thread engine.
 *
 *   npm run bench:related -- --articles 10000
 *
 * Runs directly on Node's type stripping.
 */
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeRelatedInWorkers, sourceFields, type RelatedSource } from '../src/data/related-parallel.ts';
import { readArticleTerms, writeArticleTerms } from '../src/data/related-terms-cache.ts';
import { digest } from '../src/lib/incremental/page-keys.ts';
import {
  analyseArticles,
  analysedFields,
  computeRelated,
  computeRelatedDetailed,
  DEFAULT_TUNING,
  type ArticleTerms,
  type RelatedInput,
} from '../src/lib/related-links/index.ts';
import { markdownToPlainText } from '../src/lib/text.ts';
import { generateCorpus } from './corpus.ts';
import { readCorpusSources } from './sources.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const total = Number(values.articles);
if (!Number.isInteger(total) || total < 10) throw new Error(`--articles must be a whole number ≥ 10`);

interface FrontMatter {
  title: string;
  date: string;
  section: string;
  tags: string[];
  description?: string;
  lang?: string;
}

const sources: RelatedSource[] = generateCorpus(total, readCorpusSources(ROOT)).articles.map(({ slug, markdown }) => {
  const [, yaml, ...rest] = markdown.split(/^---$/m);
  const data = parse(yaml!) as FrontMatter;
  return {
    slug,
    title: data.title,
    ...(data.description !== undefined && { description: data.description }),
    markdown: rest.join('---'),
    tags: data.tags,
    section: data.section,
    lang: data.lang ?? 'fr',
    date: new Date(data.date),
    pinned: [],
  };
});
const articles: RelatedInput[] = sources.map(({ markdown, ...source }) => ({
  ...source,
  body: markdownToPlainText(markdown),
}));
// The generator's first tag is the article's story.
const story = new Map(articles.map((article) => [article.slug, article.tags[0]]));

global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const cpu = process.cpuUsage();
const started = performance.now();
const picks = computeRelated(articles, { count: 4 });
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

// The edit: a warm cache of every analysis, then one article changed.
const cacheDir = mkdtempSync(join(tmpdir(), 'kiosque-related-bench-'));
const keyOf = (article: RelatedInput) => digest(analysedFields(article, DEFAULT_TUNING));
const all = analyseArticles(articles, DEFAULT_TUNING);
writeArticleTerms(cacheDir, 'bench', new Map(articles.map((article, k) => [keyOf(article), all[k]!])));
const edited = articles.map((article, k) =>
  k === 0 ? { ...article, title: `${article.title} (mise à jour)` } : article,
);
function edit() {
  const editCpu = process.cpuUsage();
  const editStarted = performance.now();
  const keys = edited.map(keyOf);
  const kept = readArticleTerms(cacheDir, 'bench');
  const missing = edited.filter((_, k) => !kept.has(keys[k]!));
  const fresh = analyseArticles(missing, DEFAULT_TUNING);
  const bySlug = new Map<string, ArticleTerms>();
  const byKey = new Map<string, ArticleTerms>();
  let next = 0;
  edited.forEach((article, k) => {
    const terms = kept.get(keys[k]!) ?? fresh[next++]!;
    bySlug.set(article.slug, terms);
    byKey.set(keys[k]!, terms);
  });
  computeRelatedDetailed(edited, { count: 4 }, DEFAULT_TUNING, bySlug);
  writeArticleTerms(cacheDir, 'bench', byKey);
  const editSeconds = (performance.now() - editStarted) / 1000;
  const editUsed = process.cpuUsage(editCpu);
  return { editSeconds, editUsed, missing };
}
const { editSeconds, editUsed, missing } = edit();
rmSync(cacheDir, { recursive: true, force: true });

// The build's way: worker threads, from nothing, then after the same edit.
const one = computeRelatedDetailed(articles, { count: 4 });
const serialised = (result: { picks: Map<string, unknown>; shortfalls: Map<string, unknown> }) =>
  JSON.stringify([[...result.picks], [...result.shortfalls]]);
const workerDir = mkdtempSync(join(tmpdir(), 'kiosque-related-bench-workers-'));
async function inWorkers(list: RelatedSource[]) {
  const runCpu = process.cpuUsage();
  const runStarted = performance.now();
  const keys = list.map((source) => digest(sourceFields(source)));
  const result = await computeRelatedInWorkers({
    sources: list,
    keys,
    options: { count: 4 },
    cacheDir: workerDir,
    engine: 'bench',
  });
  const runSeconds = (performance.now() - runStarted) / 1000;
  const runUsed = process.cpuUsage(runCpu);
  await result.stored;
  return { runSeconds, runCpu: (runUsed.user + runUsed.system) / 1e6, result };
}
const cold = await inWorkers(sources);
const warm = await inWorkers(sources.map((source, k) => (k === 0 ? { ...source, title: edited[0]!.title } : source)));
rmSync(workerDir, { recursive: true, force: true });
const oneEdited = computeRelatedDetailed(edited, { count: 4 });

let shown = 0;
let correct = 0;
let covered = 0;
for (const [slug, list] of picks) {
  shown += list.length;
  if (list.length > 0) covered += 1;
  correct += list.filter((pick) => story.get(pick.slug) === story.get(slug)).length;
}
console.log(
  JSON.stringify({
    articles: total,
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(2)),
    peakRssMB: Math.round(peak / 1_048_576),
    editSeconds: Number(editSeconds.toFixed(2)),
    editCpuSeconds: Number(((editUsed.user + editUsed.system) / 1e6).toFixed(2)),
    editAnalysed: missing.length,
    workerSeconds: Number(cold.runSeconds.toFixed(2)),
    workerCpuSeconds: Number(cold.runCpu.toFixed(2)),
    workerEditSeconds: Number(warm.runSeconds.toFixed(2)),
    workerEditCpuSeconds: Number(warm.runCpu.toFixed(2)),
    workerEditAnalysed: warm.result.analysed,
    workersSameAsOneThread:
      serialised(cold.result) === serialised(one) && serialised(warm.result) === serialised(oneEdited),
    linksPerArticle: Number((shown / total).toFixed(2)),
    coverage: Number((covered / total).toFixed(3)),
    precisionAt4ByStory: Number((correct / Math.max(1, shown)).toFixed(3)),
  }),
);
