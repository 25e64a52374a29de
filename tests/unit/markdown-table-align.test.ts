import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/config.ts';

describe('rehype-table-align', () => {
  it('should turn GFM column alignment into classes, without align or style attributes', async () => {
    const html = await renderMarkdown('| a | b | c |\n| :-- | --: | :-: |\n| 1 | 2 | 3 |\n');
    expect(html).not.toMatch(/\salign=|\sstyle=/);
    expect(html).toContain('<td class="align-right">2</td>');
    expect(html).toContain('<th class="align-center">c</th>');
  });
});
