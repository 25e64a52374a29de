/**
 * Plain-text helpers over Markdown sources: excerpts, word counts, reading time.
 */

/** Strips Markdown and HTML syntax from a source, keeping readable text. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, ' ')
    .replace(/[*_`~|]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Returns the first prose paragraph of a Markdown body as plain text (skipping headings, lists, tables, code). */
export function firstParagraph(markdown: string): string {
  const blocks = markdown.split(/\n\s*\n/);
  for (const block of blocks) {
    const trimmed = block.trim();
    if (!trimmed || /^(#|>|[-*+] |\d+\. |\||```|<|!\[|\[\^)/.test(trimmed)) continue;
    const text = markdownToPlainText(trimmed).replace(/\s+/g, ' ');
    if (text) return text;
  }
  return '';
}

/** Shortens text to at most maxLength characters, on a word boundary, with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A clean standfirst for listings and meta: the description, or an excerpt of the first paragraph. */
export function getStandfirst(description: string | undefined, body: string, maxLength = 220): string {
  return description ?? truncate(firstParagraph(body), maxLength);
}

/** Counts words in plain text (Unicode-aware). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}

/** Reading time in whole minutes (at least 1) at the given reading speed. */
export function readingMinutes(text: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
