/**
 * The engine's intermediate results in flat binary form, to be stored between builds or handed between threads
 * without cloning millions of small objects: article analyses (a JSON header with the vocabulary and one entry per
 * article, then term ids and counts as typed arrays) and neighbour lists (three typed arrays).
 */
import type { ArticleTerms } from './analyse.ts';
import type { Neighbour } from './neighbours.ts';

interface Header {
  engine: string;
  vocabulary: string[];
  /** Per article: its key, its number of distinct terms and its weighted length. */
  entries: [string, number, number][];
}

const align8 = (bytes: number) => Math.ceil(bytes / 8) * 8;

/** Encodes analyses by key, tagged with the engine that made them. */
export function encodeArticleTerms(engine: string, analyses: ReadonlyMap<string, ArticleTerms>): Uint8Array {
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
  const header = new TextEncoder().encode(JSON.stringify({ engine, vocabulary, entries } satisfies Header));
  const idsAt = align8(4 + header.length);
  const countsAt = idsAt + align8(total * 4);
  const bytes = new Uint8Array(countsAt + total * 8);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 4);
  bytes.set(new Uint8Array(ids.buffer), idsAt);
  bytes.set(new Uint8Array(counts.buffer), countsAt);
  return bytes;
}

/** Decodes analyses made by `engine` (an empty map for another engine); throws on bytes that are not analyses. */
export function decodeArticleTerms(bytes: Uint8Array, engine: string): Map<string, ArticleTerms> {
  const found = new Map<string, ArticleTerms>();
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerBytes))) as Header;
  if (header.engine !== engine) return found;
  const total = header.entries.reduce((sum, [, size]) => sum + size, 0);
  const idsAt = align8(4 + headerBytes);
  const countsAt = idsAt + align8(total * 4);
  if (bytes.length !== countsAt + total * 8) throw new Error('The analyses are cut short or too long.');
  // Copies into fresh buffers: the bytes may not start on an 8-byte boundary (and a Node Buffer's `slice` would not
  // copy).
  const ids = new Int32Array(new Uint8Array(bytes.subarray(idsAt, idsAt + total * 4)).buffer);
  const counts = new Float64Array(new Uint8Array(bytes.subarray(countsAt, countsAt + total * 8)).buffer);
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
  return found;
}

/** Neighbour lists in three typed arrays: list k is at [starts[k], starts[k + 1]). */
export interface FlatNeighbours {
  starts: Int32Array;
  docs: Int32Array;
  scores: Float64Array;
}

/** Flattens neighbour lists. */
export function flattenNeighbours(lists: readonly Neighbour[][]): FlatNeighbours {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, k) => (starts[k + 1] = starts[k]! + list.length));
  const docs = new Int32Array(starts[lists.length]!);
  const scores = new Float64Array(docs.length);
  lists.forEach((list, k) =>
    list.forEach(({ doc, score }, j) => {
      docs[starts[k]! + j] = doc;
      scores[starts[k]! + j] = score;
    }),
  );
  return { starts, docs, scores };
}

/** The lists again, in order. */
export function unflattenNeighbours({ starts, docs, scores }: FlatNeighbours): Neighbour[][] {
  const lists: Neighbour[][] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    const list: Neighbour[] = [];
    for (let p = starts[k]!; p < starts[k + 1]!; p++) list.push({ doc: docs[p]!, score: scores[p]! });
    lists.push(list);
  }
  return lists;
}
