import { describe, expect, it } from 'vitest';
import { countWords, markdownToPlainText, readingMinutes, truncate } from '../../src/lib/text.ts';

describe('text helpers', () => {
  it('strips Markdown and HTML syntax, keeping the readable text', () => {
    const body =
      '## Intertitre\n\nLe **premier** paragraphe, avec [un lien](https://example.org)<!-- note -->.\n\n- Un point';
    expect(markdownToPlainText(body)).toBe('Intertitre\n\nLe premier paragraphe, avec un lien .\n\nUn point');
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
