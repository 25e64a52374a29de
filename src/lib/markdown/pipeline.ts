/**
 * The article Markdown pipeline for a site configuration: the plugin lists astro.config.mjs hands to `unified()`,
 * and the same pipeline as a standalone processor for unit tests and benchmarks.
 *
 * Astro 7 runs, in this order: remark-parse → remark-gfm → remark-smartypants → `remarkPlugins` →
 * remarkCollectImages → remark-rehype (allowDangerousHtml, so raw HTML arrives as `raw` nodes, plus
 * `remarkRehypeOptions`) → `rehypePlugins` → rehypeImages → rehypeHeadingIds → rehype-raw → rehype-stringify.
 * Astro's own rehype-raw comes after our sanitizer, so ours must parse every `raw` node first: nothing raw may
 * be left for it to turn into live HTML.
 */
import type { RehypePlugins, RemarkPlugins, RemarkRehype } from '@astrojs/markdown-remark';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { getEditions, type SiteConfig } from '../site-config.ts';
import { getFootnoteLabels } from './footnote-labels.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeFigure from './rehype-figure.ts';
import rehypeFootnoteLabels from './rehype-footnote-labels.ts';
import rehypeFragmentLinks from './rehype-fragment-links.ts';
import rehypePrefixedHeadingIds from './rehype-heading-ids.ts';
import rehypeLazyImages from './rehype-lazy-images.ts';
import rehypeTableAlign from './rehype-table-align.ts';
import remarkFrenchTypography from './remark-french-typography.ts';
import { ARTICLE_SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** The plugin lists and remark-rehype options Astro's `unified()` processor takes. */
export interface MarkdownPipeline {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehypeOptions: RemarkRehype;
}

/**
 * Builds the pipeline for a configuration. Every setting a plugin reads is one of its options, so it is part of the
 * Markdown config Astro digests: a configuration change re-renders the articles.
 */
export function createMarkdownPipeline(config: SiteConfig): MarkdownPipeline {
  // remark plugins run after GFM and smartypants: French spacing works on the final prose characters.
  const remarkPlugins = [[remarkFrenchTypography, { defaultLang: config.site.lang }]] satisfies RemarkPlugins;
  // Footnote ids without a prefix, because the sanitizer adds `user-content-` to every id (with remark-rehype's own
  // prefix too, they would read `user-content-user-content-fn-1`), and footnote labels in the UI language.
  const remarkRehypeOptions = { clobberPrefix: '', ...getFootnoteLabels(config) } satisfies RemarkRehype;
  // In order: parse raw HTML, sanitize, then only plugins that add safe attributes or move nodes.
  const rehypePlugins = [
    // 1. Turn raw HTML into elements so the sanitizer sees (and judges) every one of them.
    rehypeRaw,
    // 1b. Heading ids before the sanitizer, so they get its prefix and never collide with the page's own ids.
    rehypePrefixedHeadingIds,
    // 2. The allow list; it also prefixes ids (see sanitize-schema.ts).
    [rehypeSanitize, ARTICLE_SANITIZE_SCHEMA],
    // 3. In-page links follow their targets' new `user-content-` ids.
    [rehypeFragmentLinks, { prefix: ARTICLE_SANITIZE_SCHEMA.clobberPrefix ?? '' }],
    // 4. rel and class on links to other sites.
    [rehypeExternalLinks, { siteUrl: config.site.url, nofollow: config.site.nofollowExternalLinks }],
    // 5. Captioned photos become figures, then every image loads lazily.
    rehypeFigure,
    rehypeLazyImages,
    // 6. Table alignment as classes (no style attributes under our CSP).
    rehypeTableAlign,
    // 7. Footnote labels in the language of the article's edition (text and aria-label values only).
    [rehypeFootnoteLabels, { defaultLang: config.site.lang, editions: getEditions(config).map(footnoteStrings) }],
  ] satisfies RehypePlugins;
  return { remarkPlugins, rehypePlugins, remarkRehypeOptions };
}

/** An edition's footnote strings, as rehypeFootnoteLabels takes them. */
const footnoteStrings = ({ lang, strings }: { lang: string; strings: SiteConfig['strings'] }) => ({
  lang,
  label: strings['footnotes.label'],
  back: strings['footnotes.back'],
});

/** Options of renderMarkdown. */
export interface RenderOptions {
  /** Article language, as the front matter `lang` would give it (default: the configuration's language). */
  lang?: string;
}

/** Builds a processor that reproduces Astro's Markdown order with our plugins, for tests and benchmarks. */
export function createArticleProcessor(config: SiteConfig) {
  const { remarkPlugins, rehypePlugins, remarkRehypeOptions } = createMarkdownPipeline(config);
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkSmartypants, {})
      // Astro's list types also allow plugin names as strings; ours hold only functions and tuples.
      .use(remarkPlugins as PluggableList)
      .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...remarkRehypeOptions })
      .use(rehypePlugins as PluggableList)
      .use(rehypeHeadingIds)
      .use(rehypeRaw)
      .use(rehypeStringify, { allowDangerousHtml: true })
  );
}

const processors = new WeakMap<SiteConfig, ReturnType<typeof createArticleProcessor>>();

/** Renders an article body to HTML exactly as the site build would (without Astro's image handling). */
export async function renderMarkdown(markdown: string, config: SiteConfig, opts: RenderOptions = {}): Promise<string> {
  let processor = processors.get(config);
  if (processor === undefined) {
    processor = createArticleProcessor(config);
    processors.set(config, processor);
  }
  const file = new VFile({
    value: markdown,
    data: { astro: { frontmatter: { lang: opts.lang ?? config.site.lang } } },
  });
  return String(await processor.process(file));
}
