import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';
import { ARTICLE_SANITIZE_SCHEMA } from '../../src/lib/markdown/sanitize-schema.ts';

/** Every element of an HTML output, parsed as a browser would. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => void found.push(node));
  return found;
}

const FOOTNOTES = `Premier appel[^a], deuxième[^note-longue] et rappel du premier[^a].

Un appel à une note nommée en français[^é].

[^a]: Première note.
[^note-longue]: Deuxième note, avec un [lien](https://example.org).
[^é]: Note accentuée.
`;

describe('footnotes after sanitizing', () => {
  it('should point every in-page link at an element that exists', async () => {
    const nodes = elements(await renderMarkdown(FOOTNOTES));
    const ids = new Set(nodes.map((node) => node.properties['id']).filter((id) => typeof id === 'string'));
    const fragments = nodes
      .map((node) => node.properties['href'])
      .filter((href): href is string => typeof href === 'string' && href.startsWith('#'));
    expect(fragments.length).toBe(8);
    for (const fragment of fragments) {
      const target = fragment.slice(1);
      expect(ids.has(target) || ids.has(decodeURIComponent(target)), fragment).toBe(true);
    }
  });

  it('should prefix footnote ids with user-content- exactly once', async () => {
    const html = await renderMarkdown(FOOTNOTES);
    expect(html).toContain('id="user-content-fn-a"');
    expect(html).toContain('href="#user-content-fn-a"');
    expect(html).not.toContain('user-content-user-content-');
  });

  it('should keep the footnote markup screen readers rely on', async () => {
    const html = await renderMarkdown(FOOTNOTES);
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">Notes</h2>');
    expect(html).toContain('data-footnote-backref="" aria-label="Retour à l’appel de note 1"');
    expect(html).toContain('aria-label="Retour à l’appel de note 1-2"');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
  });
});

describe('ids and in-page links', () => {
  it('should prefix ids written in raw HTML and follow links to them', async () => {
    const html = await renderMarkdown('<p id="encadre">Encadré</p>\n\n[Voir l’encadré](#encadre)');
    expect(html).toContain('<p id="user-content-encadre">');
    expect(html).toContain('<a href="#user-content-encadre">');
  });

  it('should point links to heading ids at the prefixed heading ids', async () => {
    const html = await renderMarkdown('## La suite\n\n[Aller à la suite](#la-suite)');
    expect(html).toContain('<h2 id="user-content-la-suite">');
    expect(html).toContain('<a href="#user-content-la-suite">');
  });
});

describe('the article sanitize schema', () => {
  it('should allow no data: URL anywhere, not even for images', async () => {
    const html = await renderMarkdown(
      '![Pixel](data:image/png;base64,iVBORw0KGgo=) <img src="data:image/gif;base64,R0lG">',
    );
    expect(html).not.toContain('data:');
    expect(ARTICLE_SANITIZE_SCHEMA.protocols?.['src']).toEqual(['http', 'https']);
  });

  it('should keep mailto and tel links and relative URLs', async () => {
    const html = await renderMarkdown(
      '[Écrire](mailto:redaction@example.org), [appeler](tel:+33100000000), [ici](../autre/)',
    );
    expect(html).toContain('href="mailto:redaction@example.org"');
    expect(html).toContain('href="tel:+33100000000"');
    expect(html).toContain('href="../autre/"');
  });

  it('should keep the language class on code blocks and drop other classes', async () => {
    const html = await renderMarkdown('```js\nlet a;\n```\n\n<span class="rouge">texte</span>');
    expect(html).toContain('<code class="language-js">');
    expect(html).toContain('<span>texte</span>');
  });

  it('should keep definition lists, line breaks, rules and ruby', async () => {
    const html = await renderMarkdown(
      '<dl><dt>Terme</dt><dd>Définition</dd></dl>\n\nA<br>B\n\n---\n\n<ruby>漢<rt>kan</rt></ruby>',
    );
    for (const tag of ['<dl>', '<dt>', '<dd>', '<br>', '<hr>', '<ruby>', '<rt>']) expect(html).toContain(tag);
  });

  it('should drop GFM task-list checkboxes, as articles have no form controls', async () => {
    const html = await renderMarkdown('- [x] fait\n- [ ] à faire');
    expect(html).not.toContain('<input');
    expect(html).toContain('fait');
  });

  it('should keep the text of unknown elements but drop the content of embedding ones', async () => {
    const html = await renderMarkdown('<marquee>Défile</marquee> <svg><text>Dessin</text></svg>');
    expect(html).toContain('Défile');
    expect(html).not.toContain('Dessin');
  });

  it('should only allow known values for loading and decoding on images', async () => {
    const html = await renderMarkdown('<img src="/a.png" alt="" loading="eager" decoding="bizarre">');
    expect(html).toContain('loading="eager"');
    expect(html).toContain('decoding="async"');
  });
});
