/**
 * A linear pre-scan of an article body for input that would stall the Markdown parser or overflow the renderer.
 * It runs before any parser, so it must itself be linear: one pass per line, no backtracking patterns.
 */
import {
  MAX_BLOCK_NESTING,
  MAX_BRACKETS,
  MAX_DELIMITER_RUN,
  MAX_DELIMITERS_PER_BLOCK,
  MAX_FOOTNOTE_MARKS,
  MAX_HTML_DECLARATIONS,
  MAX_HTML_NESTING,
} from './limits.ts';

/** A problem in the body, with its line in the body (1-based). */
export interface BodyProblem {
  line: number;
  message: string;
}

const VOID_ELEMENTS = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'],
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/g;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** How many lists and quotes a line's prefix opens or continues (markers, and indentation before a marker). */
export function blockDepth(line: string): number {
  let depth = 0;
  let index = 0;
  let indent = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (char === ' ' || char === '\t') {
      indent += char === '\t' ? 4 : 1;
      index += 1;
    } else if (char === '>') {
      depth += 1;
      index += 1;
      indent = 0;
    } else {
      const marker = LIST_MARKER.exec(line.slice(index, index + 11));
      if (!marker) break;
      // Each nesting level needs at least two columns of indentation, so indentation counts for half.
      depth += 1 + Math.floor(indent / 2);
      index += marker[0].length;
      indent = 0;
    }
  }
  return depth;
}

/** The longest run of one emphasis character in a line that has other text too. */
function longestDelimiterRun(line: string): number {
  if (/^[\s*_~\-=|:]*$/.test(line)) return 0;
  let longest = 0;
  let run = 0;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    run = (char === '*' || char === '_' || char === '~') && char === line[index - 1] ? run + 1 : 1;
    if (char === '*' || char === '_' || char === '~') longest = Math.max(longest, run);
  }
  return longest;
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;

/** Returns the first problem of each kind found in the body, or none. */
export function scanBodyBounds(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split('\n');
  let htmlDepth = 0;
  let deepest = { depth: 0, line: 0 };
  let deepestHtml = { depth: 0, line: 0 };
  let longestRun = { length: 0, line: 0 };
  let delimiters = 0;
  let busiest = { count: 0, line: 0 };
  lines.forEach((line, index) => {
    // Emphasis is resolved per paragraph, in time that grows with the square of its delimiters.
    delimiters = line.trim() === '' ? 0 : delimiters + count(line, '*') + count(line, '_') + count(line, '~');
    if (delimiters > busiest.count) busiest = { count: delimiters, line: index + 1 };
    const depth = blockDepth(line);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
    const run = longestDelimiterRun(line);
    if (run > longestRun.length) longestRun = { length: run, line: index + 1 };
    for (const [, closing, name] of line.matchAll(TAG)) {
      if (VOID_ELEMENTS.has(name!.toLowerCase())) continue;
      htmlDepth = Math.max(0, htmlDepth + (closing ? -1 : 1));
      if (htmlDepth > deepestHtml.depth) deepestHtml = { depth: htmlDepth, line: index + 1 };
    }
  });
  if (deepest.depth > MAX_BLOCK_NESTING) {
    problems.push({
      line: deepest.line,
      message: `lists and quotes are nested ${deepest.depth} deep; the limit is ${MAX_BLOCK_NESTING}`,
    });
  }
  if (deepestHtml.depth > MAX_HTML_NESTING) {
    problems.push({
      line: deepestHtml.line,
      message: `HTML elements are nested ${deepestHtml.depth} deep (or left open); the limit is ${MAX_HTML_NESTING}`,
    });
  }
  if (longestRun.length > MAX_DELIMITER_RUN) {
    problems.push({
      line: longestRun.line,
      message: `has a run of ${longestRun.length} emphasis characters (* _ ~); the limit is ${MAX_DELIMITER_RUN}`,
    });
  }
  if (busiest.count > MAX_DELIMITERS_PER_BLOCK) {
    problems.push({
      line: busiest.line,
      message: `one paragraph has ${busiest.count} emphasis characters (* _ ~); the limit is ${MAX_DELIMITERS_PER_BLOCK}`,
    });
  }
  const totals: [number, number, string][] = [
    [count(body, '[^'), MAX_FOOTNOTE_MARKS, 'footnote calls and notes ([^…])'],
    [count(body, '['), MAX_BRACKETS, 'opening brackets ([)'],
    [count(body, '<!') + count(body, '<?'), MAX_HTML_DECLARATIONS, 'HTML comments and declarations (<!, <?)'],
  ];
  for (const [found, limit, what] of totals) {
    if (found > limit) problems.push({ line: 0, message: `has ${found} ${what}; the limit is ${limit}` });
  }
  return problems;
}
