/**
 * The index step of a build: reads every changed page of the built site, keeps the normalised copies of the article
 * pages' indexed elements up to date in the cache (indexed-element.ts, search-copies.ts), indexes each part
 * (index-parts.ts) with Pagefind, and writes the vocabulary. A part whose copies are the same as when its index was
 * written, and whose index files are as it left them (names, sizes, dates), keeps its index: Pagefind writes the
 * same bytes from the same pages (file names are content hashes), so a build from nothing and an incremental build
 * give the same `pagefind/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listOutput } from '../incremental/output-files.ts';
import { sourceDigest } from '../incremental/source-digest.ts';
import { indexedElement, indexedPage } from './indexed-element.ts';
import { elementText, vocabularyWords } from './vocabulary.ts';
import { pageMonth, planIndex, type IndexPart, type SplitLimits } from './index-parts.ts';
import { closeIndexer, indexFolder } from './index-site.ts';
import { normalizeApostrophes } from './normalize.ts';
import { SearchCopies, type ArticlePage } from './search-copies.ts';
import { ARCHIVE_INDEX } from './split.ts';
import { VOCABULARY_PATH, writeVocabularyOf } from './write-vocabulary.ts';

/** Where the index step keeps its copies, under the cache folder. */
export const SEARCH_CACHE = 'kiosque-search';

/** What the index step did, for its log line. */
export interface IndexReport {
  since: number | undefined;
  /** Per part: how many articles, and whether its index was kept from the last build. */
  parts: { name: string; outputPath: string; pages: number; reused: boolean }[];
  /** Copies written this run (new or changed article pages). */
  written: number;
  /** The vocabulary written, or undefined when the last one was kept. */
  vocabulary: { words: number; bytes: number } | undefined;
}

/** The site's HTML files, sorted, outside the index folder (which the listing does not walk). */
function htmlPages(root: string): string[] {
  return listOutput(root)
    .files.filter((file) => file.endsWith('.html'))
    .sort();
}

/**
 * What the copies, the months and the index depend on besides the pages: this code and every module it imports,
 * Pagefind's version and settings, the language and the time zone.
 */
function codeStamp(language: string, timeZone: string): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const settings = `pagefind ${manifest.dependencies.pagefind} ${language} ${timeZone} ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}`;
  return sourceDigest(new URL(import.meta.url), settings);
}

/**
 * A digest of the files of an index output folder (names, sizes and dates: a file deleted, added or written again
 * shows; reading 57 MB of index at 10,000 articles cost a second per build), leaving out the other parts' folders
 * and the vocabulary.
 */
function outputDigest(folder: string, skip: ReadonlySet<string>): string | undefined {
  if (!existsSync(join(folder, 'pagefind-entry.json'))) return undefined;
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .filter((file) => !skip.has(file.split('/')[0]!))
    .sort();
  for (const file of files) {
    const { size, mtimeMs } = statSync(join(folder, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The top-level names inside a part's output folder that belong to other parts (the archive inside pagefind/). */
function nestedOutputs(part: IndexPart, parts: readonly IndexPart[]): Set<string> {
  const names = parts
    .filter((other) => other.outputPath.startsWith(`${part.outputPath}/`))
    .map((other) => other.outputPath.slice(part.outputPath.length + 1).split('/')[0]!);
  return new Set([...names, 'vocabulary.txt']);
}

/** Deletes whatever `pagefind/` holds that no kept part owns (an archive part's folder, or the main index's files). */
function clearOutputs(root: string, parts: readonly IndexPart[], kept: ReadonlySet<string>): void {
  const folder = join(root, 'pagefind');
  if (!existsSync(folder)) return;
  const keeps = (outputPath: string) => parts.some((part) => part.outputPath === outputPath && kept.has(part.name));
  for (const name of readdirSync(folder)) {
    if (`pagefind/${name}` !== ARCHIVE_INDEX) {
      if (!keeps('pagefind')) rmSync(join(folder, name), { recursive: true, force: true });
      continue;
    }
    for (const part of readdirSync(join(folder, name)))
      if (!keeps(`${ARCHIVE_INDEX}/${part}`)) rmSync(join(folder, name, part), { recursive: true, force: true });
  }
}

/** A page's file status: what tells a page Astro reused (left untouched in dist/) from one it wrote. */
function statKey(path: string): string {
  const info = statSync(path);
  return `${info.mtimeMs} ${info.size} ${info.ino}`;
}

/**
 * Reads the site's pages (only those changed since the last run) and returns its article pages, in path order. An
 * article page stands for the copy Pagefind is given: its digest is the copy's, so a change outside the indexed
 * element (related links, banner) leaves the article's index as it was.
 */
function readArticles(root: string, copies: SearchCopies, timeZone: string): ArticlePage[] {
  const articles: ArticlePage[] = [];
  for (const page of htmlPages(root)) {
    const path = join(root, page);
    const stat = statKey(path);
    const known = copies.known(page, stat);
    if (known === true) continue;
    if (known) {
      articles.push(known);
      continue;
    }
    const html = readFileSync(path, 'utf8');
    // Only article pages carry data-pagefind-body; Pagefind would skip the others anyway once one page has it.
    const element = html.includes('data-pagefind-body') ? indexedElement(html) : undefined;
    if (!element) {
      copies.other(page, stat);
      continue;
    }
    const copy = normalizeApostrophes(indexedPage(element));
    const hash = createHash('sha256').update(copy).digest('hex');
    const article = { page, hash, month: pageMonth(element.html, timeZone) };
    copies.offer(
      article,
      stat,
      () => copy,
      () => {
        return vocabularyWords(elementText(element.html));
      },
    );
    articles.push(article);
  }
  return articles;
}

/** A digest of a list of lines. */
function digest(lines: readonly string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Where and how to index. */
export interface IndexOptions {
  /** The built site. */
  root: string;
  /** The cache folder; the step keeps its store in `SEARCH_CACHE` under it. */
  cacheDir: string;
  /** Every page is indexed as this language, so one search covers them all. */
  language: string;
  /** The time zone an article's month is read in (for the split by period). */
  timeZone: string;
  /** The most articles the recent index and an archive part hold (split.ts); tests lower them. */
  limits?: SplitLimits;
}

/** Runs the index step on the site built in `root`, keeping its store under `cacheDir`. */
export async function buildSearchIndex(options: IndexOptions): Promise<IndexReport> {
  const { root, cacheDir, language, timeZone } = options;
  const stamp = codeStamp(language, timeZone);
  const copies = new SearchCopies(join(cacheDir, SEARCH_CACHE), stamp);
  const articles = readArticles(root, copies, timeZone);
  const {
    since,
    parts,
    partOf: partOfMonth,
  } = planIndex(
    articles.map(({ month }) => month),
    options.limits,
  );
  const partOf = (article: ArticlePage) => partOfMonth(article.month);
  const byPage = new Map(articles.map((article) => [article.page, partOf(article).name]));
  copies.place((page) => byPage.get(page)!);

  const plans = parts.map((part) => {
    const pages = articles.filter((article) => partOf(article) === part);
    const inputs = digest([stamp, part.outputPath, ...pages.map(({ page, hash }) => `${page} ${hash}`)]);
    const previous = copies.previousOutput(part.outputPath);
    const skip = nestedOutputs(part, parts);
    const files = previous?.inputs === inputs ? outputDigest(join(root, part.outputPath), skip) : undefined;
    const reused = files !== undefined && files === previous?.files;
    return { part, pages, inputs, skip, reused, files };
  });
  clearOutputs(root, parts, new Set(plans.filter((plan) => plan.reused).map((plan) => plan.part.name)));
  try {
    for (const { part, pages, inputs, skip, reused, files } of plans) {
      const output = join(root, part.outputPath);
      if (!reused) {
        const folder = join(copies.dir, part.name);
        mkdirSync(folder, { recursive: true });
        await indexFolder(folder, output, language, pages.length);
      }
      // A kept index's digest was taken above; a written one is taken now.
      copies.recordOutput(part.outputPath, { inputs, files: reused ? files! : outputDigest(output, skip)! });
    }
  } finally {
    if (plans.some((plan) => !plan.reused)) await closeIndexer();
  }

  // The vocabulary is written again only when an article changed (or the file did).
  const vocabularyInputs = digest([stamp, ...articles.map(({ page, hash }) => `${page} ${hash}`)]);
  const vocabularyFile = join(root, VOCABULARY_PATH);
  const fileDigest = () => createHash('sha256').update(readFileSync(vocabularyFile)).digest('hex');
  const kept = copies.previousOutput(VOCABULARY_PATH);
  let vocabulary: { words: number; bytes: number } | undefined;
  if (kept?.inputs === vocabularyInputs && existsSync(vocabularyFile) && fileDigest() === kept.files) {
    vocabulary = undefined;
  } else {
    const perArticle = articles.flatMap(({ hash }) => copies.wordsOf(hash) ?? []);
    vocabulary = writeVocabularyOf(root, perArticle);
  }
  copies.recordOutput(VOCABULARY_PATH, { inputs: vocabularyInputs, files: fileDigest() });
  copies.save();
  return {
    since,
    parts: plans.map(({ part, pages, reused }) => ({
      name: part.name,
      outputPath: part.outputPath,
      pages: pages.length,
      reused,
    })),
    written: copies.written,
    vocabulary,
  };
}
