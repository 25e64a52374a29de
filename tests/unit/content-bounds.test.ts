import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/lib/content-check/index.ts';

// Generous: the check runs each input in milliseconds; a backtracking or quadratic pass would take minutes.
const BUDGET_MS = 3_000;
const HEAD = '---\ntitle: Un titre\ndate: 2024-05-02\nsection: europe\n---\n\n';

/** Checks one article body, returning the messages and the time the check took. */
function checkBody(body: string): { text: string; ms: number } {
  const start = performance.now();
  const issues = checkContent([{ path: 'a.md', bytes: new TextEncoder().encode(HEAD + body) }], {
    sections: ['europe'],
    resolveImage: () => 'ok',
  });
  return { text: formatIssues(issues, 'content/articles'), ms: performance.now() - start };
}

const repeat = (unit: string, times: number, then = 'x'): string => unit.repeat(times) + then;

describe('the content check on pathological bodies', () => {
  const rejected: [string, string, RegExp][] = [
    ['10,000 nested list markers', repeat('- ', 10_000), /lists and quotes are nested 10000 deep; the limit is 32/],
    ['10,000 nested quotes', repeat('> ', 10_000), /nested 10000 deep/],
    [
      '1,000 lists nested by indentation',
      Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
      /lists and quotes are nested \d+ deep/,
    ],
    ['10,000 nested divs', repeat('<div>', 10_000), /HTML elements are nested 10000 deep/],
    ['10,000 nested spans in a paragraph', `Texte ${repeat('<span>', 10_000)}`, /HTML elements are nested/],
    [
      '50,000 unclosed comments',
      `Texte ${repeat('<!--', 50_000)}`,
      /has 50000 HTML comments and declarations \(<!, <\?\); the limit is 500/,
    ],
    ['20,000 unclosed CDATA sections', `Texte ${repeat('<![CDATA[', 20_000)}`, /HTML comments and declarations/],
    ['100,000 footnotes', `${repeat('t[^1] ', 100_000, '')}\n\n[^1]: n`, /has 100001 footnote calls and notes/],
    [
      '100,000 footnote definitions',
      Array.from({ length: 100_000 }, (_, i) => `[^${i}]: n`).join('\n'),
      /footnote calls and notes/,
    ],
    ['100,000 opening brackets', repeat('[', 100_000), /has 100000 opening brackets \(\[\); the limit is 2000/],
    [
      'two runs of 10,000 asterisks',
      `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`,
      /a run of 10000 emphasis characters/,
    ],
    [
      '3,000 alternating nested emphasis marks',
      `a ${repeat('*a _', 3_000, 'x')}${'_ a*'.repeat(3_000)}`,
      /one paragraph has 12000 emphasis characters/,
    ],
  ];
  for (const [name, body, message] of rejected) {
    it(`rejects ${name} quickly, naming the file, the body and the limit`, () => {
      const { text, ms } = checkBody(body);
      expect(text).toMatch(/^content\/articles\/a\.md: body: /);
      expect(text).toMatch(message);
      expect(ms).toBeLessThan(BUDGET_MS);
    });
  }

  const accepted: [string, string][] = [
    ['a line of 3,000 spaces then a letter', `${' '.repeat(3_000)}a`],
    ['a paragraph with 100,000 spaces', `Début${' '.repeat(100_000)}fin ; encore !`],
    ['100,000 spaces before a table delimiter', `a\n${' '.repeat(100_000)}|-\n`],
    ['lists nested 30 deep', Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')],
    ['100,000 spaces after an image source attribute', `<img src=${' '.repeat(100_000)}>`],
  ];
  for (const [name, body] of accepted) {
    it(`accepts ${name}, quickly`, () => {
      const { text, ms } = checkBody(body);
      expect(text).toBe('');
      expect(ms).toBeLessThan(BUDGET_MS);
    });
  }

  it('rejects an article over 2 MB before reading it, naming the limit', () => {
    const { text } = checkBody('Un paragraphe de texte.\n\n'.repeat(100_000));
    expect(text).toMatch(/a\.md: is \d+ bytes; the limit is 2000000 bytes/);
  });
});
