/**
 * rehype plugin: GFM column alignment as classes instead of the obsolete `align` attribute.
 *
 * A style attribute would need 'unsafe-inline' under our CSP; the stylesheet has `.align-*` rules.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'right', 'center']);

/** Replaces align="left|right|center" on table cells with class="align-…". */
export default function rehypeTableAlign() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const align = node.properties['align'];
      delete node.properties['align'];
      if (typeof align !== 'string' || !ALIGNMENTS.has(align)) return;
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['className'] = [...classes, `align-${align}`];
    });
  };
}
