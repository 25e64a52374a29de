/**
 * Word sources for the generated corpus: a seeded PRNG, a Zipf sampler over real text (most frequent words first)
 * and made-up words for proper names and the long tail of rare words that real archives keep growing.
 */

/** A function returning numbers in [0, 1), like Math.random but seeded. */
export type Random = () => number;

/** mulberry32: a small seeded PRNG, so every run measures the same corpus. */
export function seededRandom(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a list, uniformly. */
export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** The words of a text, lower-cased, most frequent first (ties alphabetical, so the order is stable). */
export function rankWords(text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Draws words with Zipf's law (probability ∝ 1 / rank), the shape of word frequencies in real text. */
export function zipfSampler(ranked: readonly string[], random: Random): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  ranked.forEach((_, rank) => cumulative.push((sum += 1 / (rank + 1))));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return ranked[low]!;
  };
}

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'd',
  'f',
  'g',
  'gr',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  't',
  'tr',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai', 'é', 'an', 'on', 'in'];
const ENDINGS = ['', '', 'ment', 'tion', 'eur', 'ique', 'age', 'isme', 'elle', 'ard', 'ov', 'ia'];

/** A made-up word of two to four syllables (used for names and rare words). */
export function inventWord(random: Random): string {
  const syllables = 2 + Math.floor(random() * 3);
  let word = '';
  for (let index = 0; index < syllables; index += 1) word += pick(random, ONSETS) + pick(random, VOWELS);
  return word + pick(random, ENDINGS);
}

/** `count` distinct made-up words. */
export function inventWords(random: Random, count: number, exclude: ReadonlySet<string> = new Set()): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const word = inventWord(random);
    if (!exclude.has(word)) words.add(word);
  }
  return [...words];
}

/** Upper-cases the first letter. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
