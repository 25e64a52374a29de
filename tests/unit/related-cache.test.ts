import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { engineSourceFiles, reuseOrComputeRelated } from '../../src/data/related-cache.ts';
import { readArticleTerms, writeArticleTerms } from '../../src/data/related-terms-cache.ts';
import { computeRelatedDetailed, DEFAULT_TUNING, type ArticleTerms } from '../../src/lib/related-links/index.ts';
import type { RelatedInput, RelatedOptions, RelatedPick, RelatedResult } from '../../src/lib/related-links/types.ts';
import { TMP } from '../support/paths.ts';

const DIR = `${TMP}related-cache/`;

function input(slug: string, body = 'Un texte.'): RelatedInput {
  return { slug, title: slug, body, tags: [], section: 'europe', lang: 'fr', date: new Date('2024-01-01'), pinned: [] };
}

/** A stand-in engine that counts its runs and links every article to the next. */
function countingEngine() {
  let runs = 0;
  const compute = (inputs: readonly RelatedInput[]): RelatedResult => {
    runs += 1;
    const picks = new Map<string, RelatedPick[]>(
      inputs.map((article, index) => [
        article.slug,
        [{ slug: inputs[(index + 1) % inputs.length]!.slug, score: 0.5, pinned: false, sharedTerms: ['texte'] }],
      ]),
    );
    return { picks, shortfalls: new Map() };
  };
  return { compute, runs: () => runs };
}

const OPTIONS: RelatedOptions = { count: 4 };

describe('reuseOrComputeRelated', () => {
  beforeEach(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
  });

  it('should reuse the stored picks when the inputs and options are unchanged', () => {
    const engine = countingEngine();
    const first = reuseOrComputeRelated([input('a'), input('b')], OPTIONS, engine.compute, DIR);
    const second = reuseOrComputeRelated([input('a'), input('b')], OPTIONS, engine.compute, DIR);
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(engine.runs()).toBe(1);
    expect([...second.picks]).toEqual([...first.picks]);
    expect([...second.shortfalls]).toEqual([...first.shortfalls]);
  });

  it('should compute again when one article, the article list or the options change', () => {
    const engine = countingEngine();
    reuseOrComputeRelated([input('a'), input('b')], OPTIONS, engine.compute, DIR);
    expect(reuseOrComputeRelated([input('a'), input('b', 'Autre.')], OPTIONS, engine.compute, DIR).reused).toBe(false);
    expect(reuseOrComputeRelated([input('a')], OPTIONS, engine.compute, DIR).reused).toBe(false);
    expect(reuseOrComputeRelated([input('a')], { count: 2 }, engine.compute, DIR).reused).toBe(false);
    expect(engine.runs()).toBe(4);
  });

  it("should key the result by the engine's own source code", () => {
    expect(engineSourceFiles()).toEqual(
      expect.arrayContaining(['../lib/related-links/index.ts', '../lib/language/fold.ts', '../lib/text.ts']),
    );
  });

  it('should compute when the stored file is unreadable', () => {
    writeFileSync(`${DIR}kiosque-related.json`, '{ not json');
    const engine = countingEngine();
    expect(reuseOrComputeRelated([input('a')], OPTIONS, engine.compute, DIR).reused).toBe(false);
    expect(engine.runs()).toBe(1);
  });
});

describe('reuseOrComputeRelated with kept analyses', () => {
  beforeEach(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
  });

  const articles = () => [
    input('a', 'Les glaciers alpins fondent vite.'),
    input('b', 'Les glaciers alpins reculent.'),
    input('c', 'Le festival de cinéma ouvre.'),
  ];
  const engine = (all: readonly RelatedInput[], options: RelatedOptions, kept: ReadonlyMap<string, ArticleTerms>) =>
    computeRelatedDetailed(all, options, DEFAULT_TUNING, kept);

  it('should analyse again only the article that changed, and give the picks of a computation from nothing', () => {
    expect(reuseOrComputeRelated(articles(), OPTIONS, engine, DIR).analysed).toBe(3);
    const edited = articles();
    edited[2] = input('c', 'Les glaciers alpins et le festival de cinéma.');
    const warm = reuseOrComputeRelated(edited, OPTIONS, engine, DIR);
    expect(warm.reused).toBe(false);
    expect(warm.analysed).toBe(1);
    expect([...warm.picks]).toEqual([...computeRelatedDetailed(edited, OPTIONS).picks]);
    expect([...warm.shortfalls]).toEqual([...computeRelatedDetailed(edited, OPTIONS).shortfalls]);
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

  it('should analyse everything again when the stored analyses are unreadable', () => {
    reuseOrComputeRelated(articles(), OPTIONS, engine, DIR);
    writeFileSync(`${DIR}kiosque-related-terms.bin`, 'not a cache');
    const edited = [...articles().slice(0, 2), input('c', 'Le festival de cinéma ferme.')];
    expect(reuseOrComputeRelated(edited, OPTIONS, engine, DIR).analysed).toBe(3);
  });
});
