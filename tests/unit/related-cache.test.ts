import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { engineSourceFiles, reuseOrComputeRelated } from '../../src/data/related-cache.ts';
import { readArticleTerms, writeArticleTerms } from '../../src/data/related-terms-cache.ts';
import { computeRelatedInWorkers, type RelatedJob, type RelatedSource } from '../../src/data/related-parallel.ts';
import { computeRelatedDetailed } from '../../src/lib/related-links/index.ts';
import type { RelatedOptions, RelatedPick, RelatedResult } from '../../src/lib/related-links/types.ts';
import { TMP } from '../support/paths.ts';

const DIR = `${TMP}related-cache/`;

function input(slug: string, markdown = 'Un texte.'): RelatedSource {
  return {
    slug,
    title: slug,
    markdown,
    tags: [],
    section: 'europe',
    lang: 'fr',
    date: new Date('2024-01-01'),
    pinned: [],
  };
}

/** The same articles as the one-thread engine reads them (these bodies are plain text already). */
const asInputs = (sources: readonly RelatedSource[]) =>
  sources.map(({ markdown, ...source }) => ({ ...source, body: markdown }));

/** A stand-in engine that counts its runs and links every article to the next. */
function countingEngine() {
  let runs = 0;
  const compute = ({ sources: inputs }: RelatedJob): Promise<RelatedResult & { analysed: number }> => {
    runs += 1;
    const picks = new Map<string, RelatedPick[]>(
      inputs.map((article, index) => [
        article.slug,
        [{ slug: inputs[(index + 1) % inputs.length]!.slug, score: 0.5, pinned: false, sharedTerms: ['texte'] }],
      ]),
    );
    return Promise.resolve({ picks, shortfalls: new Map(), analysed: inputs.length });
  };
  return { compute, runs: () => runs };
}

const OPTIONS: RelatedOptions = { count: 4 };

describe('reuseOrComputeRelated', () => {
  beforeEach(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
  });

  it('should reuse the stored picks when the inputs and options are unchanged', async () => {
    const engine = countingEngine();
    const first = await reuseOrComputeRelated([input('a'), input('b')], OPTIONS, engine.compute, DIR);
    const second = await reuseOrComputeRelated([input('a'), input('b')], OPTIONS, engine.compute, DIR);
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(engine.runs()).toBe(1);
    expect([...second.picks]).toEqual([...first.picks]);
    expect([...second.shortfalls]).toEqual([...first.shortfalls]);
  });

  it('should compute again when one article, the article list or the options change', async () => {
    const engine = countingEngine();
    const run = async (sources: RelatedSource[], options = OPTIONS) =>
      (await reuseOrComputeRelated(sources, options, engine.compute, DIR)).reused;
    await run([input('a'), input('b')]);
    expect(await run([input('a'), input('b', 'Autre.')])).toBe(false);
    expect(await run([input('a')])).toBe(false);
    expect(await run([input('a')], { count: 2 })).toBe(false);
    expect(engine.runs()).toBe(4);
  });

  it("should key the result by the engine's own source code", () => {
    expect(engineSourceFiles()).toEqual(
      expect.arrayContaining(['../lib/related-links/index.ts', '../lib/language/fold.ts', '../lib/text.ts']),
    );
  });

  it('should compute when the stored file is unreadable', async () => {
    writeFileSync(`${DIR}kiosque-related.json`, '{ not json');
    const engine = countingEngine();
    expect((await reuseOrComputeRelated([input('a')], OPTIONS, engine.compute, DIR)).reused).toBe(false);
    expect(engine.runs()).toBe(1);
  });
});

// Each run starts worker threads that load the engine from source: generous bounds on a busy machine.
describe('reuseOrComputeRelated with kept analyses', { timeout: 60_000 }, () => {
  beforeEach(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
  });

  const articles = () => [
    input('a', 'Les glaciers alpins fondent vite.'),
    input('b', 'Les glaciers alpins reculent.'),
    input('c', 'Le festival de cinéma ouvre.'),
  ];
  // The workers store the analyses after the result: the next run waits for that.
  const engine = async (job: RelatedJob) => {
    const result = await computeRelatedInWorkers(job, 2);
    await result.stored;
    return result;
  };

  it('should analyse again only the article that changed, and give the picks of a computation from nothing', async () => {
    expect((await reuseOrComputeRelated(articles(), OPTIONS, engine, DIR)).analysed).toBe(3);
    const edited = articles();
    edited[2] = input('c', 'Les glaciers alpins et le festival de cinéma.');
    const warm = await reuseOrComputeRelated(edited, OPTIONS, engine, DIR);
    expect(warm.reused).toBe(false);
    expect(warm.analysed).toBe(1);
    const cold = computeRelatedDetailed(asInputs(edited), OPTIONS);
    expect([...warm.picks]).toEqual([...cold.picks]);
    expect([...warm.shortfalls]).toEqual([...cold.shortfalls]);
    expect(cold.picks.get('a')!.map((pick) => pick.slug)).toContain('b');
  });

  it('should read back the analyses it stored, term for term', () => {
    const analyses = new Map([
      ['k1', { terms: ['glacier', 'alpin'], counts: [3, 1.5], length: 4.5 }],
      ['k2', { terms: ['alpin', 'cinem'], counts: [1, 2], length: 3 }],
    ]);
    writeArticleTerms(DIR, 'engine', analyses);
    expect(readArticleTerms(DIR, 'engine')).toEqual(analyses);
    expect(readArticleTerms(DIR, 'another engine').size).toBe(0);
  });

  it('should analyse everything again when the stored analyses are unreadable', async () => {
    await reuseOrComputeRelated(articles(), OPTIONS, engine, DIR);
    writeFileSync(`${DIR}kiosque-related-terms.bin`, 'not a cache');
    const edited = [...articles().slice(0, 2), input('c', 'Le festival de cinéma ferme.')];
    expect((await reuseOrComputeRelated(edited, OPTIONS, engine, DIR)).analysed).toBe(3);
  });

  it('should key an analysis by the Markdown source, so an unchanged body is never converted again', async () => {
    await reuseOrComputeRelated(articles(), OPTIONS, engine, DIR);
    const edited = articles();
    edited[0] = input('a', 'Les *glaciers* alpins fondent vite.');
    expect((await reuseOrComputeRelated(edited, OPTIONS, engine, DIR)).analysed).toBe(1);
  });
});
