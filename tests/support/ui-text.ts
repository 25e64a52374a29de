/** The text a reader gets from a built page, and the French UI strings that must not be in an English one. */
import { UI_STRINGS } from '../../src/config.ts';

/** The text nodes under a node, each apart (textContent would run "Aller au contenu" and "Kiosque" together). */
function textNodes(node: Node): string[] {
  if (node.nodeType === 3) return [node.nodeValue ?? ''];
  return [...node.childNodes].flatMap(textNodes);
}

/**
 * What a reader sees or hears of a page: its text, the attributes that are read out or shown, and the strings the
 * search script shows (data-strings).
 */
export function visibleText(document: Document): string {
  // Text marked as another language (a link to the other edition, named in its own language) is not this page's UI.
  const pageLanguage = (document.documentElement.getAttribute('lang') ?? '').split('-')[0];
  for (const element of document.querySelectorAll('body [lang]')) {
    if (element.getAttribute('lang')!.split('-')[0] !== pageLanguage) element.remove();
  }
  const scriptStrings = Object.values(
    JSON.parse(document.querySelector('[data-strings]')?.getAttribute('data-strings') ?? '{}') as Record<
      string,
      string
    >,
  );
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[content]')]
    .filter((element) => element.getAttribute('name') !== 'viewport' && !element.hasAttribute('http-equiv'))
    .flatMap((element) =>
      ['aria-label', 'title', 'alt', 'placeholder', 'content'].map((name) => element.getAttribute(name) ?? ''),
    );
  for (const script of document.querySelectorAll('script, style')) script.remove();
  // Joined with a character that is neither a space nor a letter: a string starting with punctuation is not read as
  // spaced, and words of two elements do not run together.
  return [document.title, ...textNodes(document.body), ...attributes, ...scriptStrings].join('\u0000');
}

/**
 * The pieces of the French UI table a page would show if a French string were left: each string's literal text
 * between placeholders, kept when it is not English too ("Archives", "{count} articles").
 */
export function frenchOnlyFragments(): string[] {
  const english = Object.values(UI_STRINGS.en).join('\n');
  const fragments = Object.values(UI_STRINGS.fr).flatMap((text) =>
    text.split(/\{\w+\}/).map((piece) => piece.replace(/^[\s\u00a0\u202f:;!?()–.]+|[\s\u00a0\u202f:;!?()–.]+$/g, '')),
  );
  return [...new Set(fragments)].filter((fragment) => fragment.length >= 3 && !english.includes(fragment));
}

/** Matches a fragment as whole words ("sur" is not in "survey"). */
export const asWords = (fragment: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
