/** The list of contents of a long article: its second-level headings, linked by their ids. Pure. */

/** A heading as Astro's Markdown renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of the list of contents. */
export interface TocEntry {
  id: string;
  text: string;
}

/** The heading GFM gives the footnotes (`footnote-label`, whatever prefix the sanitizer added): not a section. */
const FOOTNOTES_HEADING = /(^|-)footnote-label$/;

/** The second-level headings of an article, or none when it has fewer than `minEntries` of them. */
export function getTableOfContents(headings: readonly Heading[], minEntries: number): TocEntry[] {
  const entries = headings
    .filter((heading) => heading.depth === 2 && heading.slug !== '' && heading.text.trim() !== '')
    .filter((heading) => !FOOTNOTES_HEADING.test(heading.slug))
    .map((heading) => ({ id: heading.slug, text: heading.text.trim() }));
  return entries.length >= minEntries ? entries : [];
}
