/**
 * rehype plugin: keeps in-page links working after the sanitizer prefixed ids.
 *
 * The sanitizer turns every author id (footnotes included) into `user-content-<id>` against DOM clobbering,
 * but leaves `href="#<id>"` alone. GitHub fixes this with a script; a static site does it at build time:
 * a fragment that names no element but whose prefixed form does is rewritten to the prefixed form.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of rehypeFragmentLinks. */
export interface FragmentLinksOptions {
  /** The sanitizer's clobber prefix (default: 'user-content-'). */
  prefix?: string;
}

/** Points `#x` links at `#<prefix>x` when only the prefixed target exists. */
export default function rehypeFragmentLinks(options: FragmentLinksOptions = {}) {
  const prefix = options.prefix ?? 'user-content-';
  return (tree: Root): void => {
    const targets = new Set<string>();
    visit(tree, 'element', (node) => {
      for (const key of ['id', 'name'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') targets.add(value);
      }
    });
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      // Browsers match a fragment as written, then percent-decoded; so does this check.
      const fragments = [href.slice(1), safeDecode(href.slice(1))];
      if (fragments[0] === '' || fragments.some((fragment) => targets.has(fragment))) return;
      if (fragments.some((fragment) => targets.has(prefix + fragment)))
        node.properties['href'] = `#${prefix}${fragments[0]}`;
    });
  };
}

/** Decodes a URL fragment, keeping it as written when it is not valid percent-encoding. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
