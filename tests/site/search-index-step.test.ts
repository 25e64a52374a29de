/**
 * The index step on a small site of its own, split into a recent index and archive parts (limits lowered to 3 and 2):
 * a part whose pages did not change keeps its index, the others are indexed again, and the result is byte for byte
 * what a run from nothing writes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexReport } from '../../src/lib/search/build-index.ts';
import { listFiles } from '../support/dist.ts';
import { TMP } from '../support/paths.ts';

const ROOT = `${TMP}index-step/`;
const SITE = `${ROOT}site/`;
const TIMEOUT = 60_000;

/** Writes an article page; `aside` is shown after the article, outside what Pagefind indexes (like related links). */
function writePage(slug: string, date: string, text: string, aside = 'À lire aussi'): void {
  const folder = `${SITE}articles/${slug}/`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    `${folder}index.html`,
    `<!doctype html><html lang="fr"><head><title>${slug}</title></head><body><nav>Menu</nav>` +
      `<article data-pagefind-body data-pagefind-sort="date:${date}T08:00:00.000Z"><h1>${slug}</h1><p>${text}</p></article>` +
      `<aside><article class="card"><h2>${aside}</h2></article></aside></body></html>`,
  );
}

const PAGES: [string, string, string][] = [
  ['ancien', '2021-03-01', 'Les archives de la rédaction parlent d’élections municipales.'],
  ['printemps', '2021-05-01', 'Le printemps des poètes investit les bibliothèques.'],
  ['automne', '2021-09-01', 'La rentrée scolaire manque d’enseignants.'],
  ['vieux', '2022-05-01', 'Un reportage sur les vendanges tardives en Alsace.'],
  ['hiver', '2023-01-15', 'Le froid s’installe sur les Alpes.'],
  ['recent', '2024-02-01', 'La banquise recule plus vite que prévu.'],
  ['dernier', '2024-06-01', 'Le festival de cinéma ouvre ses portes.'],
];

function index(cache: string): Promise<IndexReport> {
  return buildSearchIndex({
    root: SITE,
    cacheDir: `${ROOT}${cache}`,
    language: 'fr',
    timeZone: 'Europe/Paris',
    limits: { recentArticles: 3, archivePartArticles: 2 },
  });
}

function snapshot(): Map<string, string> {
  return new Map(
    listFiles(`${SITE}pagefind/`)
      .sort()
      .map((file) => [file, readFileSync(`${SITE}pagefind/${file}`, 'base64')]),
  );
}

/** Indexes the current pages from nothing (a fresh cache) and checks the incremental result equals it. */
async function expectSameAsFromNothing(incremental: Map<string, string>): Promise<void> {
  rmSync(`${ROOT}fresh-cache`, { recursive: true, force: true });
  rmSync(`${SITE}pagefind`, { recursive: true, force: true });
  await index('fresh-cache');
  const fresh = snapshot();
  expect([...fresh.keys()]).toEqual([...incremental.keys()]);
  for (const [file, bytes] of fresh) expect(incremental.get(file), file).toBe(bytes);
}

const kept = (report: IndexReport) => report.parts.filter((part) => part.reused).map((part) => part.name);

const ALL = ['recent', 'archive-2022', 'archive-2021-09', 'archive-2021-01'];

describe('the index step', () => {
  beforeAll(async () => {
    rmSync(ROOT, { recursive: true, force: true });
    for (const [slug, date, text] of PAGES) writePage(slug, date, text);
    writeFileSync(`${SITE}index.html`, '<!doctype html><html lang="fr"><body><h1>Accueil</h1></body></html>');
    const cold = await index('cache');
    expect(cold.since).toBe(2023);
    expect(cold.parts.map((part) => [part.name, part.outputPath, part.pages, part.reused])).toEqual([
      ['recent', 'pagefind', 3, false],
      ['archive-2022', 'pagefind/archive/2022', 1, false],
      ['archive-2021-09', 'pagefind/archive/2021-09', 1, false],
      ['archive-2021-01', 'pagefind/archive/2021-01', 2, false],
    ]);
  }, TIMEOUT);

  it(
    'should keep every index and the vocabulary when no page changed',
    async () => {
      const before = snapshot();
      const report = await index('cache');
      expect(kept(report)).toEqual(ALL);
      expect(report.written).toBe(0);
      expect(report.vocabulary).toBeUndefined();
      expect(snapshot()).toEqual(before);
    },
    TIMEOUT,
  );

  it(
    'should keep every index when pages changed only outside their indexed element',
    async () => {
      const before = snapshot();
      writePage('ancien', '2021-03-01', PAGES[0]![2], 'Le festival de cinéma ouvre ses portes sous la pluie');
      writePage('dernier', '2024-06-01', PAGES[6]![2], 'Un autre article </article> lié');
      const report = await index('cache');
      expect(kept(report)).toEqual(ALL);
      expect(report.written).toBe(0);
      expect(snapshot()).toEqual(before);
    },
    TIMEOUT,
  );

  it(
    'should index again only the part of an edited recent page, and write what a run from nothing writes',
    async () => {
      writePage('dernier', '2024-06-01', 'Le festival de cinéma ouvre ses portes sous la pluie.');
      const report = await index('cache');
      expect(kept(report)).toEqual(ALL.slice(1));
      expect(report.written).toBe(1);
      expect(report.vocabulary).toBeDefined();
      await expectSameAsFromNothing(snapshot());
    },
    TIMEOUT,
  );

  it(
    'should index again only the archive part of an edited old page',
    async () => {
      await index('cache');
      writePage('automne', '2021-09-01', 'La rentrée scolaire manque encore d’enseignants.');
      const report = await index('cache');
      expect(kept(report)).toEqual(['recent', 'archive-2022', 'archive-2021-01']);
      expect(report.written).toBe(1);
      await expectSameAsFromNothing(snapshot());
    },
    TIMEOUT,
  );

  it(
    'should cut a year again when one of its pages is deleted, and add a part for a new year',
    async () => {
      await index('cache');
      rmSync(`${SITE}articles/ancien`, { recursive: true });
      writePage('doyen', '2020-01-01', 'Un portrait du doyen des journalistes.');
      const report = await index('cache');
      expect(report.parts.map((part) => [part.name, part.pages])).toEqual([
        ['recent', 3],
        ['archive-2022', 1],
        ['archive-2021', 2],
        ['archive-2020', 1],
      ]);
      expect(kept(report)).toEqual(['recent', 'archive-2022']);
      expect(listFiles(`${SITE}pagefind/archive/`).some((file) => file.startsWith('2021-'))).toBe(false);
      await expectSameAsFromNothing(snapshot());
    },
    TIMEOUT,
  );

  it(
    'should index a part again when its index files were altered since the last run',
    async () => {
      await index('cache');
      const entry = `${SITE}pagefind/archive/2022/pagefind-entry.json`;
      writeFileSync(entry, readFileSync(entry, 'utf8').replace('"version"', '"version" '));
      const report = await index('cache');
      expect(kept(report)).not.toContain('archive-2022');
      expect(kept(report)).toContain('recent');
      await expectSameAsFromNothing(snapshot());
    },
    TIMEOUT,
  );

  it(
    'should drop the archive indexes when the site no longer needs a split',
    async () => {
      await index('cache');
      for (const slug of ['doyen', 'vieux', 'printemps', 'automne', 'hiver'])
        rmSync(`${SITE}articles/${slug}`, { recursive: true });
      const report = await index('cache');
      expect(report.since).toBeUndefined();
      expect(report.parts.map((part) => part.name)).toEqual(['all']);
      expect(listFiles(`${SITE}pagefind/`).some((file) => file.startsWith('archive/'))).toBe(false);
      await expectSameAsFromNothing(snapshot());
    },
    TIMEOUT,
  );
});
