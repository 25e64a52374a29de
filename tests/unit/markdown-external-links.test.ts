import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';
import { isExternalHref } from '../../src/lib/markdown/rehype-external-links.ts';

const SITE_URL = 'https://kiosque.example.org';

describe('isExternalHref', () => {
  it('should call http and https links to another host external', () => {
    expect(isExternalHref('https://example.org/a', SITE_URL)).toBe(true);
    expect(isExternalHref('http://example.org', SITE_URL)).toBe(true);
    expect(isExternalHref('https://www.kiosque.example.org/', SITE_URL)).toBe(true);
  });

  it('should call protocol-relative links to another host external', () => {
    expect(isExternalHref('//example.org/a', SITE_URL)).toBe(true);
  });

  it('should keep links to the site itself, relative links and fragments internal', () => {
    expect(isExternalHref('https://kiosque.example.org/europe/', SITE_URL)).toBe(false);
    expect(isExternalHref('HTTPS://KIOSQUE.EXAMPLE.ORG/', SITE_URL)).toBe(false);
    expect(isExternalHref('/europe/', SITE_URL)).toBe(false);
    expect(isExternalHref('../autre-article/', SITE_URL)).toBe(false);
    expect(isExternalHref('#user-content-fn-1', SITE_URL)).toBe(false);
  });

  it('should not treat mailto or tel links as external sites', () => {
    expect(isExternalHref('mailto:redaction@example.org', SITE_URL)).toBe(false);
    expect(isExternalHref('tel:+33100000000', SITE_URL)).toBe(false);
  });
});

describe('rehypeExternalLinks in the pipeline', () => {
  it('should give external links rel noopener noreferrer nofollow and the class external', async () => {
    expect(await renderMarkdown('[Ailleurs](https://example.org/page)')).toBe(
      '<p><a href="https://example.org/page" rel="noopener noreferrer nofollow" class="external">Ailleurs</a></p>',
    );
  });

  it('should mark autolinked URLs and raw HTML links the same way', async () => {
    const html = await renderMarkdown('Voir https://example.org et <a href="https://example.net">là</a>');
    expect(html.match(/class="external"/g)).toHaveLength(2);
  });

  it('should leave internal absolute links untouched', async () => {
    expect(await renderMarkdown('[Europe](https://kiosque.example.org/europe/)')).toBe(
      '<p><a href="https://kiosque.example.org/europe/">Europe</a></p>',
    );
  });

  it('should leave relative and fragment links untouched', async () => {
    expect(await renderMarkdown('[Rubrique](/europe/) et [plus bas](#suite)')).toBe(
      '<p><a href="/europe/">Rubrique</a> et <a href="#suite">plus bas</a></p>',
    );
  });

  it('should replace an author-written rel and class rather than trust them', async () => {
    const html = await renderMarkdown('<a href="https://example.org" rel="opener" class="bouton">x</a>');
    expect(html).toContain(' rel="noopener noreferrer nofollow"');
    expect(html).toContain(' class="external"');
    expect(html).not.toContain('opener"');
    expect(html).not.toContain('bouton');
  });
});
