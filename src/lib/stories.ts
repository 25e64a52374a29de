/**
 * Story packages ("dossiers"): articles sharing a `story` id, read in date order, with the story's own file
 * (content/stories/<id>.md) for its title and introduction.
 */
import type { Article } from './articles.ts';

/** A story package's own text. */
export interface Story {
  id: string;
  title: string;
  introduction: string;
}

/** Orders articles oldest first (a story is read in the order it happened); equal dates fall back to the slug. */
export function compareOldestFirst(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The articles of each story, oldest first. */
export function groupByStory<A extends Article>(articles: readonly A[]): Map<string, A[]> {
  const groups = new Map<string, A[]>();
  for (const article of articles) {
    if (article.story === undefined) continue;
    const group = groups.get(article.story) ?? [];
    group.push(article);
    groups.set(article.story, group);
  }
  for (const group of groups.values()) group.sort(compareOldestFirst);
  return groups;
}

/** URL of a story's page; the folder name is a UI string ("dossiers", "stories"). */
export const storyUrl = (pathSegment: string, id: string): string => `/${pathSegment}/${id}/`;
