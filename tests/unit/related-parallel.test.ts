import { mkdirSync, rmSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeRelatedInWorkers, partOf, type RelatedSource } from '../../src/data/related-parallel.ts';
import { readArticleTerms } from '../../src/data/related-terms-cache.ts';
import { digest } from '../../src/lib/incremental/page-keys.ts';
import {
  decodeArticleTerms,
  encodeArticleTerms,
  flattenNeighbours,
  unflattenNeighbours,
} from '../../src/lib/related-links/codec.ts';
import { computeRelatedDetailed, type RelatedResult } from '../../src/lib/related-links/index.ts';
import { markdownToPlainText } from '../../src/lib/text.ts';
import { EVAL_ARTICLES } from '../fixtures/related-eval/articles.ts';
import { HELD_OUT_SEED, toInputs } from '../fixtures/related-eval/evaluate.ts';
import { generateNews } from '../fixtures/related-eval/news-generator.ts';
import { TMP } from '../support/paths.ts';

const DIR = `${TMP}related-parallel/`;

/** The evaluation news as the build hands them over: Markdown bodies (with emphasis and links), a few pins. */
function sources(): RelatedSource[] {
  const inputs = [...toInputs(generateNews(HELD_OUT_SEED, { en: 30, fr: 15 })), ...toInputs(EVAL_ARTICLES)];
  return inputs.map(({ body, ...input }, k) => ({
    ...input,
    markdown: `## ${input.title}\n\n*${body.slice(0, 40)}*${body.slice(40)}\n\n[Lire aussi](https://example.org/${k})`,
    pinned: k % 50 === 0 ? [inputs[(k + 7) % inputs.length]!.slug] : [],
  }));
}

/** The one-thread engine on the same articles. */
function oneThread(all: readonly RelatedSource[]): RelatedResult {
  const inputs = all.map(({ markdown, ...source }) => ({ ...source, body: markdownToPlainText(markdown) }));
  return computeRelatedDetailed(inputs, { count: 4 });
}

const serialised = (result: RelatedResult) => JSON.stringify([[...result.picks], [...result.shortfalls]]);

function job(all: RelatedSource[]) {
  return {
    sources: all,
    keys: all.map((source) => digest(source)),
    options: { count: 4 },
    cacheDir: DIR,
    engine: 'test',
  };
}

// Each run starts worker threads that load the engine from source: generous bounds on a busy machine.
describe('computeRelatedInWorkers', { timeout: 60_000 }, () => {
  beforeEach(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
  });

  it('should give exactly the picks and shortfalls of the one-thread engine, in one, two or three parts', async () => {
    const all = sources();
    const expected = serialised(oneThread(all));
    expect(oneThread(all).picks.size).toBe(all.length);
    for (const parts of [1, 2, 3]) {
      rmSync(DIR, { recursive: true, force: true });
      const result = await computeRelatedInWorkers(job(all), parts);
      await result.stored;
      expect(result.analysed).toBe(all.length);
      expect(serialised(result)).toBe(expected);
    }
  });

  it('should read back the stored analyses and give the same picks after an edit', async () => {
    const all = sources();
    await (
      await computeRelatedInWorkers(job(all), 2)
    ).stored;
    expect(readArticleTerms(DIR, 'test').size).toBe(all.length);
    all[3] = { ...all[3]!, title: `${all[3]!.title} : la suite` };
    const warm = await computeRelatedInWorkers(job(all), 2);
    await warm.stored;
    expect(warm.analysed).toBe(1);
    expect(serialised(warm)).toBe(serialised(oneThread(all)));
    // Only this run's analyses are kept: the edited article's old one is gone.
    expect(readArticleTerms(DIR, 'test').size).toBe(all.length);
  });

  it('should handle no article, and fewer articles than parts', async () => {
    expect((await computeRelatedInWorkers(job([]), 2)).picks.size).toBe(0);
    const one = sources().slice(0, 1);
    const result = await computeRelatedInWorkers(job(one), 3);
    expect(serialised(result)).toBe(serialised(oneThread(one)));
    expect(result.shortfalls.get(one[0]!.slug)?.reason).toBe('alone-in-language');
  });

  it("should fail with the worker's error when an article cannot be read", async () => {
    const broken = [...sources().slice(0, 3), { ...sources()[3]!, markdown: undefined as unknown as string }];
    await expect(computeRelatedInWorkers(job(broken), 2)).rejects.toThrow(/undefined/);
  });
});

describe('partOf', () => {
  it('should split items into consecutive shares that cover each item once', () => {
    for (const [total, parts] of [
      [0, 2],
      [1, 3],
      [10, 3],
      [10_001, 2],
    ] as const) {
      const shares = Array.from({ length: parts }, (_, part) => partOf(total, part, parts));
      expect(shares[0]![0]).toBe(0);
      expect(shares.at(-1)![1]).toBe(total);
      for (let k = 1; k < parts; k++) expect(shares[k]![0]).toBe(shares[k - 1]![1]);
    }
  });
});

describe('the flat forms of the engine', () => {
  it('should give back neighbour lists as they were, empty ones included', () => {
    const lists = [
      [{ doc: 3, score: 0.25 }],
      [],
      [
        { doc: 0, score: 1 / 3 },
        { doc: 2, score: 0.1 },
      ],
    ];
    expect(unflattenNeighbours(flattenNeighbours(lists))).toEqual(lists);
  });

  it('should refuse analyses that are cut short', () => {
    const analyses = new Map([['k', { terms: ['glacier'], counts: [2], length: 2 }]]);
    const bytes = encodeArticleTerms('e', analyses);
    expect(decodeArticleTerms(bytes, 'e')).toEqual(analyses);
    expect(() => decodeArticleTerms(bytes.subarray(0, bytes.length - 8), 'e')).toThrow(/cut short/);
  });
});
