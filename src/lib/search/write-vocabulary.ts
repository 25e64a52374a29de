/**
 * Writes the search vocabulary (see vocabulary.ts) of a built site next to Pagefind's index: the words of every
 * indexed article page, read from the pages themselves with their own spelling.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, buildVocabulary, encodeVocabulary, vocabularyWords } from './vocabulary.ts';

/** The vocabulary file's path under the site root (the page fetches /pagefind/vocabulary.txt). */
export const VOCABULARY_PATH = 'pagefind/vocabulary.txt';

/** Writes `root/pagefind/vocabulary.txt` from the words of each article; returns how many words and bytes. */
export function writeVocabularyOf(root: string, perArticle: Iterable<Set<string>>): { words: number; bytes: number } {
  const list = buildVocabulary(perArticle);
  const encoded = encodeVocabulary(list);
  writeFileSync(join(root, VOCABULARY_PATH), encoded);
  return { words: list.length, bytes: Buffer.byteLength(encoded) };
}

/** Writes `root/pagefind/vocabulary.txt` from the article pages under `root`; returns how many words and bytes. */
export function writeVocabulary(root: string): { words: number; bytes: number } {
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
  const perArticle: Set<string>[] = [];
  for (const page of pages) {
    const text = articleText(readFileSync(join(root, page), 'utf8'));
    if (text !== undefined) perArticle.push(vocabularyWords(text));
  }
  return writeVocabularyOf(root, perArticle);
}
