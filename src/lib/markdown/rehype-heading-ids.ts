/**
 * rehype plugin: heading ids, given before the sanitizer so that it prefixes them like every author id
 * (`user-content-corrections-title`). Astro's own heading ids come after the sanitizer, unprefixed, and a
 * heading such as "## Content" then collided with the page's ids. In-article `#corrections-title` links keep
 * working: rehype-fragment-links points them at the prefixed id.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

/** Gives every heading without an id a GitHub-style slug of its text, unique in the article. */
export default function rehypeHeadingIds() {
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    // Ids already in the article (raw HTML, footnotes) count as taken, so a heading never repeats one.
    visit(tree, 'element', (node) => {
      if (typeof node.properties['id'] === 'string') slugger.slug(node.properties['id'], true);
    });
    visit(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName) || node.properties['id'] !== undefined) return;
      node.properties['id'] = slugger.slug(toString(node));
    });
  };
}
