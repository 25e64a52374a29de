import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { engineSourceFiles, reuseOrComputeRelated } from '../../src/data/related-cache.ts';
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
