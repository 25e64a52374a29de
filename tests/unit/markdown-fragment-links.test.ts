import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import rehypeFragmentLinks from '../../src/lib/markdown/rehype-fragment-links.ts';

/** Runs the plugin on a tree and returns the links' hrefs. */
function hrefsAfter(tree: Root, prefix?: string): unknown[] {
  rehypeFragmentLinks(prefix === undefined ? {} : { prefix })(tree);
  return tree.children.flatMap((node) =>
    node.type === 'element' && node.tagName === 'a' ? [node.properties['href']] : [],
  );
}

describe('rehypeFragmentLinks', () => {
  it('should point a fragment at the prefixed id when only that one exists', () => {
    const tree = h(null, [h('p', { id: 'user-content-encadre' }), h('a', { href: '#encadre' })]);
    expect(hrefsAfter(tree)).toEqual(['#user-content-encadre']);
  });

  it('should keep a fragment whose target exists as written', () => {
    const tree = h(null, [h('h2', { id: 'suite' }), h('p', { id: 'user-content-suite' }), h('a', { href: '#suite' })]);
    expect(hrefsAfter(tree)).toEqual(['#suite']);
  });

  it('should keep a fragment with no target at all', () => {
    expect(hrefsAfter(h(null, [h('a', { href: '#nulle-part' })]))).toEqual(['#nulle-part']);
  });

  it('should match percent-encoded fragments against decoded ids', () => {
    const tree = h(null, [h('p', { id: 'user-content-été' }), h('a', { href: '#%C3%A9t%C3%A9' })]);
    expect(hrefsAfter(tree)).toEqual(['#user-content-%C3%A9t%C3%A9']);
  });

  it('should find targets named with the name attribute too', () => {
    const tree = h(null, [h('a', { name: 'x-haut' }), h('a', { href: '#haut' })]);
    expect(hrefsAfter(tree, 'x-')).toEqual([undefined, '#x-haut']);
  });

  it('should never touch links that are not fragments', () => {
    const tree = h(null, [h('p', { id: 'user-content-page' }), h('a', { href: 'page' }), h('a', { href: '/#page' })]);
    expect(hrefsAfter(tree)).toEqual(['page', '/#page']);
  });
});
