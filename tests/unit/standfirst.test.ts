import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';
import { firstParagraphText, getStandfirst } from '../../src/lib/standfirst.ts';

describe('the computed standfirst', () => {
  it('should be the plain text of the rendered paragraph, not its Markdown source', async () => {
    const html = await renderMarkdown('Un homme d&#39;affaires, 5&nbsp;% de `code` et snake\\_case, **gras**.');
    expect(firstParagraphText(html)).toBe('Un homme d’affaires, 5\u00A0% de code et snake_case, gras.');
  });

  it('should skip headings, lists and quotes, and leave footnote calls out', async () => {
    const html = await renderMarkdown('## Titre\n\n- point\n\n> citation\n\nLe texte[^1] suit.\n\n[^1]: Note.');
    expect(firstParagraphText(html)).toBe('Le texte suit.');
  });

  it('should turn control characters that raw HTML let through into spaces', () => {
    expect(firstParagraphText('<p>un\u000Bdeux</p>')).toBe('un deux');
  });

  it('should use the description when there is one, else an excerpt of the first paragraph', () => {
    expect(getStandfirst('Chapeau.', '<p>Corps.</p>')).toBe('Chapeau.');
    expect(getStandfirst(undefined, '<h2>T</h2><p>Corps du texte.</p>')).toBe('Corps du texte.');
    expect(getStandfirst(undefined, `<p>${'mot '.repeat(100)}</p>`, 20)).toBe('mot mot mot mot…');
  });

  it('should be empty when the article has no paragraph', () => {
    expect(firstParagraphText('<ul><li>seul</li></ul>')).toBe('');
  });
});
