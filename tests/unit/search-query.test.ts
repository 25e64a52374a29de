import { describe, expect, it } from 'vitest';
import { correctQuery, isExactHeadline, parseQuery } from '../../src/lib/search/query.ts';

describe('search queries', () => {
  it('should keep meaningful words with their terms, and every word for the exact phrase', () => {
    expect(parseQuery('AI Act')).toEqual({
      words: [
        { word: 'ai', term: 'ai' },
        { word: 'act', term: 'act' },
      ],
      terms: ['ai', 'act'],
      phrase: '"ai act"',
    });
    expect(parseQuery('le marché du cacao').phrase).toBe('"le marche du cacao"');
    expect(parseQuery('Biélorussie').phrase).toBeUndefined();
  });

  it('should rewrite corrected words with the case the reader typed and leave the rest as typed', () => {
    const corrections = new Map([
      ['loukachenco', 'loukachenko'],
      ['choigu', 'choïgou'],
    ]);
    expect(correctQuery('Loukachenco et la Russie', corrections)).toBe('Loukachenko et la Russie');
    expect(correctQuery('CHOIGU', corrections)).toBe('CHOÏGOU');
    expect(correctQuery('choigu', corrections)).toBe('choïgou');
  });

  it('should tell an exact headline apart from one that only contains the words', () => {
    expect(isExactHeadline('Marché du cacao', 'marche du CACAO')).toBe(true);
    expect(isExactHeadline('Le marché du cacao s’emballe', 'marché du cacao')).toBe(false);
    expect(isExactHeadline('Marché du cacao', '')).toBe(false);
  });
});
