import { describe, expect, it } from 'vitest';
import { groupByTag, tagUrl, type Article } from '../../src/lib/articles.ts';
import { canonicalTagLabels, canonicalTags, isVisibleText, tagSlug } from '../../src/lib/tags.ts';

describe('tagSlug', () => {
  it('should keep the letters of non-Latin scripts, readable', () => {
    expect(tagSlug('Україна')).toBe('україна');
    expect(tagSlug('中文')).toBe('中文');
    expect(tagSlug('Ελλάδα')).toBe('ελλαδα');
    expect(tagSlug('हिन्दी')).toBe('हिन्दी');
    expect(tagSlug('Йемен')).not.toBe(tagSlug('Иемен'));
  });

  it('should fold case and Latin accents, and join words with hyphens', () => {
    expect(tagSlug('Défense')).toBe(tagSlug('defense'));
    expect(tagSlug('  Union européenne ')).toBe('union-europeenne');
    expect(tagSlug('l’Europe')).toBe('l-europe');
  });

  it('should keep C++, C# and C apart', () => {
    const slugs = new Set(['C++', 'C#', 'C'].map(tagSlug));
    expect(slugs.size).toBe(3);
    expect(tagSlug('C++')).toBe('c-plus-plus');
    expect(tagSlug('C#')).toBe('c-sharp');
    expect(tagSlug('#MeToo')).toBe('metoo');
  });

  it('should be empty for a tag with no letter or digit', () => {
    expect(tagSlug('\u200B')).toBe('');
    expect(tagSlug('—')).toBe('');
  });
});

describe('tag URLs', () => {
  it('should percent-encode slugs in other scripts', () => {
    expect(tagUrl('україна')).toBe(`/tags/${encodeURIComponent('україна')}/`);
    expect(tagUrl('中文', 2)).toBe('/tags/%E4%B8%AD%E6%96%87/2/');
  });
});

describe('isVisibleText', () => {
  it('should reject spaces, zero-width and other invisible characters', () => {
    for (const text of ['', ' ', '\u200B', '\u200D\u2060', '\u00AD', '\u3164']) expect(isVisibleText(text)).toBe(false);
    expect(isVisibleText('a\u200B')).toBe(true);
  });
});

describe('canonical tags', () => {
  it('should give one spelling per tag, the first met, so pages and search filters agree', () => {
    const labels = canonicalTagLabels([{ tags: ['Défense', 'C++'] }, { tags: ['defense', 'C#'] }]);
    expect(canonicalTags(['defense', 'C#', 'DÉFENSE'], labels)).toEqual(['Défense', 'C#']);
  });

  it('should give Україна, 中文 and Ελλάδα each a page of their own', () => {
    const article = { slug: 'a', date: new Date(0), tags: ['Україна', '中文', 'Ελλάδα'] } as unknown as Article;
    expect(groupByTag([article]).map((group) => group.slug)).toEqual(['ελλαδα', 'україна', '中文']);
  });
});
