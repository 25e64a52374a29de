/**
 * Tokenisation for related links: Unicode words, case and diacritic folding, French elisions, stop words, stems.
 */
import { ANY_STOP_WORDS, STOP_WORDS } from './stopwords.ts';
import { stem } from './stem.ts';

// Letters and digits of any script, with inner apostrophes kept so elisions can be split off below.
// (A regular expression rather than Intl.Segmenter: the same words for alphabetic scripts, several times faster.)
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;
const MARKS = /\p{M}+/gu;

/** Lower-cases and strips diacritics ("Biélorussie" -> "bielorussie", "Choïgou" -> "choigou"). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** Splits text into folded words, with French elisions removed ("l’Ukraine" -> "ukraine"). */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    for (const part of match[0].replace(ELISION, '').split(/['’]/)) if (part) result.push(part);
  }
  return result;
}

/** Returns the stems of one written word ("l’Ukraine" -> ["ukrain"]); stop words and bare numbers give none. */
export function analyseWord(written: string, primaryLang: string): string[] {
  const stops = STOP_WORDS[primaryLang] ?? ANY_STOP_WORDS;
  const stems: string[] = [];
  for (const word of words(written)) {
    // Stop words, one-letter words and bare numbers carry no topic.
    if (word.length < 2 || stops.has(word) || /^\d+$/.test(word)) continue;
    stems.push(stem(word, primaryLang));
  }
  return stems;
}

const NON_WORD = /[^\p{L}\p{N}'’]+/u;

/** Calls `visit` with each written word of a text (unfolded: callers cache their analysis per written form). */
export function forEachWrittenWord(text: string, visit: (written: string) => void): void {
  // A native split is several times faster than iterating regex matches over a whole corpus.
  for (const piece of text.split(NON_WORD)) if (piece) visit(piece);
}

/** A tokeniser for one language: text in, stems out. */
export function createTokenizer(lang: string): (text: string) => string[] {
  const primary = lang.split('-')[0]!.toLowerCase();
  return (text) => {
    const tokens: string[] = [];
    forEachWrittenWord(text, (written) => tokens.push(...analyseWord(written, primary)));
    return tokens;
  };
}
