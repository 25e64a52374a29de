import { describe, expect, it } from 'vitest';
import { fold, words } from '../../src/lib/language/fold.ts';
import { createTokenizer } from '../../src/lib/related-links/tokenize.ts';
import { stem } from '../../src/lib/related-links/stem.ts';

describe('related-links tokenisation', () => {
  it('should split French elisions written with either apostrophe', () => {
    expect(words("l’Ukraine d’une l'Europe qu’il jusqu’à")).toEqual(['ukraine', 'une', 'europe', 'il', 'a']);
  });

  it('should fold case and accents', () => {
    expect(fold('Biélorussie CHOÏGOU Été')).toBe('bielorussie choigou ete');
  });

  it('should split hyphenated words into their parts', () => {
    expect(words('Russie-Biélorussie états-unis')).toEqual(['russie', 'bielorussie', 'etats', 'unis']);
  });

  it('should keep numbers as words but drop bare numbers as topic terms', () => {
    expect(words('13 000 morts en 2014')).toEqual(['13', '000', 'morts', 'en', '2014']);
    expect(createTokenizer('fr')('13 000 morts en 2014')).toEqual([stem('morts', 'fr')]);
  });

  it('should drop stop words of the article language', () => {
    expect(createTokenizer('fr')('Le président de la Biélorussie et son ministre')).toEqual(
      ['president', 'bielorussie', 'ministre'].map((word) => stem(word, 'fr')),
    );
    expect(createTokenizer('en')('The president of Belarus and his minister')).toEqual(
      ['president', 'belarus', 'minister'].map((word) => stem(word, 'en')),
    );
  });

  it('should give word forms of one French or English word the same stem', () => {
    expect(stem('garanties', 'fr')).toBe(stem('garantie', 'fr'));
    expect(stem('defendre', 'fr')).toBe(stem('defend', 'fr'));
    expect(stem('guarantees', 'en')).toBe(stem('guarantee', 'en'));
    expect(stem('elections', 'en')).toBe(stem('election', 'en'));
  });
});
