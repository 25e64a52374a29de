/**
 * Checks an article body before Astro renders it: bounds first (a linear scan), then, on the parsed Markdown
 * tree, what would render wrong without an error: images from other sites, missing or outside images, raw
 * HTML blocks that are never closed and swallow the rest of the article, too deep a tree.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { scanBodyBounds, type BodyProblem } from './body-bounds.ts';
import { MAX_TREE_DEPTH } from './limits.ts';

/** What a local image path leads to (resolved by the caller, who has the file system). */
export type ImageStatus = 'ok' | 'missing' | 'outside';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

// A scheme ("https:", "data:") or a protocol-relative "//host": not a file of this site.
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
// Raw HTML that names an image on another site (each \s* is followed by a different literal: linear).
const HTML_REMOTE_IMAGE = /\b(?:src|srcset)\s*=\s*(?:["']\s*)?((?:https?:)?\/\/[^\s"'>]*)/gi;
const HTML_IMAGE = /<(?:img|picture|source|video|audio)\b/i;
// CommonMark HTML blocks that only end at their closing marker, else run to the end of the article.
const UNTIL_CLOSED: [RegExp, string, string][] = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, '', 'element'],
  [/^ {0,3}<!--/, '-->', 'HTML comment'],
  [/^ {0,3}<\?/, '?>', 'processing instruction'],
  [/^ {0,3}<![A-Za-z]/, '>', 'declaration'],
  [/^ {0,3}<!\[CDATA\[/, ']]>', 'CDATA section'],
];

const remoteImageHint = (url: string): string =>
  `image "${url.length > 80 ? `${url.slice(0, 77)}…` : url}" is on another site, which the site's policy blocks: ` +
  'save it in content/images/ and link it as ../images/<name>';

function unclosedBlock(value: string): string | undefined {
  // Only a block that swallows a later paragraph (text after a blank line) loses content; markup alone does not.
  const blank = /\n[ \t]*\n/.exec(value);
  if (!blank || value.slice(blank.index).trim() === '') return undefined;
  for (const [start, end, kind] of UNTIL_CLOSED) {
    const match = start.exec(value);
    if (!match) continue;
    const closer = end || `</${match[1]!.toLowerCase()}>`;
    const what = end ? kind : `<${match[1]!.toLowerCase()}> ${kind}`;
    if (!value.toLowerCase().includes(closer)) {
      return `${what} is never closed (no "${closer}"), so everything after it would be lost: close it`;
    }
  }
  return undefined;
}

/** Checks one body; `resolveImage` says what a local image path (as written) leads to. */
export function checkBody(body: string, resolveImage: (path: string) => ImageStatus): BodyProblem[] {
  const bounds = scanBodyBounds(body);
  if (bounds.length > 0) return bounds;
  // Parsing costs as much as Astro's own parse (8 s for 1 MB on a busy machine): only bodies with an image or
  // raw HTML need it. Inline nesting in other bodies is bounded by the scan, and caught after render if not.
  if (!body.includes('![') && !body.includes('<')) return [];
  const problems: BodyProblem[] = [];
  const tree: Root = parser.parse(body);
  const definitions = new Map<string, string>();
  const images: { url: string; line: number }[] = [];
  const stack: [Nodes, number][] = [[tree, 0]];
  let tooDeep: number | undefined;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const line = node.position?.start.line ?? 0;
    if (depth > MAX_TREE_DEPTH && tooDeep === undefined) tooDeep = line;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'image') images.push({ url: node.url, line });
    if (node.type === 'imageReference') images.push({ url: `\u0000${node.identifier}`, line });
    if (node.type === 'html') {
      const unclosed = unclosedBlock(node.value);
      if (unclosed) problems.push({ line, message: unclosed });
      if (HTML_IMAGE.test(node.value)) {
        for (const match of node.value.matchAll(HTML_REMOTE_IMAGE)) {
          problems.push({ line, message: remoteImageHint(match[1]!) });
        }
      }
    }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  if (tooDeep !== undefined) {
    problems.push({ line: tooDeep, message: `Markdown is nested more than ${MAX_TREE_DEPTH} levels deep` });
  }
  for (const image of images) {
    const url = image.url.startsWith('\u0000') ? definitions.get(image.url.slice(1)) : image.url;
    if (url === undefined || url === '') continue;
    if (/^(?:https?:)?\/\//i.test(url)) problems.push({ line: image.line, message: remoteImageHint(url) });
    else if (!REMOTE.test(url) && !url.startsWith('/') && !url.startsWith('#')) {
      const status = resolveImage(safeDecode(url));
      if (status === 'missing') problems.push({ line: image.line, message: `image "${url}" does not exist` });
      if (status === 'outside') {
        problems.push({ line: image.line, message: `image "${url}" leads outside the content folder` });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
