import { describe, expect, it } from 'vitest';
import { countWords, firstParagraph, getStandfirst, readingMinutes, truncate } from '../../src/lib/text.ts';

describe('text helpers', () => {
  it('takes the first prose paragraph, skipping headings and stripping Markdown', () => {
    const body = '## Intertitre\n\nLe **premier** paragraphe, avec [un lien](https://example.org).\n\nLe second.';
    expect(firstParagraph(body)).toBe('Le premier paragraphe, avec un lien.');
  });

  it('uses the description as standfirst when there is one, else an excerpt', () => {
    expect(getStandfirst('Chapeau.', 'Corps.')).toBe('Chapeau.');
    expect(getStandfirst(undefined, 'Corps du texte.')).toBe('Corps du texte.');
  });

  it('truncates on a word boundary with an ellipsis', () => {
    expect(truncate('un deux trois quatre cinq', 15)).toBe('un deux trois…');
    expect(truncate('court', 15)).toBe('court');
  });

  it('counts words with elisions and hyphens as single words', () => {
    expect(countWords('L’Ukraine a-t-elle 13 000 morts ?')).toBe(5);
  });

  it('rounds the reading time to whole minutes, at least one', () => {
    expect(readingMinutes('mot '.repeat(10))).toBe(1);
    expect(readingMinutes('mot '.repeat(690))).toBe(3);
  });
});
