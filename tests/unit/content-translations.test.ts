import { describe, expect, it } from 'vitest';
import { checkTranslations, pairTranslations } from '../../src/lib/content-check/translations.ts';

const entry = (slug: string, lang: string, translation?: string) => ({ file: `${slug}.md`, slug, lang, translation });

describe('checkTranslations', () => {
  it('should accept two articles in different languages that name each other, or one that names the other', () => {
    expect(checkTranslations([entry('a', 'fr', 'b'), entry('b', 'en', 'a')])).toEqual([]);
    expect(checkTranslations([entry('a', 'fr', 'b'), entry('b', 'en-GB')])).toEqual([]);
  });

  it('should refuse a translation that does not exist, is the article itself or is in the same language', () => {
    expect(
      checkTranslations([
        entry('a', 'fr', 'missing'),
        entry('b', 'fr', 'b'),
        entry('c', 'fr-CA', 'd'),
        entry('d', 'fr'),
      ]),
    ).toEqual([
      { file: 'a.md', field: 'translation', message: '"missing" is not the slug of any article' },
      {
        file: 'b.md',
        field: 'translation',
        message: 'names the article itself: name the version in the other language',
      },
      {
        file: 'c.md',
        field: 'translation',
        message: '"d" is in the same language (fr): a translation is in another language',
      },
    ]);
  });

  it('should refuse two articles that do not name each other', () => {
    expect(checkTranslations([entry('a', 'fr', 'b'), entry('b', 'en', 'c'), entry('c', 'de')])).toEqual([
      {
        file: 'a.md',
        field: 'translation',
        message: '"b" names "c" as its translation: the two must name each other',
      },
    ]);
  });
});

describe('pairTranslations', () => {
  it('should link the two versions both ways, even when only one names the other', () => {
    expect(pairTranslations([entry('a', 'fr', 'b'), entry('b', 'en'), entry('c', 'fr')])).toEqual(
      new Map([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    );
  });
});
