/**
 * What the index step keeps between builds (under `<cache>/kiosque-search/`): the normalised copies of the article
 * pages that Pagefind indexes, in one folder per index part (`<part>/articles/<slug>/index.html`), so that Pagefind
 * reads each part with one `addDirectory` call (its CLI's parallel path) and a rebuild writes only the copies whose
 * page changed; each page's vocabulary words; and a manifest. The manifest knows each page by its file status (date,
 * size, inode): a page Astro reused is not read again. It is removed while the store changes, so an interrupted run
 * starts again from nothing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Month } from './split.ts';

/** What the store knows of a page: its file status, and for an article page its copy's digest, month and part. */
export interface PageRecord {
  stat: string;
  hash?: string;
  month?: Month | undefined;
  part?: string | undefined;
}

/** An article page: its path under the site root, its copy's digest and the month it is filed under. */
export interface ArticlePage {
  page: string;
  hash: string;
  month: Month | undefined;
}

/** What an output (an index folder, the vocabulary) was written from, and a digest of what was written. */
export interface OutputRecord {
  inputs: string;
  files: string;
}

interface Manifest {
  stamp: string;
  pages: Record<string, PageRecord>;
  outputs: Record<string, OutputRecord>;
}

const MANIFEST = 'manifest.json';
/** Each article page's vocabulary words (space-separated; null: not in the vocabulary) by its digest. */
const WORDS = 'words.json';
const STAGING = '.staging';

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Removes `folder` and its parents up to (not including) `root` while they are empty. */
function removeEmptyParents(folder: string, root: string): void {
  for (let current = folder; current.startsWith(`${root}/`); current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
  }
}

/** The store in `dir`. `stamp` names the code and settings that made its content: another stamp starts over. */
export class SearchCopies {
  readonly dir: string;
  /** How many copies this run wrote (new or changed article pages). */
  written = 0;
  private readonly previous: Manifest;
  private readonly pages: Record<string, PageRecord> = {};
  private readonly staged = new Set<string>();
  private readonly outputs: Record<string, OutputRecord> = {};
  private readonly keptWords: Map<string, string | null>;
  private readonly words = new Map<string, string | null>();

  constructor(dir: string, stamp: string) {
    this.dir = dir;
    let manifest = readJson<Manifest>(join(dir, MANIFEST));
    if (manifest?.stamp !== stamp) {
      rmSync(dir, { recursive: true, force: true });
      manifest = { stamp, pages: {}, outputs: {} };
    }
    rmSync(join(dir, MANIFEST), { force: true });
    rmSync(join(dir, STAGING), { recursive: true, force: true });
    this.previous = manifest;
    this.keptWords = new Map(Object.entries(readJson<Record<string, string | null>>(join(dir, WORDS)) ?? {}));
  }

  /**
   * A page known from the last run with the same file status (and, for an article, its copy in place): true for a
   * page that is no article, the article otherwise. Undefined: the page must be read.
   */
  known(page: string, stat: string): ArticlePage | true | undefined {
    const kept = this.previous.pages[page];
    if (kept?.stat !== stat) return undefined;
    if (kept.hash === undefined) {
      this.pages[page] = { ...kept };
      return true;
    }
    if (!this.keptWords.has(kept.hash) || !existsSync(join(this.dir, kept.part!, page))) return undefined;
    this.pages[page] = { ...kept };
    this.words.set(kept.hash, this.keptWords.get(kept.hash)!);
    return { page, hash: kept.hash, month: kept.month };
  }

  /** Records a page that is no article. */
  other(page: string, stat: string): void {
    this.pages[page] = { stat };
  }

  /**
   * Records an article page; its normalised copy (`content`) is written only if the kept copy differs or is missing,
   * and its vocabulary words (`words`: null to leave it out) are computed only if unknown.
   */
  offer(article: ArticlePage, stat: string, content: () => string, words: () => Set<string> | null): void {
    const { page, hash, month } = article;
    const kept = this.previous.pages[page];
    this.pages[page] = { stat, hash, month, part: kept?.part };
    if (!this.words.has(hash)) {
      const known = this.keptWords.get(hash);
      const list = known !== undefined ? known : words();
      this.words.set(hash, list instanceof Set ? [...list].join(' ') : list);
    }
    if (kept?.hash === hash && kept.part && existsSync(join(this.dir, kept.part, page))) return;
    const target = join(this.dir, STAGING, page);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content());
    this.staged.add(page);
    this.written += 1;
  }

  /** The vocabulary words of an article page recorded this run (undefined: not in the vocabulary). */
  wordsOf(hash: string): Set<string> | undefined {
    const list = this.words.get(hash);
    return list === null || list === undefined ? undefined : new Set(list ? list.split(' ') : []);
  }

  /** Puts every article's copy in the folder of its part (`partOf`) and deletes the copies of pages gone. */
  place(partOf: (page: string) => string): void {
    for (const [page, record] of Object.entries(this.pages)) {
      if (record.hash === undefined) continue;
      const part = partOf(page);
      const from = this.staged.has(page) ? join(this.dir, STAGING, page) : join(this.dir, record.part!, page);
      const to = join(this.dir, part, page);
      if (from !== to) {
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
      }
      if (this.staged.has(page) && record.part && record.part !== part)
        rmSync(join(this.dir, record.part, page), { force: true });
      record.part = part;
    }
    for (const [page, kept] of Object.entries(this.previous.pages)) {
      if (kept.part === undefined || this.pages[page]?.hash !== undefined) continue;
      const path = join(this.dir, kept.part, page);
      rmSync(path, { force: true });
      removeEmptyParents(dirname(path), join(this.dir, kept.part));
    }
    rmSync(join(this.dir, STAGING), { recursive: true, force: true });
  }

  /** What the last run recorded for an output. */
  previousOutput(name: string): OutputRecord | undefined {
    return this.previous.outputs[name];
  }

  /** Records what an output was written from, for the next run. */
  recordOutput(name: string, record: OutputRecord): void {
    this.outputs[name] = record;
  }

  /** Writes the manifest and the words of the pages seen this run. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const wordsChanged =
      this.words.size !== this.keptWords.size || [...this.words.keys()].some((hash) => !this.keptWords.has(hash));
    if (wordsChanged) writeFileSync(join(this.dir, WORDS), JSON.stringify(Object.fromEntries(this.words)));
    const manifest: Manifest = { stamp: this.previous.stamp, pages: this.pages, outputs: this.outputs };
    writeFileSync(join(this.dir, MANIFEST), JSON.stringify(manifest));
  }
}
