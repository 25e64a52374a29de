/**
 * rehype plugin: footnote labels in the article's language. remark-rehype writes one set of labels for every article
 * (the default edition's); this plugin rewrites the section heading and the ↩ links' names of an article whose
 * language has an edition of its own, with that edition's strings. The language comes from the front matter Astro
 * puts on the file, as for French typography.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { primaryLanguage } from '../language/tags.ts';
import { getArticleLang } from './remark-french-typography.ts';

/** The footnote strings of one edition: its language, the section heading, the ↩ link's name (with `{note}`). */
export interface EditionFootnoteLabels {
  lang: string;
  label: string;
  back: string;
}

/** Options of rehypeFootnoteLabels. */
export interface FootnoteLabelOptions {
  /** Language of articles whose front matter has none: the site language. */
  defaultLang: string;
  /** Each edition's labels, the default edition first (its labels are remark-rehype's already). */
  editions: readonly EditionFootnoteLabels[];
}

const elementChildren = (node: Element) => node.children.filter((child): child is Element => child.type === 'element');

/** Rewrites the footnote labels of articles in the language of a further edition. */
export default function rehypeFootnoteLabels(options: FootnoteLabelOptions) {
  return (tree: Root, file: VFile): void => {
    const primary = primaryLanguage(getArticleLang(file, options.defaultLang));
    const index = options.editions.findIndex((edition) => primaryLanguage(edition.lang) === primary);
    // The default edition's labels (and those of languages without an edition) are already in place.
    if (index <= 0) return;
    const { label, back } = options.editions[index]!;
    visit(tree, 'element', (section) => {
      if (section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
      for (const child of elementChildren(section)) {
        if (child.tagName === 'h2') child.children = [{ type: 'text', value: label }];
        if (child.tagName !== 'ol') continue;
        // Note n is the n-th item; its k-th ↩ link goes back to its k-th call (remark-rehype's numbering).
        elementChildren(child).forEach((item, note) => {
          let call = 0;
          visit(item, 'element', (link) => {
            if (link.tagName !== 'a' || link.properties['dataFootnoteBackref'] === undefined) return;
            call += 1;
            link.properties['ariaLabel'] = back.replace('{note}', `${note + 1}${call > 1 ? `-${call}` : ''}`);
          });
        });
      }
      return 'skip';
    });
  };
}
