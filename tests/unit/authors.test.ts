import { describe, expect, it } from 'vitest';
import { authorUrl, isAuthorId, resolveAuthors, type Author } from '../../src/lib/authors.ts';

const authors = new Map<string, Author>([
  ['sophie-garnier', { id: 'sophie-garnier', name: 'Sophie Garnier', bio: 'Bio.', links: [] }],
]);

describe('authors', () => {
  it('should tell an author id from a guest name', () => {
    expect(isAuthorId('sophie-garnier')).toBe(true);
    expect(isAuthorId('rédaction')).toBe(false);
    expect(isAuthorId('Sophie Garnier')).toBe(false);
    expect(isAuthorId('AFP')).toBe(false);
  });

  it('should resolve ids to the author name and page, and keep guest names as written', () => {
    expect(resolveAuthors(['sophie-garnier', 'Jean Dupont'], authors)).toEqual([
      { name: 'Sophie Garnier', id: 'sophie-garnier' },
      { name: 'Jean Dupont' },
    ]);
  });

  it('should build author page URLs from the path segment, with page numbers after the first', () => {
    expect(authorUrl('auteurs', 'sophie-garnier')).toBe('/auteurs/sophie-garnier/');
    expect(authorUrl('authors', 'sophie-garnier', 2)).toBe('/authors/sophie-garnier/2/');
  });
});
