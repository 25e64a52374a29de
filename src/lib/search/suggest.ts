/**
 * Typo suggestions over the search vocabulary: the closest words by edit distance (case and accents folded),
 * with cheap transliteration variants counted as no distance at all ("Choigu", "Shoigu" -> "Choïgou").
 */
import { fold } from '../language/fold.ts';
import { MIN_WORD_LENGTH, type VocabularyWord } from './vocabulary.ts';

const SOUNDS: Record<string, string> = {
  sch: 'S',
  sh: 'S',
  ch: 'S',
  ou: 'U',
  oo: 'U',
  u: 'U',
  ph: 'f',
  y: 'i',
  w: 'v',
  z: 's',
};
const SOUND = /sch|sh|ch|ou|oo|u|ph|ck|qu|q|k|c(?=[aoult]|$)|y|w|z/g;
const ASCII = /^[\x20-\x7e]*$/;

/** Folds a lower-case vocabulary word, skipping Unicode normalisation for plain ASCII (most words). */
function foldWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : fold(word);
}

/**
 * A rough sound key for Latin-script transliterations: ou/u, c/k/q, ph/f, sh/ch/sch, y/i, w/v, z/s, doubled
 * letters and a final e are made alike.
 */
export function soundKey(word: string): string {
  return foldWord(word)
    .replace(SOUND, (sound) => SOUNDS[sound] ?? 'K')
    .replace(/(.)\1+/g, '$1')
    .replace(/(.)e$/, '$1');
}

// Three rows of the distance table, reused across calls (a lookup compares the word with every vocabulary word).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two neighbours), or
 * `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Edits allowed for a word of this length: one up to six letters, two beyond. */
export function allowedEdits(word: string): number {
  return word.length <= 6 ? 1 : 2;
}

/** A vocabulary prepared for lookups (folded words and sound keys computed once). */
export interface SuggestionIndex {
  entries: { word: string; folded: string; key: string; articles: number }[];
  /** Every folded word, to tell a word the articles hold (maybe only in the archive) from a misspelling. */
  known: Set<string>;
}

/** Prepares a vocabulary for suggest(). */
export function prepareSuggestions(vocabulary: readonly VocabularyWord[]): SuggestionIndex {
  const entries = vocabulary.map(({ word, articles }) => ({
    word,
    folded: foldWord(word),
    key: soundKey(word),
    articles,
  }));
  return { entries, known: new Set(entries.map((entry) => entry.folded)) };
}

/** A suggestion: the vocabulary word as written, its distance and how many articles hold it. */
export interface Suggestion {
  word: string;
  distance: number;
  articles: number;
}

/**
 * The closest vocabulary words to a (misspelt) word, best first: fewest edits (a sound-alike counts as half an
 * edit), then the most widespread, then alphabetical. Empty when the word is too short or nothing is close.
 */
export function suggest(index: SuggestionIndex, typed: string, count = 3): Suggestion[] {
  const folded = fold(typed);
  if (folded.length < MIN_WORD_LENGTH || index.known.has(folded)) return [];
  const key = soundKey(typed);
  const limit = allowedEdits(folded);
  const found: Suggestion[] = [];
  for (const entry of index.entries) {
    if (entry.folded === folded) continue;
    const distance = entry.key === key ? 0.5 : editDistance(folded, entry.folded, limit);
    if (distance <= limit) found.push({ word: entry.word, distance, articles: entry.articles });
  }
  found.sort((a, b) => a.distance - b.distance || b.articles - a.articles || (a.word < b.word ? -1 : 1));
  return found.slice(0, count);
}
