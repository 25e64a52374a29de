/**
 * Light stemmers: enough to join the singular and plural and the common derived forms of French and English
 * words ("garanties"/"garantie", "défendre"/"défend", "guarantees"/"guarantee"). Input is folded (no accents).
 */

const FRENCH_SUFFIXES = [
  'issements',
  'issement',
  'atrices',
  'ateurs',
  'ations',
  'atrice',
  'ateur',
  'ation',
  'ements',
  'ement',
  'ismes',
  'istes',
  'iques',
  'isme',
  'iste',
  'ique',
  'ables',
  'able',
  'euses',
  'euse',
  'eurs',
  'eur',
  'ences',
  'ence',
  'ances',
  'ance',
  'ites',
  'ite',
  'ives',
  'ive',
  'ifs',
  'if',
  'elles',
  'elle',
  'ennes',
  'enne',
  'aux',
  'ees',
  'ee',
  'es',
  'ent',
  'ait',
  'er',
  'ir',
  're',
  'e',
  's',
  'x',
];

const ENGLISH_SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ness',
  'ities',
  'ity',
  'ings',
  'ing',
  'ies',
  'ied',
  'ers',
  'er',
  'ed',
  'es',
  'ly',
  's',
  'e',
];

function stripSuffix(word: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Stems a folded word in the given primary language (French, English; others unchanged but for plural -s). */
export function stem(word: string, lang: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (lang === 'fr') return stripSuffix(word, FRENCH_SUFFIXES, 3);
  if (lang === 'en') return stripSuffix(word, ENGLISH_SUFFIXES, 3);
  return stripSuffix(word, ['s'], 3);
}
