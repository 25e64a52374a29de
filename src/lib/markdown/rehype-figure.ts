/**
 * rehype plugin: a photo with a caption becomes a figure.
 *
 * In Markdown, `![Alt](photo.jpg "Caption")` alone in its paragraph is how an author captions a photo; the
 * title becomes a visible <figcaption> instead of a tooltip. Runs after sanitizing: it only moves sanitized
 * nodes and turns an attribute value into text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The only image of a paragraph that holds nothing else but whitespace, if any. */
function getLoneImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined;
}

/** Wraps a captioned image that stands alone in a paragraph in <figure> with a <figcaption>. */
export default function rehypeFigure() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || parent === undefined || index === undefined) return;
      const image = getLoneImage(node);
      const caption = image?.properties['title'];
      if (image === undefined || typeof caption !== 'string' || caption.trim() === '') return;
      delete image.properties['title'];
      const figcaption: ElementContent = {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: caption.trim() }],
      };
      parent.children[index] = { type: 'element', tagName: 'figure', properties: {}, children: [image, figcaption] };
    });
  };
}
