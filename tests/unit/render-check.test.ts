import { describe, expect, it } from 'vitest';
import { checkRendered } from '../../src/lib/render-check.ts';

describe('checkRendered', () => {
  it('should refuse an article Astro failed to render', () => {
    expect(checkRendered('Du texte.', undefined)).toMatch(/did not render/);
  });

  it('should refuse an article with body text that rendered without any', () => {
    expect(checkRendered('Du texte.\n\n<!--\n\nperdu', '')).toMatch(/rendered without any text/);
    expect(checkRendered('> '.repeat(50) + 'mot', '<blockquote></blockquote>')).toMatch(/without any text/);
  });

  it('should accept a rendered article with text, or an image-only one', () => {
    expect(checkRendered('Du texte.', '<p>Du texte.</p>')).toBeUndefined();
    expect(
      checkRendered('![Photo](../images/a.png)', '<figure><img src="/a.png" alt="Photo"></figure>'),
    ).toBeUndefined();
  });
});
