/**
 * rehype plugin: marks links that leave the site.
 *
 * Runs after sanitizing and only adds attributes: `rel="noopener noreferrer"` (plus `nofollow` when the site
 * asks for it) and the class `external`, which the stylesheet uses to show a marker.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of rehypeExternalLinks. */
export interface ExternalLinksOptions {
  /** The site's own absolute URL; links to its host are internal. */
  siteUrl: string;
  /** Add `nofollow` to external links. */
  nofollow: boolean;
}

/** Whether `href` is an http(s) URL on another host than the site's; relative links never are. */
export function isExternalHref(href: string, siteUrl: string): boolean {
  let url: URL;
  try {
    // Resolving against the site turns relative and root links into site URLs, and catches `//other.host`.
    url = new URL(href.trim(), siteUrl);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== new URL(siteUrl).hostname;
}

/** Adds a token to a space-separated hast property without repeating it. */
function addTokens(node: Element, property: 'rel' | 'className', tokens: readonly string[]): void {
  const list = [...(node.properties[property] ?? [])];
  for (const token of tokens) if (!list.includes(token)) list.push(token);
  node.properties[property] = list;
}

/** Gives external links rel="noopener noreferrer [nofollow]" and the class `external`. */
export default function rehypeExternalLinks(options: ExternalLinksOptions) {
  const { siteUrl } = options;
  const rel = ['noopener', 'noreferrer', ...(options.nofollow ? ['nofollow'] : [])];
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href, siteUrl)) return;
      addTokens(node, 'rel', rel);
      addTokens(node, 'className', ['external']);
    });
  };
}
