import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';
import { CONTROL_MARKDOWN, XSS_PROBE, XSS_VECTORS } from '../fixtures/xss/vectors.ts';

// Elements no article may contain after sanitizing, whatever the input.
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'marquee',
  'title',
  'xmp',
  'isindex',
  'area',
  'map',
]);
// hast property names of attributes that hold a URL a browser may navigate to or load.
const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'cite',
  'data',
  'poster',
  'background',
  'srcSet',
  'longDesc',
  'codeBase',
  'dynsrc',
  'lowsrc',
];
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/;

/** Parses the output the way a browser would (parse5), so obfuscation cannot hide from the checks. */
function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Every element of a parsed output. */
function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void found.push(node));
  return found;
}

/** A URL as a browser reads its scheme: without whitespace or control characters, lowercase. */
function normalizeUrl(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  // eslint-disable-next-line no-control-regex -- these are exactly the characters a browser strips from a URL.
  return text.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
}

/** Lists every unsafe thing found in an HTML output. */
function findUnsafe(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('a <script tag in the text');
  for (const node of elements(parse(html))) {
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) problems.push(`<${node.tagName}>`);
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key)) problems.push(`${key} on <${node.tagName}>`);
      if (key === 'style') problems.push(`style on <${node.tagName}>`);
      if (URL_PROPERTIES.includes(key) && DANGEROUS_SCHEME.test(normalizeUrl(value))) {
        problems.push(`${key}="${String(value)}" on <${node.tagName}>`);
      }
    }
  }
  return problems;
}

describe('the XSS corpus', () => {
  it('should hold at least 60 vectors with unique names that call the probe', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_VECTORS.map((vector) => vector.name)).size).toBe(XSS_VECTORS.length);
    for (const vector of XSS_VECTORS) {
      expect(vector.markdown, vector.name).toContain(XSS_PROBE);
      expect(vector.markdown, vector.name).toContain(vector.name);
      expect(vector.markdown, vector.name).toContain(vector.benign);
    }
  });

  it('should detect unsafe HTML when given it unsanitized, so the checks below mean something', () => {
    expect(findUnsafe('<img src=x onerror="__xss(1)">')).toEqual(['onError on <img>']);
    expect(findUnsafe('<a href=" java&#9;script:x">a</a>')).toHaveLength(1);
    expect(findUnsafe('<svg><a xlink:href="javascript:x">a</a></svg>')).toHaveLength(2);
    expect(findUnsafe('<form action="data:text/html,x"></form>')).toHaveLength(2);
  });
});

describe.each(XSS_VECTORS)('the vector $name', ({ markdown, benign }) => {
  it('should come out with no script, handler, dangerous URL or forbidden element', async () => {
    expect(findUnsafe(await renderMarkdown(markdown))).toEqual([]);
  });

  it('should stay safe when a script serializes and re-parses it (innerHTML round trip)', async () => {
    expect(findUnsafe(toHtml(parse(await renderMarkdown(markdown))))).toEqual([]);
  });

  it('should keep the benign sentence next to it', async () => {
    expect(toString(parse(await renderMarkdown(markdown)))).toContain(benign);
  });

  it('should leave no author id unprefixed, so none can clobber a global', async () => {
    for (const node of elements(parse(await renderMarkdown(markdown)))) {
      const id = node.properties['id'];
      // Heading ids come from Astro's slugger after sanitizing, from the heading text.
      if (typeof id === 'string' && !/^h[1-6]$/.test(node.tagName)) expect(id).toMatch(/^user-content-/);
      const name = node.properties['name'];
      if (typeof name === 'string') expect(name).toMatch(/^user-content-/);
    }
  });
});

describe('the benign control article', () => {
  it('should come out intact: headings, emphasis, links, image, table, quote, footnote, details, figure', async () => {
    const html = await renderMarkdown(CONTROL_MARKDOWN);
    expect(findUnsafe(html)).toEqual([]);
    for (const fragment of [
      '<h2 id="user-content-un-intertitre">Un intertitre</h2>',
      '<em>en italique</em>',
      '<strong>en gras</strong>',
      '<a href="/international/">lien interne</a>',
      'href="https://example.org/page"',
      '<figure><img src="https://example.org/photo.jpg" alt="Une photo" loading="lazy" decoding="async"><figcaption>Légende</figcaption></figure>',
      '<th class="align-left">Ville</th>',
      '<td class="align-right">522 000</td>',
      '<blockquote>\n<p>Une citation.</p>\n</blockquote>',
      'data-footnote-ref',
      '<details><summary>Plus</summary>',
      '<abbr title="Organisation des Nations unies">ONU</abbr>',
      'H<sub>2</sub>O, 10<sup>3</sup>, <del>ancien</del> <ins>nouveau</ins>',
      '<figure><img src="https://example.org/carte.png" alt="Carte" width="640" height="480"',
      '<figcaption>Une carte.</figcaption></figure>',
    ]) {
      expect(html).toContain(fragment);
    }
  });

  it('should show code that contains a script tag as text', async () => {
    const html = await renderMarkdown(CONTROL_MARKDOWN);
    expect(html).toContain('<code>&#x3C;script>alert(1)&#x3C;/script></code>');
  });
});
