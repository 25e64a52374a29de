import { describe, expect, it } from 'vitest';
import { foldersLeftEmpty } from '../../src/lib/incremental/empty-folders.ts';

/** A listing as output-files.ts makes it: every folder ('' the root) with its entry count. */
const tree = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('folders left empty after pruning', () => {
  it('should delete a folder whose every file was removed, then its parent if that was all it held', () => {
    const folders = tree({ '': 2, articles: 1, 'articles/a': 2, tags: 1 });
    expect(foldersLeftEmpty(folders, ['articles/a/index.html', 'articles/a/card.jpg'])).toEqual([
      'articles/a',
      'articles',
    ]);
  });

  it('should keep a folder that still holds a file or a folder', () => {
    const folders = tree({ '': 1, articles: 2, 'articles/a': 1, 'articles/b': 1 });
    expect(foldersLeftEmpty(folders, ['articles/a/index.html'])).toEqual(['articles/a']);
    expect(foldersLeftEmpty(folders, [])).toEqual([]);
    expect(foldersLeftEmpty(tree({ '': 1, a: 2, 'a/b': 1 }), ['a/b/x'])).toEqual(['a/b']);
  });

  it('should delete folders that were empty already, deepest first, but never the root', () => {
    expect(foldersLeftEmpty(tree({ '': 1, a: 1, 'a/b': 1, 'a/b/c': 0 }), [])).toEqual(['a/b/c', 'a/b', 'a']);
    expect(foldersLeftEmpty(tree({ '': 1 }), ['index.html'])).toEqual([]);
  });

  it('should name a removed file whose folder is not in the listing', () => {
    expect(() => foldersLeftEmpty(tree({ '': 0 }), ['x/y.html'])).toThrow('x/y.html');
  });
});
