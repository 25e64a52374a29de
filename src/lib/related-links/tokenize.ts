/**
 * Tokenisation for related links: folded words (../language/fold.ts) without stop words, stemmed.
 */
import { words } from '../language/fold.ts';
import { ANY_STOP_WORDS, STOP_WORDS } from '../language/stopwords.ts';
import { primaryLanguage } from '../language/tags.ts';
import { stem } from './stem.ts';

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
  const primary = primaryLanguage(lang);
  return (text) => {
    const tokens: string[] = [];
    forEachWrittenWord(text, (written) => tokens.push(...analyseWord(written, primary)));
    return tokens;
  };
}
