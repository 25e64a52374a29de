/**
 * After Astro rendered an article: did it render, and did its text survive? Astro's loader logs a render error
 * ("Maximum call stack size exceeded") and goes on with an empty article; the build must stop instead.
 */

/** Whether a text has a letter or a digit. */
const hasText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Text of HTML, tags off (linear: the class excludes "<", so an unclosed tag is scanned once). */
const htmlText = (html: string): string => html.replace(/<[^<>]*>/g, ' ');

/** Why a rendered article must not be published, or undefined when it may. */
export function checkRendered(body: string, html: string | undefined): string | undefined {
  if (html === undefined) {
    return 'did not render (the cause is the "Error rendering" line above): the article would be published empty';
  }
  if (hasText(body) && !hasText(htmlText(html)) && !/<(?:img|figure|table)\b/i.test(html)) {
    return 'rendered without any text although its body has some: the article would be published empty';
  }
  return undefined;
}
