/**
 * The search vocabulary: the words of the indexed articles, for typo suggestions. Built at build time, loaded by
 * the search page only when a query word matches nothing. One word a line, sorted, front-coded (a base-36 digit
 * says how many letters are shared with the line before), with its article count after a space when above one.
 */
import { fold } from '../language/fold.ts';
import { indexedElement } from './indexed-element.ts';
import { ANY_STOP_WORDS } from '../language/stopwords.ts';

/** A vocabulary word: as written (lower-case, accents kept) and in how many articles it occurs. */
export interface VocabularyWord {
  word: string;
  articles: number;
}

/** Shorter words are not corrected (too many neighbours at distance one) and are not listed. */
export const MIN_WORD_LENGTH = 4;
/** Longer words are not listed: identifiers, URLs and compounds nobody types. */
const MAX_WORD_LENGTH = 24;
/**
 * At most this many words, the most widespread first. At 50,000 the file of a 10,000-article archive weighed 198 KB
 * compressed; 20,000 keeps every word found in a few articles and leaves out one-off words.
 */
export const VOCABULARY_LIMIT = 20_000;

const LETTERS = /^\p{L}+$/u;

/** The words of one article's text worth listing, lower-cased with accents kept, elisions removed. */
export function vocabularyWords(text: string): Set<string> {
  // Each distinct candidate is checked once (an article repeats most of its words).
  const candidates = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const word = match[0].replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/, '');
    for (const part of word.split(/['’]/)) candidates.add(part);
  }
  const result = new Set<string>();
  for (const part of candidates) {
    if (part.length < MIN_WORD_LENGTH || part.length > MAX_WORD_LENGTH || !LETTERS.test(part)) continue;
    if (ANY_STOP_WORDS.has(fold(part))) continue;
    result.add(part);
  }
  return result;
}

/**
 * Counts words over articles (one set of words per article). Spellings that fold alike keep the most frequent
 * one (ties: the first in code-point order); the list keeps the `limit` most widespread words.
 */
export function buildVocabulary(articles: Iterable<Set<string>>, limit = VOCABULARY_LIMIT): VocabularyWord[] {
  const counts = new Map<string, Map<string, number>>();
  // Folded once per distinct word, not once per article that has it.
  const folded = new Map<string, string>();
  for (const articleWords of articles) {
    for (const word of articleWords) {
      let key = folded.get(word);
      if (key === undefined) {
        key = fold(word);
        folded.set(word, key);
      }
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const list: VocabularyWord[] = [];
  for (const spellings of counts.values()) {
    let best = '';
    let total = 0;
    let bestCount = 0;
    for (const [word, count] of spellings) {
      total += count;
      if (count > bestCount || (count === bestCount && word < best)) [best, bestCount] = [word, count];
    }
    list.push({ word: best, articles: total });
  }
  list.sort((a, b) => b.articles - a.articles || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return list.slice(0, limit);
}

/** Serialises a vocabulary (sorted and front-coded, so it compresses well). */
export function encodeVocabulary(list: readonly VocabularyWord[]): string {
  const sorted = [...list].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  let previous = '';
  const lines = sorted.map(({ word, articles }) => {
    let shared = 0;
    while (shared < 35 && shared < word.length && word[shared] === previous[shared]) shared += 1;
    previous = word;
    return `${shared.toString(36)}${word.slice(shared)}${articles > 1 ? ` ${articles}` : ''}`;
  });
  return `${lines.join('\n')}\n`;
}

/** Reads a vocabulary written by encodeVocabulary. */
export function decodeVocabulary(text: string): VocabularyWord[] {
  const list: VocabularyWord[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [coded, count] = line.split(' ');
    const word = previous.slice(0, parseInt(coded!.charAt(0), 36)) + coded!.slice(1);
    list.push({ word, articles: count ? Number(count) : 1 });
    previous = word;
  }
  return list;
}

/** The text of a page's indexed element (what Pagefind indexes), from the page's HTML. */
export function articleText(html: string): string | undefined {
  const element = indexedElement(html);
  return element && elementText(element.html);
}

/** The text of an element's HTML (indexed-element.ts gives the element): tags out, entities decoded. */
export function elementText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (entity, decimal: string, hex: string, name: string) => {
      if (decimal) return String.fromCodePoint(Number(decimal));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return (
        ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name] ?? entity
      );
    });
}
