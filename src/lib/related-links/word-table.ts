/**
 * A cache of analysed written words, read straight from the text: a word seen before is found by hashing its
 * characters in place, without cutting a string out of the text, so reading a large archive allocates only for
 * new spellings. Written words are the runs of letters, digits and apostrophes (as `forEachWrittenWord` splits).
 */

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_WORD[code] = /[A-Za-z0-9']/.test(String.fromCharCode(code)) ? 1 : 0;
}
/** Other UTF-16 code units: 0 not yet known, 1 word character, 2 not. */
const WIDE_WORD = new Uint8Array(65_536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}’]$/u;

function isWordUnit(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = WIDE_WORD[code]!;
  if (known === 0) {
    // Surrogates belong to characters outside the BMP: kept in the word, and the analysis sorts them out.
    const word = (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(code));
    WIDE_WORD[code] = known = word ? 1 : 2;
  }
  return known === 1;
}

/** Spreads a hash's bits (murmur3's finaliser): a polynomial hash alone fills a power-of-two table in clusters. */
function slotOf(hash: number, mask: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Written words of one language mapped to their term ids. */
export class WrittenWordTable {
  #analyse: (written: string) => Int32Array;
  #keys: string[] = new Array<string>(1024);
  #values: Int32Array[] = new Array<Int32Array>(1024);
  #hashes = new Int32Array(1024);
  #size = 0;

  /** `analyse` turns a new written word into its term ids (called once per distinct spelling). */
  constructor(analyse: (written: string) => Int32Array) {
    this.#analyse = analyse;
  }

  /** Calls `visit` with the term ids of each written word in the first `limit` characters of `text`. */
  scan(text: string, limit: number, visit: (ids: Int32Array) => void): void {
    const end = Math.min(limit, text.length);
    let i = 0;
    while (i < end) {
      if (!isWordUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0;
      for (; i < end; i++) {
        const code = text.charCodeAt(i);
        if (!isWordUnit(code)) break;
        hash = (Math.imul(hash, 31) + code) | 0;
      }
      visit(this.#lookup(text, start, i, hash));
    }
  }

  #lookup(text: string, start: number, end: number, hash: number): Int32Array {
    const mask = this.#hashes.length - 1;
    const length = end - start;
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const key = this.#keys[slot];
      if (key === undefined) break;
      if (this.#hashes[slot] === hash && key.length === length && text.startsWith(key, start))
        return this.#values[slot]!;
    }
    const written = text.slice(start, end);
    const ids = this.#analyse(written);
    if ((this.#size + 1) * 2 > this.#hashes.length) this.#grow();
    this.#insert(written, ids, hash);
    this.#size++;
    return ids;
  }

  #insert(key: string, ids: Int32Array, hash: number): void {
    const mask = this.#hashes.length - 1;
    let slot = slotOf(hash, mask);
    while (this.#keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.#keys[slot] = key;
    this.#values[slot] = ids;
    this.#hashes[slot] = hash;
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    const hashes = this.#hashes;
    const capacity = hashes.length * 2;
    this.#keys = new Array<string>(capacity);
    this.#values = new Array<Int32Array>(capacity);
    this.#hashes = new Int32Array(capacity);
    for (let slot = 0; slot < hashes.length; slot++) {
      if (keys[slot] !== undefined) this.#insert(keys[slot]!, values[slot]!, hashes[slot]!);
    }
  }
}
