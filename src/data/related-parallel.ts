/**
 * Runs the related-links engine in worker threads (./related-worker.ts): off the build's thread, whose heap holds
 * Astro's whole content store (its garbage collection slowed the engine by half), and split in parts that run on
 * separate cores: each part analyses its share of the articles and searches the neighbours of its share of the docs.
 * The picks are exactly those of `computeRelatedDetailed` in one thread: each article's analysis and each doc's
 * neighbour search depend on nothing that the split changes.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { primaryLanguage } from '../lib/language/tags.ts';
import type { FlatNeighbours } from '../lib/related-links/codec.ts';
import type {
  RelatedInput,
  RelatedOptions,
  RelatedPick,
  RelatedResult,
  RelatedShortfall,
} from '../lib/related-links/types.ts';

/** An article as the build hands it over: the body still in Markdown (turned into plain text only if analysed). */
export interface RelatedSource extends Omit<RelatedInput, 'body'> {
  markdown: string;
}

/**
 * What an article's analysis reads, its body still in Markdown: keyed on the source, the build never converts an
 * unchanged body to plain text (an edit after the part of the body that is read costs one analysis, nothing more).
 */
export function sourceFields(source: RelatedSource): unknown {
  const { title, description, tags, markdown, lang } = source;
  return { title, description: description ?? '', tags, markdown, lang: primaryLanguage(lang) };
}

/** One computation: the articles, the key of each one's analysis, and where kept analyses live. */
export interface RelatedJob {
  sources: readonly RelatedSource[];
  /** Per source, the key of what its analysis reads (sources with equal keys have equal analyses). */
  keys: readonly string[];
  options: RelatedOptions;
  cacheDir: string;
  /** The engine's key: kept analyses made by another engine are not used. */
  engine: string;
}

/** What a worker starts with: what it needs to read the kept analyses before the job is known. */
export interface WorkerStart {
  part: number;
  parts: number;
  cacheDir: string;
  engine: string;
}

/** The messages between the build and its workers, in the order they are sent. */
export type WorkerMessage =
  | { type: 'ready' }
  | {
      type: 'job';
      articles: Omit<RelatedSource, 'markdown'>[];
      keys: readonly string[];
      /** The Markdown of this part's share of the articles only. */
      markdown: string[];
      options: RelatedOptions;
    }
  | { type: 'analysed'; bytes: Uint8Array; count: number }
  | { type: 'analyses'; analyses: Uint8Array[]; count: number }
  | { type: 'neighbours'; lists: FlatNeighbours }
  | { type: 'finish'; all: FlatNeighbours[] }
  | { type: 'result'; picks: [string, RelatedPick[]][]; shortfalls: [string, RelatedShortfall][] }
  | { type: 'stored' };

/** The share [from, to) of `total` items that part `part` of `parts` takes. */
export function partOf(total: number, part: number, parts: number): [number, number] {
  return [Math.floor((total * part) / parts), Math.floor((total * (part + 1)) / parts)];
}

/** The worker's source file. The build runs from the project folder (as the cache and content folders assume). */
export const WORKER_FILE = join(process.cwd(), 'src', 'data', 'related-worker.ts');

/** Parts to split the work in: one per core, at most two (the build's other work waits for the result). */
export const DEFAULT_PARTS = Math.min(2, availableParallelism());

/** The result of a run, with the number of articles analysed again and the end of storing the analyses. */
export interface WorkerResult extends RelatedResult {
  analysed: number;
  /** Resolves once the analyses are stored for the next build (after the result: the build need not wait). */
  stored: Promise<void>;
}

/** Started workers: each one reads the kept analyses as soon as it starts, then waits for one job. */
export interface RelatedWorkers {
  /** Runs the job (its `cacheDir` and `engine` must be the ones the workers started with); then the workers end. */
  run(job: RelatedJob): Promise<WorkerResult>;
  /** Ends the workers without a job. */
  close(): Promise<void>;
}

/**
 * Starts `parts` workers that read the analyses kept in `cacheDir` by `engine` while the caller gathers the job.
 * Until the job is sent they do not keep the process alive.
 */
export function startRelatedWorkers(cacheDir: string, engine: string, parts = DEFAULT_PARTS): RelatedWorkers {
  const count = Math.max(1, parts);
  const workers = Array.from({ length: count }, (_, part) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { part, parts: count, cacheDir, engine } satisfies WorkerStart,
    });
    worker.unref();
    return worker;
  });
  // A worker that fails fails the computation (and the build) with its error; one that stops early, with this one.
  const failed = new Promise<never>((_, reject) => {
    for (const worker of workers) worker.on('error', reject);
  });
  failed.catch(() => undefined);
  const stopped = workers.map((worker) =>
    once(worker, 'exit').then(([code]) => {
      throw new Error(`related-links: a worker stopped early (exit code ${String(code)})`);
    }),
  );
  for (const promise of stopped) promise.catch(() => undefined);
  // Each worker's messages in arrival order, so that none is missed between two waits.
  const inboxes = workers.map((worker) => {
    const queue: WorkerMessage[] = [];
    const waiting: ((message: WorkerMessage) => void)[] = [];
    worker.on('message', (message: WorkerMessage) => {
      const resolve = waiting.shift();
      if (resolve) resolve(message);
      else queue.push(message);
    });
    return { queue, waiting };
  });
  const next = async <T extends WorkerMessage['type']>(part: number, type: T) => {
    const { queue, waiting } = inboxes[part]!;
    const message =
      queue.shift() ??
      (await Promise.race([new Promise<WorkerMessage>((resolve) => waiting.push(resolve)), failed, stopped[part]!]));
    if (message.type !== type)
      throw new Error(`related-links: expected "${type}" from a worker, got "${message.type}"`);
    return message as Extract<WorkerMessage, { type: T }>;
  };
  const close = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  const indices = workers.map((_, part) => part);
  const run = async (job: RelatedJob): Promise<WorkerResult> => {
    const { sources, keys, options } = job;
    if (job.cacheDir !== cacheDir || job.engine !== engine)
      throw new Error('related-links: the workers read other analyses');
    for (const worker of workers) worker.ref();
    try {
      await Promise.all(indices.map((part) => next(part, 'ready')));
      const articles = sources.map(({ markdown: _, ...article }) => article);
      workers.forEach((worker, part) => {
        const [from, to] = partOf(sources.length, part, count);
        const markdown = sources.slice(from, to).map((source) => source.markdown);
        worker.postMessage({ type: 'job', articles, keys, markdown, options } satisfies WorkerMessage);
      });
      const analysed = await Promise.all(indices.map((part) => next(part, 'analysed')));
      const fresh = analysed.reduce((sum, message) => sum + message.count, 0);
      const analyses = analysed.map((message) => message.bytes);
      for (const worker of workers)
        worker.postMessage({ type: 'analyses', analyses, count: fresh } satisfies WorkerMessage);
      const found = await Promise.all(indices.map((part) => next(part, 'neighbours')));
      const all = found.map((message) => message.lists);
      for (const worker of workers) worker.postMessage({ type: 'finish', all } satisfies WorkerMessage);
      const results = await Promise.all(indices.map((part) => next(part, 'result')));
      // Not storing the analyses costs the next build time, never a wrong answer: a warning, not a failure.
      const stored = next(0, 'stored').then(close, async (error: unknown) => {
        await close();
        console.warn(`[kiosque] related links: analyses not stored for the next build (${String(error)})`);
      });
      return {
        picks: new Map(results.flatMap((result) => result.picks)),
        shortfalls: new Map(results.flatMap((result) => result.shortfalls)),
        analysed: fresh,
        stored,
      };
    } catch (error) {
      await close();
      throw error;
    }
  };
  return { run, close };
}

/** Computes the related links of `job` in `parts` worker threads, started for it. */
export function computeRelatedInWorkers(job: RelatedJob, parts = DEFAULT_PARTS): Promise<WorkerResult> {
  return startRelatedWorkers(job.cacheDir, job.engine, parts).run(job);
}
