import { describe, expect, it } from 'vitest';
import { getTableOfContents } from '../../src/lib/table-of-contents.ts';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('getTableOfContents', () => {
  it('should list the second-level headings in order once there are at least the minimum', () => {
    const headings = [h(2, 'a', ' Premier '), h(3, 'a-1'), h(2, 'b'), h(4, 'b-1'), h(2, 'c')];
    expect(getTableOfContents(headings, 3)).toEqual([
      { id: 'a', text: 'Premier' },
      { id: 'b', text: 'b' },
      { id: 'c', text: 'c' },
    ]);
  });

  it('should give no list to an article with fewer second-level headings than the minimum', () => {
    expect(getTableOfContents([h(2, 'a'), h(2, 'b'), h(3, 'c'), h(3, 'd')], 3)).toEqual([]);
    expect(getTableOfContents([], 1)).toEqual([]);
  });

  it('should leave out the footnotes heading, which is not a section of the article', () => {
    const headings = [h(2, 'a'), h(2, 'b'), h(2, 'user-content-footnote-label', 'Notes')];
    expect(getTableOfContents(headings, 3)).toEqual([]);
    expect(getTableOfContents([...headings, h(2, 'c')], 3).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('should skip headings without text or id', () => {
    expect(getTableOfContents([h(2, 'a'), h(2, '', 'no id'), h(2, 'b', '  '), h(2, 'c')], 2)).toEqual([
      { id: 'a', text: 'a' },
      { id: 'c', text: 'c' },
    ]);
  });
});
