/**
 * The computed standfirst: plain text of the first paragraph of the rendered article, so entities, escapes and
 * inline markup read as the article shows them (`d’affaires`, `5 %`, `snake_case`), never as Markdown source.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { truncate } from './text.ts';

// Control characters other than tab and line feed (plus U+007F) never reach a card, a meta tag or a feed.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Drops what a paragraph shows but a summary must not: footnote calls. */
function withoutFootnoteCalls(node: Element): Element {
  const keep = (child: ElementContent): boolean =>
    !(child.type === 'element' && child.tagName === 'sup' && toString(child).trim() !== '' && hasFootnoteLink(child));
  return {
    ...node,
    children: node.children
      .filter(keep)
      .map((child) => (child.type === 'element' ? withoutFootnoteCalls(child) : child)),
  };
}

function hasFootnoteLink(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' &&
      ((child.tagName === 'a' && child.properties['dataFootnoteRef'] !== undefined) || hasFootnoteLink(child)),
  );
}

/** The first top-level paragraph of a tree whose end lies before `limit` (so it was not cut by the prefix). */
function findParagraph(tree: Root, limit: number): Element | undefined {
  for (const child of tree.children) {
    if (child.type !== 'element' || child.tagName !== 'p') continue;
    const end = child.position?.end.offset;
    if (end !== undefined && end <= limit && toString(child).trim() !== '') return child;
  }
  return undefined;
}

/** Plain text of the first prose paragraph of rendered article HTML ('' when there is none). */
export function firstParagraphText(html: string): string {
  // Parse growing prefixes: the first paragraph is near the top, and a 1 MB article need not be parsed whole.
  for (let size = 16_384; ; size *= 4) {
    const prefix = html.slice(0, size);
    const complete = prefix.length === html.length;
    const paragraph = findParagraph(fromHtml(prefix, { fragment: true }), complete ? Infinity : prefix.length - 1);
    if (paragraph) {
      return toString(withoutFootnoteCalls(paragraph))
        .replace(CONTROL, ' ')
        .replace(/[ \t\n\r]+/g, ' ')
        .trim();
    }
    if (complete) return '';
  }
}

/** A clean standfirst for listings and meta: the description, or an excerpt of the first rendered paragraph. */
export function getStandfirst(description: string | undefined, renderedHtml: string, maxLength = 220): string {
  return description ?? truncate(firstParagraphText(renderedHtml), maxLength);
}
