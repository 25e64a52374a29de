import { describe, expect, it } from 'vitest';
import { mergeGroups, orderPage } from '../../src/lib/search/rank.ts';

const hit = (id: string, score: number) => ({ id, score });

describe('search ranking', () => {
  it('should put the groups in order and keep each result where it first appears', () => {
    const phrase = [hit('b', 3)];
    const all = [hit('a', 9), hit('b', 5)];
    const some = [hit('c', 7), hit('a', 1)];
    expect(mergeGroups([phrase, all, some]).map((result) => result.id)).toEqual(['b', 'a', 'c']);
  });

  it('should put an exact headline first, then keep the order, equal scores newest first', () => {
    const page = [
      { result: hit('long', 9), title: 'Le marché du cacao s’emballe', date: '2025-06-10' },
      { result: hit('old', 4), title: 'Cacao', date: '2019-01-01' },
      { result: hit('new', 4), title: 'Cacao', date: '2024-01-01' },
      { result: hit('exact', 2), title: 'Marché du cacao', date: '2023-05-02' },
    ];
    expect(orderPage(page, 'marché du cacao').map((item) => item.result.id)).toEqual(['exact', 'long', 'new', 'old']);
  });
});
