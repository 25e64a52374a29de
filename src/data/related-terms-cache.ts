/**
 * Each article's analysis for related links (its terms and their weighted counts), kept between builds by a key of
 * the fields it reads, so that a build after an edit analyses only the edited articles. One binary file in Astro's
 * cache folder: a JSON header (engine key, vocabulary, one entry per article) and the term ids and counts as typed
 * arrays. A missing, unreadable or stale file means analysing again, never a wrong answer.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleTerms } from '../lib/related-links/analyse.ts';

const FILE = 'kiosque-related-terms.bin';

interface Header {
  engine: string;
  vocabulary: string[];
  /** Per article: its key, its number of distinct terms and its weighted length. */
  entries: [string, number, number][];
}

const align8 = (bytes: number) => Math.ceil(bytes / 8) * 8;

/** The analyses stored by the last build, by key, if they were made by the same engine (else an empty map). */
export function readArticleTerms(cacheDir: string, engine: string): Map<string, ArticleTerms> {
  const found = new Map<string, ArticleTerms>();
  try {
    const file = readFileSync(join(cacheDir, FILE));
    const headerBytes = file.readUInt32LE(0);
    const header = JSON.parse(file.toString('utf8', 4, 4 + headerBytes)) as Header;
    if (header.engine !== engine) return found;
    const total = header.entries.reduce((sum, [, size]) => sum + size, 0);
    const idsAt = align8(4 + headerBytes);
    const countsAt = idsAt + align8(total * 4);
    if (file.length !== countsAt + total * 8) return found;
    // Copies into fresh buffers: Node's file buffer may not start on an 8-byte boundary.
    const ids = new Int32Array(file.buffer.slice(file.byteOffset + idsAt, file.byteOffset + idsAt + total * 4));
    const counts = new Float64Array(
      file.buffer.slice(file.byteOffset + countsAt, file.byteOffset + countsAt + total * 8),
    );
    const { vocabulary } = header;
    let at = 0;
    for (const [key, size, length] of header.entries) {
      const terms = new Array<string>(size);
      const termCounts = new Array<number>(size);
      for (let k = 0; k < size; k++, at++) {
        terms[k] = vocabulary[ids[at]!]!;
        termCounts[k] = counts[at]!;
      }
      found.set(key, { terms, counts: termCounts, length });
    }
  } catch {
    // No usable file: every article is analysed again.
    found.clear();
  }
  return found;
}

/** Stores the analyses of this build (and only those), by key. */
export function writeArticleTerms(cacheDir: string, engine: string, analyses: ReadonlyMap<string, ArticleTerms>): void {
  const vocabulary: string[] = [];
  const index = new Map<string, number>();
  const entries: [string, number, number][] = [];
  let total = 0;
  for (const [key, { terms, length }] of analyses) {
    entries.push([key, terms.length, length]);
    total += terms.length;
  }
  const ids = new Int32Array(total);
  const counts = new Float64Array(total);
  let at = 0;
  for (const { terms, counts: termCounts } of analyses.values()) {
    for (let k = 0; k < terms.length; k++, at++) {
      let id = index.get(terms[k]!);
      if (id === undefined) {
        id = vocabulary.length;
        index.set(terms[k]!, id);
        vocabulary.push(terms[k]!);
      }
      ids[at] = id;
      counts[at] = termCounts[k]!;
    }
  }
  const header = Buffer.from(JSON.stringify({ engine, vocabulary, entries } satisfies Header), 'utf8');
  const idsAt = align8(4 + header.length);
  const countsAt = idsAt + align8(total * 4);
  const file = Buffer.alloc(countsAt + total * 8);
  file.writeUInt32LE(header.length, 0);
  header.copy(file, 4);
  Buffer.from(ids.buffer).copy(file, idsAt);
  Buffer.from(counts.buffer).copy(file, countsAt);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside, then renamed: a build stopped halfway never leaves half a file.
  const path = join(cacheDir, FILE);
  writeFileSync(`${path}.tmp`, file);
  renameSync(`${path}.tmp`, path);
}
