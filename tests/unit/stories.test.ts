import { describe, expect, it } from 'vitest';
import { groupByStory, storyUrl } from '../../src/lib/stories.ts';
import { articlePageKey } from '../../src/lib/incremental/page-keys.ts';
import { makeArticle } from '../support/article.ts';

describe('story packages', () => {
  it('should group articles by story, oldest first, and leave out articles with no story', () => {
    const articles = [
      makeArticle('c', '2024-03-01', { story: 'x' }),
      makeArticle('a', '2024-01-01', { story: 'x' }),
      makeArticle('b', '2024-02-01'),
      makeArticle('d', '2024-01-01', { story: 'y' }),
    ];
    const groups = groupByStory(articles);
    expect([...groups.keys()].sort()).toEqual(['x', 'y']);
    expect(groups.get('x')!.map((article) => article.slug)).toEqual(['a', 'c']);
  });

  it('should build story URLs from the path segment', () => {
    expect(storyUrl('dossiers', 'bielorussie-russie')).toBe('/dossiers/bielorussie-russie/');
    expect(storyUrl('stories', 'belarus-russia')).toBe('/stories/belarus-russia/');
  });

  it("should change an article page's key when a sibling in its story changes its title", () => {
    const article = makeArticle('a', '2024-01-01', { story: 'x' });
    const sibling = makeArticle('b', '2024-02-01', { story: 'x' });
    const key = (title: string) =>
      articlePageKey(article, [], { story: { id: 'x', title: 'Dossier', articles: [article, { ...sibling, title }] } });
    expect(key('Un')).not.toBe(key('Deux'));
    expect(key('Un')).toBe(key('Un'));
  });
});
