/**
 * Bounds on one article, checked before Astro renders anything. Past a bound the build stops with the file and
 * the limit named, instead of stalling or publishing an empty page. Each bound is far above real articles and
 * below what the Markdown parser handles in a second or two (timings on the 2-core reference machine, with
 * tests/unit/content-bounds.test.ts proving the check itself stays fast on each pathological input).
 */

/** Bytes per article file. The longest real long-read is about 150 KB; the layout fixture has 1.1 MB of text. */
export const MAX_ARTICLE_BYTES = 2_000_000;

/** Bytes of front matter. Real front matter is under 2 KB. */
export const MAX_FRONT_MATTER_BYTES = 64_000;

/** Lists and quotes nested in one another. The renderer overflows its stack from about 1,000 levels, and
 * micromark slows quadratically with depth (500 levels: 2–25 s). */
export const MAX_BLOCK_NESTING = 32;

/** Elements of raw HTML nested in one another (the HTML tree builders recurse: 2,000 spans overflow). */
export const MAX_HTML_NESTING = 100;

/** Depth of the Markdown tree as a whole (emphasis in links in lists…), for what line prefixes do not show. */
export const MAX_TREE_DEPTH = 64;

/** Footnote calls and definitions (`[^…]`): each costs a back-link; 2,000 notes took 12 s to render. */
export const MAX_FOOTNOTE_MARKS = 1_000;

/** Opening brackets: nested or unmatched ones cost micromark quadratic time (5,000 nested links took 16 s,
 * 100,000 unmatched brackets minutes; 2,000 nested links about 2.5 s). */
export const MAX_BRACKETS = 2_000;

/** HTML comments, declarations and processing instructions (`<!`, `<?`): each unclosed one is rescanned to the
 * end of its paragraph (50,000 `<!--` never finished). */
export const MAX_HTML_DECLARATIONS = 500;

/** A run of one emphasis character (`*`, `_`, `~`) inside text: long matched runs are quadratic (2 × 10,000
 * asterisks ran for minutes). Lines made only of such characters (rules, table rows) are not counted. */
export const MAX_DELIMITER_RUN = 50;

/** Emphasis characters (`*`, `_`, `~`) in one paragraph: micromark pairs them in quadratic time, and nested
 * emphasis recurses (2 × 1,000 alternating `*` and `_` overflowed the stack after 10 s; 2 × 3,000 ran minutes). */
export const MAX_DELIMITERS_PER_BLOCK = 1_000;
