import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';

describe('rehypeLazyImages', () => {
  it('should make Markdown and HTML images load lazily and decode asynchronously', async () => {
    const html = await renderMarkdown('![Photo](https://example.org/a.jpg)\n\n<img src="/b.png" alt="B">');
    expect(html.match(/ loading="lazy" decoding="async"/g)).toHaveLength(2);
  });

  it('should keep an author’s explicit eager loading', async () => {
    const html = await renderMarkdown('<img src="/une.png" alt="Une" loading="eager">');
    expect(html).toContain('loading="eager" decoding="async"');
  });
});
