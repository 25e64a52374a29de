import { describe, expect, it } from 'vitest';
import { isRealMatch, normalizeApostrophes, stripInflection, toTextFragment } from '../../src/lib/search/normalize.ts';
import { parseQuery } from '../../src/lib/search/query.ts';

const toSearchTerms = (query: string) => parseQuery(query).terms;

describe('search normalisation', () => {
  it('should replace typographic apostrophes for indexing only', () => {
    expect(normalizeApostrophes('<p>l’inquiétude d’Europe</p>')).toBe("<p>l'\u034Finquiétude d'\u034FEurope</p>");
    expect(normalizeApostrophes('<p>Hawaiʼi</p>')).toBe("<p>Hawai'i</p>");
  });

  it('should fold, split elisions, drop stop words and strip inflections from a query', () => {
    expect(toSearchTerms('L’inquiétude de la Biélorussie')).toEqual(['inquietud', 'bielorussi']);
    expect(toSearchTerms('défendre')).toEqual(['defend']);
    expect(toSearchTerms('security guarantees')).toEqual(['security', 'guarante']);
    expect(toSearchTerms('le')).toEqual(['le']);
  });

  it('should keep derivations and short words whole', () => {
    expect(stripInflection('inflation')).toBe('inflation');
    expect(stripInflection('otan')).toBe('otan');
  });

  it('should tell a real match from a shortened-term match', () => {
    expect(isRealMatch('Biélorussie.', ['bielorussi'])).toBe(true);
    expect(isRealMatch('biélorusse', ['bielorussi'])).toBe(true);
    expect(isRealMatch('à', ['assemble'])).toBe(false);
    expect(isRealMatch('assez', ['assemble'])).toBe(false);
  });

  it('should make a text-fragment directive from a highlighted word', () => {
    expect(toTextFragment("l'inquiétude")).toBe('inqui%C3%A9tude');
    expect(toTextFragment('Russie-Biélorussie,')).toBe('Russie%2DBi%C3%A9lorussie');
  });
});
