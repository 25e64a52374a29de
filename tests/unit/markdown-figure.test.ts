import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';

describe('rehypeFigure', () => {
  it('should turn a lone captioned image into a figure with its title as caption', async () => {
    expect(await renderMarkdown('![Le port](https://example.org/port.jpg "Le port de Marseille, au matin.")')).toBe(
      '<figure><img src="https://example.org/port.jpg" alt="Le port" loading="lazy" decoding="async">' +
        '<figcaption>Le port de Marseille, au matin.</figcaption></figure>',
    );
  });

  it('should leave an image without a title in its paragraph', async () => {
    expect(await renderMarkdown('![Le port](https://example.org/port.jpg)')).toMatch(/^<p><img /);
  });

  it('should leave an image that shares its paragraph with text', async () => {
    const html = await renderMarkdown('Voici ![le port](https://example.org/port.jpg "Légende") au matin.');
    expect(html).not.toContain('<figure>');
    expect(html).toContain('title="Légende"');
  });

  it('should write the caption as text, never as markup', async () => {
    const html = await renderMarkdown('![x](https://example.org/a.jpg "<img src=x onerror=__xss(1)>")');
    expect(html).toContain('<figcaption>&#x3C;img src=x onerror=__xss(1)></figcaption>');
  });
});
