/**
 * remark plugin: French punctuation spacing in the prose of French articles.
 *
 * Only mdast `text` nodes are touched: inline code, code blocks, raw HTML and link URLs are other node
 * types or properties and never change. The article language comes from the front matter Astro puts on the
 * file (`file.data.astro.frontmatter.lang`), else the site language it is given.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { primaryLanguage } from '../language/tags.ts';
import { applyFrenchSpacing } from './french-spacing.ts';

/** Options of remarkFrenchTypography. */
export interface FrenchTypographyOptions {
  /** Language of articles whose front matter has none: the site language. */
  defaultLang: string;
}

/** Reads the article language from the front matter Astro attaches to the file. */
export function getArticleLang(file: VFile, defaultLang: string): string {
  const astro = (file.data as Record<string, unknown>)['astro'];
  if (typeof astro !== 'object' || astro === null || !('frontmatter' in astro)) return defaultLang;
  const frontmatter: unknown = astro.frontmatter;
  if (typeof frontmatter !== 'object' || frontmatter === null || !('lang' in frontmatter)) return defaultLang;
  return typeof frontmatter.lang === 'string' && frontmatter.lang !== '' ? frontmatter.lang : defaultLang;
}

/** Adds French no-break spaces before ; : ! ? and inside « » when the article is in French. */
export default function remarkFrenchTypography(options: FrenchTypographyOptions) {
  const { defaultLang } = options;
  return (tree: Root, file: VFile): void => {
    if (primaryLanguage(getArticleLang(file, defaultLang)) !== 'fr') return;
    visit(tree, 'text', (node, index, parent) => {
      const siblings = parent?.children ?? [];
      const at = index ?? 0;
      const isInline = (sibling: (typeof siblings)[number] | undefined): boolean =>
        sibling !== undefined && sibling.type !== 'break';
      node.value = applyFrenchSpacing(node.value, {
        before: isInline(siblings[at - 1]),
        after: isInline(siblings[at + 1]),
      });
    });
  };
}
