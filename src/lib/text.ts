/**
 * Plain-text helpers over Markdown sources: word counts, reading time, text for related links.
 * Every function here is linear in its input: no regular expression can backtrack over a run of spaces or
 * an unclosed construct (tests/unit/text-bounds.test.ts feeds each one pathological input).
 */

/** Removes every `open`…`close` span (scanned with indexOf, so an unclosed opener costs one pass). */
function removeSpans(text: string, open: string, close: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start === -1) break;
    const end = text.indexOf(close, start + open.length);
    if (end === -1) break;
    result += `${text.slice(from, start)} `;
    from = end + close.length;
  }
  return result + text.slice(from);
}

// A table delimiter row (`| --- | :-: |`) holds nothing but these characters and at least one hyphen.
const isDelimiterRow = (line: string): boolean => line.includes('-') && /^[-:| \t]+$/.test(line);
// Block markers at a line start: at most 3 spaces, then a heading, quote or list marker (digits bounded).
const BLOCK_MARKER = /^ {0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/;

/** Strips Markdown and HTML syntax from a source, keeping readable text. */
export function markdownToPlainText(markdown: string): string {
  const text = removeSpans(removeSpans(markdown, '```', '```'), '<!--', '-->')
    // Each class excludes the opening character, so a run of unclosed openers is scanned once, not once each.
    .replace(/<[^<>]+>/g, ' ')
    .replace(/!\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(/\[\^[^[\]]+\]:?/g, '');
  return text
    .split('\n')
    .map((line) => (isDelimiterRow(line) ? ' ' : line.replace(BLOCK_MARKER, '')))
    .join('\n')
    .replace(/[*_`~|]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Shortens text to at most maxLength characters, on a word boundary, with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${trimEndPunctuation(space > maxLength * 0.6 ? cut.slice(0, space) : cut)}…`;
}

/** Trims trailing spaces and light punctuation (a loop, not /[…]+$/, which retries from every position). */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:.–-]/.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/** Counts words in plain text (Unicode-aware). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}

/** Reading time in whole minutes (at least 1) at the given reading speed. */
export function readingMinutes(text: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
