import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import * as pipeline from '../../src/lib/markdown/pipeline.ts';
import { ENGLISH, FRENCH } from '../support/config.ts';
import rehypeExternalLinks from '../../src/lib/markdown/rehype-external-links.ts';
import rehypePrefixedHeadingIds from '../../src/lib/markdown/rehype-heading-ids.ts';
import remarkFrenchTypography from '../../src/lib/markdown/remark-french-typography.ts';
import { ARTICLE_SANITIZE_SCHEMA } from '../../src/lib/markdown/sanitize-schema.ts';

/** The plugin function of a plugin-list entry. */
const pluginOf = (entry: unknown): unknown => (Array.isArray(entry) ? entry[0] : entry);

const { rehypePlugins, remarkPlugins, remarkRehypeOptions } = pipeline.createMarkdownPipeline(FRENCH);

describe('the Markdown pipeline module', () => {
  it('should expose exactly the lists, options and renderers the config and the tests use', () => {
    expect(Object.keys(pipeline).sort()).toEqual([
      'createArticleProcessor',
      'createMarkdownPipeline',
      'renderMarkdown',
    ]);
  });

  it('should parse raw HTML first, give headings ids, then sanitize, with the article schema', () => {
    expect(pluginOf(rehypePlugins[0])).toBe(rehypeRaw);
    expect(pluginOf(rehypePlugins[1])).toBe(rehypePrefixedHeadingIds);
    expect(rehypePlugins[2]).toEqual([rehypeSanitize, ARTICLE_SANITIZE_SCHEMA]);
    const rest = rehypePlugins.slice(3).map(pluginOf);
    expect(rest).not.toContain(rehypeRaw);
    expect(rest).toContain(rehypeExternalLinks);
  });

  it('should run French typography as a remark plugin', () => {
    expect(remarkPlugins.map(pluginOf)).toContain(remarkFrenchTypography);
  });

  it('should ask remark-rehype for unprefixed footnote ids, since the sanitizer prefixes them', () => {
    expect(remarkRehypeOptions.clobberPrefix).toBe('');
    expect(ARTICLE_SANITIZE_SCHEMA.clobberPrefix).toBe('user-content-');
  });

  it('should render with the site language when no language is given', async () => {
    expect(await pipeline.renderMarkdown('Oui ?', FRENCH)).toBe('<p>Oui\u202F?</p>');
  });

  it('should give heading ids the sanitizer prefix, so they cannot collide with the page ids', async () => {
    expect(await pipeline.renderMarkdown('## Le titre', FRENCH)).toBe('<h2 id="user-content-le-titre">Le titre</h2>');
    expect(await pipeline.renderMarkdown('## Content\n\n## Content', FRENCH)).toBe(
      '<h2 id="user-content-content">Content</h2>\n<h2 id="user-content-content-1">Content</h2>',
    );
  });

  it('should not give a heading the id of a footnote', async () => {
    const html = await pipeline.renderMarkdown('## fn 1\n\nTexte[^1].\n\n[^1]: Note.', FRENCH);
    expect(html).toContain('<h2 id="user-content-fn-1-1">');
    expect(html).toContain('<li id="user-content-fn-1">');
  });

  it('should pass the configuration to the plugins: site URL, nofollow, language and footnote labels', async () => {
    const link = '[a](https://kiosque.example.org/x) [b](https://other.example/y)';
    const english = {
      ...ENGLISH,
      site: { ...ENGLISH.site, url: 'https://other.example', nofollowExternalLinks: false },
    };
    expect(await pipeline.renderMarkdown(link, FRENCH)).toContain(
      'href="https://other.example/y" rel="noopener noreferrer nofollow"',
    );
    expect(await pipeline.renderMarkdown(link, english)).toContain(
      'href="https://kiosque.example.org/x" rel="noopener noreferrer"',
    );
    expect(await pipeline.renderMarkdown(link, english)).not.toContain('href="https://other.example/y" rel=');
    expect(await pipeline.renderMarkdown('Oui ?', ENGLISH)).toBe('<p>Oui ?</p>');
    const note = 'Text[^1].\n\n[^1]: Note.';
    expect(await pipeline.renderMarkdown(note, FRENCH)).toContain('aria-label="Retour à l’appel de note 1"');
    expect(await pipeline.renderMarkdown(note, ENGLISH)).toContain('aria-label="Back to reference 1"');
    expect(await pipeline.renderMarkdown(note, ENGLISH)).toContain('>Footnotes</h2>');
  });

  it('should label the footnotes of an article in its edition’s language, as a site in that language would', async () => {
    const notes = 'One[^a], two[^b], one again[^a].\n\n[^a]: First.\n[^b]: Second.';
    const english = await pipeline.renderMarkdown(notes, FRENCH, { lang: 'en-GB' });
    expect(english).toBe(await pipeline.renderMarkdown(notes, ENGLISH));
    expect(english).toContain('>Footnotes</h2>');
    expect(english).toContain('aria-label="Back to reference 1-2"');
    expect(english).toContain('aria-label="Back to reference 2"');
    expect(english).not.toContain('Retour');
    // French articles, and languages without an edition of their own, keep the default edition's labels.
    for (const lang of ['fr', 'de']) {
      const html = await pipeline.renderMarkdown(notes, FRENCH, { lang });
      expect(html).toContain('>Notes</h2>');
      expect(html).toContain('aria-label="Retour à l’appel de note 1-2"');
    }
  });

  it('should give the same output for the same input', async () => {
    const markdown = '# Titre\n\nTexte[^1] et <b>gras</b>.\n\n[^1]: Note.';
    expect(await pipeline.renderMarkdown(markdown, FRENCH)).toBe(await pipeline.renderMarkdown(markdown, FRENCH));
  });
});
