/**
 * rehype plugin: article images load lazily and decode off the main thread.
 *
 * Runs after sanitizing; an author's own `loading` or `decoding` (already limited by the schema) is kept.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Adds loading="lazy" and decoding="async" to every <img> that does not set them. */
export default function rehypeLazyImages() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      node.properties['loading'] ??= 'lazy';
      node.properties['decoding'] ??= 'async';
    });
  };
}
