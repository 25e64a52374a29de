/**
 * One part of the related-links computation, in a worker thread with its own small heap (./related-parallel.ts
 * starts the workers and passes the messages between them). Each worker: reads the analyses kept by the last build
 * while the build is still loading its content; receives the job, analyses the missing articles of its share of the
 * input and sends them; receives every part's fresh analyses, vectorises all articles, searches the neighbours of
 * its share of the docs and sends them; receives every part's neighbours and sends the picks of its share. Worker 0
 * then stores the analyses for the next build.
 *
 * Loaded by Node from the project's source (never bundled), so every import is a relative `.ts` file or `node:`.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleTerms } from '../lib/related-links/analyse.ts';
import {
  decodeArticleTerms,
  encodeArticleTerms,
  flattenNeighbours,
  unflattenNeighbours,
} from '../lib/related-links/codec.ts';
import {
  analyseArticles,
  DEFAULT_TUNING,
  pickRelated,
  prepareRelated,
  searchNeighbours,
  type RelatedInput,
} from '../lib/related-links/index.ts';
import { markdownToPlainText } from '../lib/text.ts';
import { readArticleTerms, writeArticleTerms } from './related-terms-cache.ts';
import { partOf, type WorkerMessage, type WorkerStart } from './related-parallel.ts';

const port = parentPort!;
const { part, parts, cacheDir, engine } = workerData as WorkerStart;
const next = async <T extends WorkerMessage['type']>(type: T) => {
  const [message] = (await once(port, 'message')) as [WorkerMessage];
  if (message.type !== type) throw new Error(`related-links worker ${part}: expected "${type}", got "${message.type}"`);
  return message as Extract<WorkerMessage, { type: T }>;
};
const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const kept = readArticleTerms(cacheDir, engine);
send({ type: 'ready' });
const { articles, keys, markdown, options } = await next('job');

// The missing analyses of this part's share of the input (articles with the same fields share one).
const [first, last] = partOf(articles.length, part, parts);
const missing = new Map<string, RelatedInput>();
for (let k = first; k < last; k++) {
  const key = keys[k]!;
  if (!kept.has(key) && !missing.has(key))
    missing.set(key, { ...articles[k]!, body: markdownToPlainText(markdown[k - first]!) });
}
const analysed = analyseArticles([...missing.values()], DEFAULT_TUNING);
const fresh = new Map([...missing.keys()].map((key, k) => [key, analysed[k]!]));
const bytes = encodeArticleTerms('', fresh);
send({ type: 'analysed', bytes, count: fresh.size }, [bytes.buffer as ArrayBuffer]);

const { analyses, count } = await next('analyses');
analyses.forEach((other, k) => {
  if (k !== part) for (const [key, terms] of decodeArticleTerms(other, '')) fresh.set(key, terms);
});
const byKey = new Map<string, ArticleTerms>();
for (const key of keys) byKey.set(key, kept.get(key) ?? fresh.get(key)!);
const prepared = prepareRelated(
  articles.map((article) => ({ ...article, body: '' })),
  options,
  DEFAULT_TUNING,
  new Map(articles.map((article, k) => [article.slug, byKey.get(keys[k]!)!])),
);
const [from, to] = partOf(prepared.articles.length, part, parts);
const lists = flattenNeighbours(searchNeighbours(prepared, DEFAULT_TUNING, from, to));
send({ type: 'neighbours', lists }, [lists.starts.buffer, lists.docs.buffer, lists.scores.buffer] as ArrayBuffer[]);

const { all } = await next('finish');
const { picks, shortfalls } = pickRelated(prepared, all.flatMap(unflattenNeighbours), DEFAULT_TUNING, from, to);
send({ type: 'result', picks: [...picks], shortfalls: [...shortfalls] });
if (part === 0) {
  // After the result: the build goes on while the analyses are stored. Only this build's analyses are kept, so
  // the file does not grow with deleted or edited articles.
  if (count > 0 || kept.size !== byKey.size) writeArticleTerms(cacheDir, engine, byKey);
  send({ type: 'stored' });
}
