/** BCP 47 language tags. */

/** The primary language subtag, lower-cased ("fr" for "fr-CA", "en" for "EN-gb"). */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}
