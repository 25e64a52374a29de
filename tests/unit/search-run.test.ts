import { describe, expect, it } from 'vitest';
import { planCorrection } from '../../src/lib/search/corrections.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { PART_FILTER, runSearch, type EngineResult, type SearchEngine } from '../../src/lib/search/run-search.ts';
import { prepareSuggestions } from '../../src/lib/search/suggest.ts';

/** A fake Pagefind over a few pages: a term matches the words it starts; quotes ask for adjacent words. */
function fakeEngine(pages: Record<string, string>): SearchEngine & { asked: string[] } {
  const asked: string[] = [];
  const result = (id: string, score: number, marked: string[]): EngineResult => ({
    id,
    score,
    data: () =>
      Promise.resolve({ url: `/${id}/`, excerpt: marked.map((w) => `<mark>${w}</mark>`).join(' '), meta: {} }),
  });
  return {
    asked,
    search: (term) => {
      asked.push(term);
      const phrase = /^"(.*)"$/.exec(term)?.[1];
      const results = Object.entries(pages).flatMap(([id, text]) => {
        const words = text.split(' ');
        if (phrase) return ` ${text} `.includes(` ${phrase} `) ? [result(id, 10, phrase.split(' '))] : [];
        const marked = term.split(' ').map((t) => words.find((word) => word.startsWith(t)));
        if (marked.some((word) => word === undefined)) return [];
        return [result(id, words.length > 4 ? 1 : 2, marked as string[])];
      });
      return Promise.resolve({ results: results.sort((a, b) => b.score - a.score) });
    },
  };
}

const engine = fakeEngine({
  scattered: 'ai tools act fast and ai wins',
  phrase: 'the ai act',
  some: 'act',
});

describe('running a search', () => {
  it('should rank the exact phrase first, then all the words, then some', async () => {
    const outcome = await runSearch(engine, parseQuery('AI Act'), {});
    expect(outcome.results.map((result) => result.id)).toEqual(['phrase', 'scattered', 'some']);
    expect(outcome.unmatched).toEqual([]);
  });

  it('should report the words that matched nothing, with a count for every word', async () => {
    const outcome = await runSearch(engine, parseQuery('act zorglub'), {});
    expect(outcome.unmatched.map((word) => word.word)).toEqual(['zorglub']);
    expect(Object.fromEntries(outcome.counts)).toEqual({ act: 3, zorglub: 0 });
    expect((await runSearch(engine, parseQuery('act'), {})).unmatched).toEqual([]);
  });

  it('should skip the phrase and the partial matches when sorting by date', async () => {
    engine.asked.length = 0;
    const outcome = await runSearch(engine, parseQuery('ai act'), { sort: { date: 'desc' } });
    expect(outcome.results.map((result) => result.id).sort()).toEqual(['phrase', 'scattered']);
    expect(engine.asked).not.toContain('"ai act"');
  });
});

describe('planning a correction', () => {
  const index = prepareSuggestions([
    { word: 'loukachenko', articles: 3 },
    { word: 'minsk', articles: 40 },
  ]);
  const outcome = (counts: Record<string, number>, found: number) => ({
    results: Array.from({ length: found }, (_, id) => ({
      id: String(id),
      score: 1,
      data: () => Promise.reject(new Error()),
    })),
    unmatched: [],
    counts: new Map(Object.entries(counts)),
  });

  it('should search the corrected query when nothing was found', () => {
    expect(planCorrection('Loukachenco', outcome({ loukachenco: 0 }, 0), index)).toEqual({
      query: 'Loukachenko',
      mode: 'search',
    });
  });

  it('should only offer it when other words found something', () => {
    expect(planCorrection('Loukachenco Minsk', outcome({ loukachenco: 0, minsk: 40 }, 40), index)).toEqual({
      query: 'Loukachenko Minsk',
      mode: 'offer',
    });
  });

  it('should offer a far more widespread spelling for a word found in very few articles, and nothing otherwise', () => {
    expect(planCorrection('Minks', outcome({ minks: 1 }, 1), index)?.query).toBe('Minsk');
    expect(planCorrection('Minks', outcome({ minks: 20 }, 20), index)).toBeUndefined();
    expect(planCorrection('zorglub', outcome({ zorglub: 0 }, 0), index)).toBeUndefined();
  });
});

describe('running a search over merged index parts', () => {
  /** Two parts, as Pagefind merges them: a part without the term answers with pages of a shortened one. */
  const partEngine: SearchEngine & { asked: string[] } = {
    asked: [],
    search: (term, options) => {
      const part = options?.filters?.[PART_FILTER];
      partEngine.asked.push(`${term}@${part ?? '*'}`);
      const real = { id: 'old', score: 1, marked: [term] };
      const shortened = { id: 'junk', score: 5, marked: [term.slice(0, 2)] };
      const byPart: Record<string, (typeof real)[]> = { recent: [shortened], '2021': [real] };
      const found = part ? (byPart[part] ?? []) : [shortened, real];
      return Promise.resolve({
        results: found.map(({ id, score, marked }) => ({
          id,
          score,
          data: () =>
            Promise.resolve({ url: `/${id}/`, excerpt: `<mark>${marked.join('</mark> <mark>')}</mark>`, meta: {} }),
        })),
      });
    },
  };

  it('should judge each part by its own first result, so a shortened term elsewhere hides no real match', async () => {
    const whole = await runSearch(partEngine, parseQuery('academics'), {});
    expect(whole.results.map((result) => result.id)).toEqual([]);
    const split = await runSearch(partEngine, parseQuery('academics'), {}, ['recent', '2021']);
    expect(split.results.map((result) => result.id)).toEqual(['old']);
    expect(split.unmatched).toEqual([]);
    expect(partEngine.asked).toContain(`${parseQuery('academics').terms[0]}@2021`);
  });
});
