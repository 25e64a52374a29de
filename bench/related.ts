/**
 * Benchmark of the related-links engine alone: N generated articles (300–1,500 words, French and English, 40 topics
 * over a Zipf-distributed common vocabulary), timed and measured.
 *
 *   npm run bench:related -- --articles 10000
 *
 * Runs directly on Node's type stripping.
 */
import { parseArgs } from 'node:util';
import { computeRelated, type RelatedInput } from '../src/lib/related-links/index.ts';
import { seededRandom } from './corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const total = Number(values.articles);

const rand = seededRandom(42);
const syllables = ['ba', 'ro', 'ki', 'lu', 'me', 'sa', 'to', 'vi', 'ne', 'da', 'po', 'ri', 'gu', 'fa', 'le', 'mo'];
const word = () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
const common = Array.from({ length: 20_000 }, word);
const topics = Array.from({ length: 40 }, () => Array.from({ length: 60 }, word));

/** A word from the Zipf-distributed common vocabulary. */
function commonWord(): string {
  return common[Math.min(common.length - 1, Math.floor(Math.exp(rand() * Math.log(common.length)) - 1))]!;
}

function text(topic: string[], length: number, topicShare: number): string {
  return Array.from({ length }, () =>
    rand() < topicShare ? topic[Math.floor(rand() * topic.length)]! : commonWord(),
  ).join(' ');
}

const articles: RelatedInput[] = Array.from({ length: total }, (_, index) => {
  const topic = topics[index % topics.length]!;
  return {
    slug: `article-${index}`,
    title: text(topic, 8, 0.5),
    description: text(topic, 25, 0.3),
    body: text(topic, 300 + Math.floor(rand() * 1200), 0.12),
    tags: [topic[0]!, topic[1 + Math.floor(rand() * 5)]!],
    section: `section-${index % 6}`,
    lang: index % 10 === 0 ? 'en' : 'fr',
    date: new Date(Date.UTC(2018, 0, 1) + Math.floor(rand() * 8 * 365) * 86_400_000),
    pinned: [],
  };
});

const words = articles.reduce((sum, article) => sum + article.body.split(' ').length, 0);
global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
const picks = computeRelated(articles, { count: 4 });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

const topicOf = (slug: string) => Number(slug.split('-')[1]) % topics.length;
let shown = 0;
let correct = 0;
for (const [slug, list] of picks) {
  shown += list.length;
  correct += list.filter((pick) => topicOf(pick.slug) === topicOf(slug)).length;
}
console.log(
  JSON.stringify({
    articles: total,
    bodyWords: words,
    seconds: Number(seconds.toFixed(2)),
    peakRssMB: Math.round(peak / 1_048_576),
    linksShown: shown,
    precisionAt4: Number((correct / Math.max(1, shown)).toFixed(3)),
  }),
);
