import { describe, expect, it } from 'vitest';
import { fold, words } from '../../src/lib/language/fold.ts';
import { createTokenizer, forEachWrittenWord } from '../../src/lib/related-links/tokenize.ts';
import { WrittenWordTable } from '../../src/lib/related-links/word-table.ts';
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

  it('should read the same written words from the word table as the plain split, analysing each spelling once', () => {
    const text =
      'L’Ukraine et l’Ukraine, Russie-Biélorussie : 13 000 morts en 2014 ; naïve “façon” d’être… ' +
      'Nación, Ελλάδα, 東京 and the U.S. rock’n’roll 🎸band isn’t “quoted”. l’Ukraine';
    const split: string[] = [];
    forEachWrittenWord(text, (written) => split.push(written));
    const analysed: string[] = [];
    const table = new WrittenWordTable((written) => Int32Array.of(analysed.push(written) - 1));
    const scanned: string[] = [];
    table.scan(text, text.length, (ids) => scanned.push(analysed[ids[0]!]!));
    expect(scanned.join(' ').replace('🎸', '')).toBe(split.join(' '));
    expect(analysed.filter((written) => written === 'l’Ukraine')).toHaveLength(1);
    const short: string[] = [];
    table.scan(text, 11, (ids) => short.push(analysed[ids[0]!]!));
    expect(short).toEqual(['L’Ukraine', 'e']);
  });
});
