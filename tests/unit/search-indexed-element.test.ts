import { describe, expect, it } from 'vitest';
import { indexedElement, indexedPage } from '../../src/lib/search/indexed-element.ts';

const page = (body: string, after = '') =>
  `<!DOCTYPE html><html lang="fr-CA"><head><title>Un <article> titre</title>` +
  `<meta name="description" content="data-pagefind-body"></head><body><nav>Menu</nav>${body}${after}</body></html>`;

describe('the element of a page that Pagefind indexes', () => {
  it('should take the marked element whole, with the page language, and leave what follows it', () => {
    const body = '<article class="article" data-pagefind-body><h1>Titre</h1><p>Texte</p></article>';
    expect(indexedElement(page(body, '<aside><article class="card">Lié</article></aside>'))).toEqual({
      lang: 'fr-CA',
      html: body,
    });
  });

  it('should close the element at its own end tag, past nested elements of the same name', () => {
    const body = '<div data-pagefind-body><div><p>un</p></div><div>deux</div></div>';
    expect(indexedElement(page(body, '<div>après</div>'))?.html).toBe(body);
  });

  it('should not be misled by tags written inside attribute values, comments or raw text', () => {
    const body =
      '<article data-pagefind-body data-x=\'a > b\'><img alt="</article><article>" src="a.jpg">' +
      '<!-- </article> --><p title="<article>">Texte</p><style>p::after{content:"</article>"}</style></article>';
    expect(indexedElement(page(body, '<footer>Pied</footer>'))?.html).toBe(body);
  });

  it('should find no element on a page that only mentions the attribute in text or in another attribute', () => {
    expect(indexedElement(page('<p>On écrit data-pagefind-body sur l’élément.</p>'))).toBeUndefined();
  });

  it('should run an element left open to the end of the page', () => {
    expect(indexedElement('<html lang="en"><main data-pagefind-body><p>Open')?.html).toBe(
      '<main data-pagefind-body><p>Open',
    );
  });

  it('should give Pagefind a page holding the element alone, under the page language', () => {
    const element = { lang: 'en" onload="x', html: '<article data-pagefind-body>Text</article>' };
    expect(indexedPage(element)).toBe(
      '<!DOCTYPE html><html lang="enonloadx"><head><meta charset="utf-8"></head><body>' +
        '<article data-pagefind-body>Text</article></body></html>',
    );
  });
});
