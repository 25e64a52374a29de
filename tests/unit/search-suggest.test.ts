import { describe, expect, it } from 'vitest';
import { editDistance, prepareSuggestions, soundKey, suggest } from '../../src/lib/search/suggest.ts';

const index = prepareSuggestions([
  { word: 'loukachenko', articles: 4 },
  { word: 'choïgou', articles: 1 },
  { word: 'inflation', articles: 6 },
  { word: 'inflammation', articles: 1 },
  { word: 'telescope', articles: 2 },
  { word: 'diplomats', articles: 3 },
  { word: 'otan', articles: 9 },
]);

describe('typo suggestions', () => {
  it('should measure edits, counting a swap of neighbours as one, and stop past the limit', () => {
    expect(editDistance('inflasion', 'inflation', 2)).toBe(1);
    expect(editDistance('dipolmats', 'diplomats', 2)).toBe(1);
    expect(editDistance('telscope', 'telescope', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('should give transliterations the same sound key', () => {
    expect(soundKey('Choigu')).toBe(soundKey('Choïgou'));
    expect(soundKey('Shoigu')).toBe(soundKey('Choïgou'));
    expect(soundKey('Loukachenco')).toBe(soundKey('loukachenko'));
    expect(soundKey('Lukashenko')).toBe(soundKey('loukachenko'));
    expect(soundKey('inflation')).not.toBe(soundKey('inflammation'));
  });

  it('should suggest the closest words, case and accents folded, with their spelling', () => {
    expect(suggest(index, 'Loukachenco')[0]?.word).toBe('loukachenko');
    expect(suggest(index, 'Choigu')[0]?.word).toBe('choïgou');
    expect(suggest(index, 'Shoigu')[0]?.word).toBe('choïgou');
    expect(suggest(index, 'inflasion')[0]?.word).toBe('inflation');
    expect(suggest(index, 'TELSCOPE')[0]?.word).toBe('telescope');
  });

  it('should suggest nothing for short words, exact words or words too far from any', () => {
    expect(suggest(index, 'otn')).toEqual([]);
    expect(suggest(index, 'otan')).toEqual([]);
    expect(suggest(index, 'zorglubexpress')).toEqual([]);
  });

  it('should look up a word in a 50,000-word vocabulary quickly', () => {
    const big = prepareSuggestions(
      Array.from({ length: 50_000 }, (_, index) => ({ word: `mot${index.toString(36)}abc`, articles: 1 })),
    );
    const started = performance.now();
    suggest(big, 'motzzzabd');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
