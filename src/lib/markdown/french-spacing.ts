/**
 * French punctuation spacing on plain text, as a pure function the remark plugin wraps.
 *
 * Choices (Imprimerie nationale, as most French newspapers apply it on screen):
 * - U+202F NARROW NO-BREAK SPACE before ; ! ? and inside « », which keeps them tight to their word;
 * - U+00A0 NO-BREAK SPACE before :, which takes a full-width space in French typesetting.
 * An existing space (ordinary, no-break, thin or a soft line break) is replaced; a missing one is inserted.
 * Punctuation not followed by a space, the end of the text or more punctuation is left alone, so that
 * `12:30`, `https://` or `?q=1` never change.
 */

/** U+202F, the narrow no-break space. */
export const NARROW_NBSP = '\u202F';
/** U+00A0, the no-break space. */
export const NBSP = '\u00A0';

/** Whether the text touches other inline content (emphasis, a link, inline code) on either side. */
export interface TextNeighbours {
  /** Inline content precedes this text, so a space may be inserted at its very start. */
  before: boolean;
  /** Inline content follows this text, so a space may be inserted at its very end. */
  after: boolean;
}

const SPACES = '[ \\t\\n\\u00A0\\u2009\\u202F]';
// The look-behinds make a match start only where a run of spaces starts: without them, a run of n spaces not
// followed by the mark would be rescanned from each of its n positions (100,000 spaces took 35 s).
const HIGH_PUNCTUATION = new RegExp(`(?<!${SPACES})(${SPACES}*)([;:!?])`, 'g');
const OPENING_GUILLEMET = new RegExp(`«(${SPACES}*)`, 'g');
const CLOSING_GUILLEMET = new RegExp(`(?<!${SPACES})(${SPACES}*)»`, 'g');
const IS_SPACE = new RegExp(`^${SPACES}$`);
// After a punctuation mark that takes a space: these characters prove it is punctuation, not part of a token.
const CLOSERS = new Set(['!', '?', ';', ':', '…', '»', ')', ']', '"', '”', '’', "'"]);
// No space is inserted after these: "?!", "(?)", "« ?".
const OPENERS = new Set(['!', '?', ';', ':', '(', '[', '«', '/', '-', '–', '—']);
const URL_LIKE = /^(?:[a-z][\w+.-]*:|www\.)\S*$/i;

/** Applies French spacing to one run of text; the result is stable when applied again. */
export function applyFrenchSpacing(text: string, neighbours: TextNeighbours = { before: false, after: false }): string {
  if (URL_LIKE.test(text)) return text;
  return text
    .replace(HIGH_PUNCTUATION, (match, space: string, mark: string, offset: number, whole: string) => {
      const next = whole[offset + match.length];
      if (next !== undefined && !IS_SPACE.test(next) && !CLOSERS.has(next)) return match;
      const target = mark === ':' ? NBSP : NARROW_NBSP;
      if (space !== '') return target + mark;
      const previous = whole[offset - 1];
      const insert = previous === undefined ? neighbours.before : !OPENERS.has(previous);
      return insert ? target + mark : mark;
    })
    .replace(OPENING_GUILLEMET, (match, space: string, offset: number, whole: string) => {
      const next = whole[offset + match.length];
      if (space !== '') return next === undefined && !neighbours.after ? match : `«${NARROW_NBSP}`;
      if (next === undefined) return neighbours.after ? `«${NARROW_NBSP}` : match;
      return next === '»' ? match : `«${NARROW_NBSP}`;
    })
    .replace(CLOSING_GUILLEMET, (match, space: string, offset: number, whole: string) => {
      const previous = whole[offset - 1];
      if (space !== '') return previous === undefined && !neighbours.before ? match : `${NARROW_NBSP}»`;
      if (previous === undefined) return neighbours.before ? `${NARROW_NBSP}»` : match;
      return previous === '«' ? match : `${NARROW_NBSP}»`;
    });
}
