/**
 * The part of a built page that Pagefind indexes: the element marked `data-pagefind-body`, and the page's language.
 * The index step hands Pagefind a page holding only these (see search-copies.ts). A change elsewhere on the page
 * (the related links, the breaking-news banner, the footer) then leaves the copy as it was, so it does not cost a
 * search index rebuild; and Pagefind parses a third less HTML.
 *
 * The scan follows the HTML syntax Astro and the Markdown pipeline write: quoted attribute values may hold `<` and
 * `>` (an image's alt text "</article>" does not end the article), comments and raw-text elements are skipped.
 */

/** What Pagefind reads from an article page. */
export interface IndexedElement {
  /** The `<html lang>` value, or '' when absent. */
  lang: string;
  /** The outer HTML of the first element marked `data-pagefind-body`, as written in the page. */
  html: string;
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** The index just past the tag's `>`. */
  end: number;
}

/** Elements whose content is text up to their end tag, whatever it looks like. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAME_START = /[A-Za-z]/;
const SPACE = /\s/;

/** Reads the tag opening at `start` (a `<` followed by a letter, or `</` and a letter). */
function readTag(html: string, start: number): Tag {
  const closing = html[start + 1] === '/';
  let at = start + (closing ? 2 : 1);
  let name = '';
  while (at < html.length && !SPACE.test(html[at]!) && html[at] !== '>' && html[at] !== '/') name += html[at++];
  const attributes = new Map<string, string>();
  while (at < html.length && html[at] !== '>') {
    const char = html[at]!;
    if (SPACE.test(char) || char === '/') {
      at += 1;
      continue;
    }
    let attribute = '';
    while (at < html.length && !SPACE.test(html[at]!) && !'=>/'.includes(html[at]!)) attribute += html[at++];
    if (attribute === '') {
      at += 1;
      continue;
    }
    let value = '';
    while (SPACE.test(html[at] ?? '')) at += 1;
    if (html[at] === '=') {
      at += 1;
      while (SPACE.test(html[at] ?? '')) at += 1;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        value = html.slice(at + 1, close < 0 ? html.length : close);
        at = close < 0 ? html.length : close + 1;
      } else {
        while (at < html.length && !SPACE.test(html[at]!) && html[at] !== '>') value += html[at++];
      }
    }
    attributes.set(attribute.toLowerCase(), value);
  }
  return { name: name.toLowerCase(), closing, attributes, end: Math.min(at + 1, html.length) };
}

/** The tags of a page in order, skipping text, comments, doctypes and raw-text content. */
function* tags(html: string): Generator<Tag & { start: number }> {
  let at = 0;
  while (at < html.length) {
    const start = html.indexOf('<', at);
    if (start < 0) return;
    const next = html[start + 1] ?? '';
    if (html.startsWith('<!--', start)) {
      const close = html.indexOf('-->', start + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const close = html.indexOf('>', start);
      at = close < 0 ? html.length : close + 1;
      continue;
    }
    if (!NAME_START.test(next) && !(next === '/' && NAME_START.test(html[start + 2] ?? ''))) {
      at = start + 1;
      continue;
    }
    const tag = readTag(html, start);
    yield { ...tag, start };
    at = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, at);
      at = close < 0 ? html.length : close;
    }
  }
}

/** The element a page marks `data-pagefind-body` and the page's language; undefined when no element is marked. */
export function indexedElement(html: string): IndexedElement | undefined {
  let lang = '';
  let body: { name: string; start: number } | undefined;
  let depth = 0;
  for (const tag of tags(html)) {
    if (!body) {
      if (tag.name === 'html' && !tag.closing) lang = tag.attributes.get('lang') ?? '';
      if (!tag.closing && tag.attributes.has('data-pagefind-body')) {
        body = { name: tag.name, start: tag.start };
        depth = 1;
      }
      continue;
    }
    if (tag.name !== body.name) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return { lang, html: html.slice(body.start, tag.end) };
  }
  // An element left open runs to the end of the page, as a browser would read it.
  return body ? { lang, html: html.slice(body.start) } : undefined;
}

/** The page Pagefind is given for an article page: its indexed element alone, under the page's language. */
export function indexedPage(element: IndexedElement): string {
  const lang = element.lang.replace(/[^A-Za-z0-9-]/g, '');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${element.html}</body></html>`;
}
