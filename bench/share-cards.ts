/**
 * Cold and cached cost of the share cards (the og:image of each article), alone: draws N cards with the build's own
 * code (src/data/share-cards.ts: satori, then sharp over the hero) into an empty cache folder, one after another as
 * the build does, then reads them all back as an unchanged rebuild does. Headlines and sections come from the site
 * benchmark's corpus; one card in three has a hero image (the sample content's images). Prints wall and CPU time per
 * card (CPU time is steadier on a busy machine) and the projection to 10,000 articles.
 *
 *   npm run bench:cards -- --articles 300
 *
 * Runs directly on Node's type stripping.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { generateCorpus } from './corpus.ts';
import { readCorpusSources } from './sources.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' } } });
const total = Number(values.articles);
if (!Number.isInteger(total) || total < 3) throw new Error('--articles must be a whole number ≥ 3');

const cache = mkdtempSync(join(tmpdir(), 'kiosque-cards-'));
process.env.KIOSQUE_CACHE_DIR = cache;
// Imported after the cache folder is set: the module reads it through getCacheDir().
const { getShareCard } = await import('../src/data/share-cards.ts');
type CardArticle = Parameters<typeof getShareCard>[0];

const heroes = readdirSync(join(ROOT, 'content/images'))
  .filter((name) => name.endsWith('.png'))
  .map((name) => join(ROOT, 'content/images', name));
const articles = generateCorpus(total, readCorpusSources(ROOT)).articles.map(({ slug, markdown }, index) => {
  const data = parse(markdown.split(/^---$/m)[1]!) as { title: string; section: string };
  const hero = index % 3 === 0 ? heroes[index % heroes.length] : undefined;
  // Astro's image metadata, as the card code reads it: a src that changes with the file, and the file's path.
  const image = hero && { src: `/_astro/${slug}.png`, width: 1200, height: 800, format: 'png', fsPath: hero };
  return { slug, title: data.title, section: data.section, image } as unknown as CardArticle;
});

/** Runs `work` on every article in turn; wall and CPU milliseconds per article, for the cards with and without hero. */
async function measure(work: (article: CardArticle) => Promise<unknown>) {
  const times = { hero: [] as number[], text: [] as number[] };
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const article of articles) {
    const started = performance.now();
    await work(article);
    (article.image ? times.hero : times.text).push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuStart);
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return {
    wall: (performance.now() - wallStart) / articles.length,
    cpu: (cpu.user + cpu.system) / 1000 / articles.length,
    medianHero: median(times.hero),
    medianText: median(times.text),
  };
}

// Section ids stand in for labels: the cost of drawing does not depend on which words the label has.
const contextOf = (article: CardArticle) => ({ sectionLabel: article.section, siteName: 'Kiosque' });
const cold = await measure((article) => getShareCard(article, contextOf(article)));
const warm = await measure((article) => getShareCard(article, contextOf(article)));
rmSync(cache, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(1)} ms`;
const minutes = (perCard: number) => `${((perCard * 10_000) / 60_000).toFixed(1)} min`;
console.log(`share cards, ${total} articles (${articles.filter((a) => a.image).length} with a hero image)`);
console.log(
  `cold: ${ms(cold.wall)} wall, ${ms(cold.cpu)} CPU per card (median ${ms(cold.medianHero)} with hero, ${ms(cold.medianText)} without); 10,000 cards: ${minutes(cold.wall)} wall`,
);
console.log(`cached: ${ms(warm.wall)} wall, ${ms(warm.cpu)} CPU per card; 10,000 cards: ${minutes(warm.wall)} wall`);
