import { describe, expect, it } from 'vitest';
import { applyFrenchSpacing } from '../../src/lib/markdown/french-spacing.ts';
import { firstParagraphText } from '../../src/lib/standfirst.ts';
import { markdownToPlainText, truncate } from '../../src/lib/text.ts';

// Generous: each call takes milliseconds; the backtracking versions took from 35 s to minutes on these inputs.
const BUDGET_MS = 2_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const PATHOLOGICAL: [string, string][] = [
  ['a line of 3,000 spaces then a letter', `${' '.repeat(3_000)}a`],
  ['a line of 5,000 spaces then a letter', `${' '.repeat(5_000)}a`],
  ['100,000 spaces in a paragraph', `a${' '.repeat(100_000)}b ; c`],
  ['100,000 spaces before a table delimiter', `a\n${' '.repeat(100_000)}|-|\n`],
  ['100,000 unclosed comments', '<!--'.repeat(100_000)],
  ['100,000 unclosed code fences', '```\n'.repeat(100_000)],
  ['100,000 unclosed tags', '<a'.repeat(100_000)],
  ['100,000 unclosed image labels', '![a'.repeat(100_000)],
  ['100,000 unclosed link targets', '[a]('.repeat(100_000)],
  ['100,000 footnote openers', '[^'.repeat(100_000)],
  ['100,000 list markers', '- '.repeat(100_000)],
];

describe('markdownToPlainText on pathological input', () => {
  for (const [name, input] of PATHOLOGICAL) {
    it(`finishes ${name} within the budget`, () => {
      const { value, ms } = timed(() => markdownToPlainText(input));
      expect(typeof value).toBe('string');
      expect(ms).toBeLessThan(BUDGET_MS);
    });
  }

  it('still strips what it should', () => {
    expect(markdownToPlainText('| a | b |\n| --- | :-: |\n| 1 | 2 |')).toBe('a b \n \n 1 2');
    expect(markdownToPlainText('Voir ![photo](../images/x.png) et [ceci](https://e.org).')).toBe('Voir photo et ceci.');
  });
});

describe('applyFrenchSpacing on pathological input', () => {
  const inputs: [string, string][] = [
    ['100,000 spaces not followed by punctuation', `a${' '.repeat(100_000)}b`],
    ['100,000 spaces then a colon', `a${' '.repeat(100_000)}: b`],
    ['100,000 spaces then a closing guillemet', `« a${' '.repeat(100_000)}b`],
    ['100,000 no-break spaces', `a${'\u00A0'.repeat(100_000)}b`],
  ];
  for (const [name, input] of inputs) {
    it(`finishes ${name} within the budget`, () => {
      expect(timed(() => applyFrenchSpacing(input)).ms).toBeLessThan(BUDGET_MS);
    });
  }

  it('still collapses a run of spaces before the mark into one narrow no-break space', () => {
    expect(applyFrenchSpacing(`Quoi${' '.repeat(1_000)}?`)).toBe('Quoi\u202F?');
  });
});

describe('the standfirst helpers on pathological input', () => {
  it('finds the first paragraph of 1 MB of HTML within the budget', () => {
    const html = `<p>Premier.</p>${'<p>Suite.</p>'.repeat(80_000)}`;
    const { value, ms } = timed(() => firstParagraphText(html));
    expect(value).toBe('Premier.');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('truncates 100,000 spaces and commas within the budget', () => {
    expect(timed(() => truncate(`a${' ,'.repeat(100_000)}b`, 220)).ms).toBeLessThan(BUDGET_MS);
  });
});
