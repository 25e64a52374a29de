import { describe, expect, it } from 'vitest';
import {
  articleText,
  buildVocabulary,
  decodeVocabulary,
  encodeVocabulary,
  vocabularyWords,
} from '../../src/lib/search/vocabulary.ts';

describe('search vocabulary', () => {
  it('should list an article’s words lower-cased with accents kept, without elisions, stop words or short words', () => {
    expect([...vocabularyWords('L’Ukraine et la Biélorussie : Choïgou à Minsk, 2023, les 100 chars')].sort()).toEqual([
      'biélorussie',
      'chars',
      'choïgou',
      'minsk',
      'ukraine',
    ]);
  });

  it('should count articles per word, keep the commonest spelling and cut the list to the most widespread', () => {
    const list = buildVocabulary([
      new Set(['élection', 'minsk']),
      new Set(['élection', 'election']),
      new Set(['élection']),
    ]);
    expect(list).toEqual([
      { word: 'élection', articles: 4 },
      { word: 'minsk', articles: 1 },
    ]);
    expect(buildVocabulary([new Set(['alpha', 'beta']), new Set(['beta'])], 1)).toEqual([
      { word: 'beta', articles: 2 },
    ]);
  });

  it('should round-trip through the front-coded text and share prefixes between lines', () => {
    const list = [
      { word: 'loukachenko', articles: 3 },
      { word: 'biélorussie', articles: 12 },
      { word: 'biélorusse', articles: 1 },
    ];
    const text = encodeVocabulary(list);
    expect(text).toBe('0biélorusse\n9ie 12\n0loukachenko 3\n');
    expect(decodeVocabulary(text)).toEqual([list[2], list[1], list[0]]);
  });

  it('should read the text of the indexed article element only, entities decoded', () => {
    const html =
      '<html><nav>Menu</nav><article class="a" data-pagefind-body><h1>L&#8217;Ukraine &amp; Minsk</h1></article><footer>Pied</footer>';
    expect(articleText(html)?.replace(/\s+/g, ' ').trim()).toBe('L’Ukraine & Minsk');
    expect(articleText('<html><p>no article</p></html>')).toBeUndefined();
  });
});
