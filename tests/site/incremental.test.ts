/**
 * Incremental builds on real builds of a small site of its own: after each change (a title edited, an article added,
 * one deleted, a draft published) the pages that show the change are rendered again, the others are copied from the
 * last build, and the result is byte for byte what a build from nothing makes of the same content.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildSite } from '../support/build.ts';
import { listFiles } from '../support/dist.ts';
import { TMP } from '../support/paths.ts';

const ROOT = `${TMP}incremental/`;
const CONTENT = `${ROOT}content/articles/`;
const DIST = `${ROOT}dist/`;
const FRESH = `${ROOT}fresh-dist/`;
const ENV = { KIOSQUE_BUILD_DATE: '2024-06-01T12:00:00Z' };
const BUILD_TIMEOUT = 240_000;

const CLIMATE = 'Les glaciers alpins fondent plus vite que prévu : la banquise recule, le climat se réchauffe.';

interface Source {
  title: string;
  date: string;
  section: string;
  tags: string[];
  body: string;
  related?: string[];
  draft?: boolean;
}

const ARTICLES: Record<string, Source> = {
  alpha: { title: 'Alpha glaciers en sursis', date: '2024-03-01', section: 'europe', tags: ['Climat'], body: CLIMATE },
  bravo: {
    title: 'Bravo banquise et énergie',
    date: '2024-03-02',
    section: 'europe',
    tags: ['Climat', 'Énergie'],
    body: `${CLIMATE} Les barrages produisent moins.`,
  },
  charlie: {
    title: 'Charlie festival de cinéma',
    date: '2024-02-10',
    section: 'culture',
    tags: ['Cinéma'],
    body: 'Le jury du festival a récompensé un film muet tourné en noir et blanc.',
  },
  delta: {
    title: 'Delta climat et vendanges',
    date: '2024-02-11',
    section: 'culture',
    tags: ['Climat'],
    related: ['alpha'],
    body: `${CLIMATE} Les vendanges commencent en août.`,
  },
  echo: {
    title: 'Echo finale de football',
    date: '2024-01-05',
    section: 'sport',
    tags: ['Football'],
    body: 'Le club a remporté la finale aux tirs au but devant quarante mille supporteurs.',
  },
  foxtrot: {
    title: 'Foxtrot brouillon sur la neige',
    date: '2024-03-03',
    section: 'europe',
    tags: ['Climat'],
    draft: true,
    body: `${CLIMATE} La neige manque aux stations.`,
  },
};

function writeArticle(slug: string, source: Source): void {
  const { body, ...data } = source;
  writeFileSync(`${CONTENT}${slug}.md`, `---\n${stringify(data)}---\n\n${body}\n`);
}

/** Every built file with its content (the search index's as base64: it is binary). */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir)
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), file.startsWith('pagefind/') ? 'base64' : 'utf8')]),
  );
}

/** The pages of keyed routes (articles, section, tag and archive-month listings, section feeds) a build rendered and reused. */
function renderedAndReused(output: string): { rendered: Set<string>; reused: Set<string> } {
  const lines = stripVTControlCharacters(output);
  const pages = (pattern: RegExp) =>
    new Set(
      [...lines.matchAll(pattern)]
        .map((match) => match[1]!.replace(/^\//, ''))
        .filter((page) => /^(articles|sections|tags\/[^/]+|archives\/\d+)\/.*\.(html|xml)$/.test(page)),
    );
  return { rendered: pages(/├─ (\S+) \(\+/g), reused: pages(/├─ (\S+) \((?:cached|restored)\)/g) };
}

function build(dir = DIST): { output: string; files: Map<string, string> } {
  const result = buildSite(CONTENT, dir, ENV);
  if (result.status !== 0) throw new Error(`The build failed:\n${result.output}`);
  return { output: result.output, files: snapshot(dir) };
}

/** Pages whose content differs between two snapshots, or that exist in only one. */
function changedPages(before: Map<string, string>, after: Map<string, string>): Set<string> {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return new Set([...paths].filter((path) => before.get(path) !== after.get(path)));
}

/** Checks the build rendered exactly the keyed pages whose content changed, and returns what changed. */
function expectOnlyChangedPagesRendered(
  before: Map<string, string>,
  after: { output: string; files: Map<string, string> },
): Set<string> {
  const { rendered, reused } = renderedAndReused(after.output);
  const changed = changedPages(before, after.files);
  expect(reused.size).toBeGreaterThan(0);
  for (const page of rendered) expect(changed, `${page} was rendered for nothing`).toContain(page);
  for (const page of reused) expect(changed, `${page} was reused but changed`).not.toContain(page);
  return changed;
}

let previous: Map<string, string>;

describe('incremental builds', () => {
  beforeAll(() => {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    for (const [slug, source] of Object.entries(ARTICLES)) writeArticle(slug, source);
    const cold = build();
    expect(renderedAndReused(cold.output).reused.size).toBe(0);
    previous = cold.files;
  }, BUILD_TIMEOUT);

  it(
    'should re-render every page that shows an edited title, reuse the others, and leave the old title nowhere',
    () => {
      const oldTitle = ARTICLES.alpha!.title;
      writeArticle('alpha', { ...ARTICLES.alpha!, title: 'Alpha banquise menacée' });
      const after = build();
      const changed = expectOnlyChangedPagesRendered(previous, after);
      const showedTitle = [...previous].filter(([, text]) => text.includes(oldTitle)).map(([path]) => path);
      expect(showedTitle).toEqual(
        expect.arrayContaining([
          'articles/alpha/index.html',
          'articles/delta/index.html',
          'sections/europe/index.html',
          'tags/climat/index.html',
          'archives/2024/03/index.html',
          'index.html',
          'rss.xml',
          'sections/europe/rss.xml',
        ]),
      );
      for (const page of showedTitle) expect(changed).toContain(page);
      for (const [path, text] of after.files) expect(text.includes(oldTitle), path).toBe(false);
      expect(changed).not.toContain('articles/charlie/index.html');
      expect(changed).not.toContain('sections/sport/index.html');
      previous = after.files;
    },
    BUILD_TIMEOUT,
  );

  it(
    'should render an added article and the listings that now show it, and reuse the others',
    () => {
      writeArticle('golf', {
        title: 'Golf nouvelles du glacier',
        date: '2024-03-04',
        section: 'europe',
        tags: ['Climat'],
        body: CLIMATE,
      });
      const after = build();
      const changed = expectOnlyChangedPagesRendered(previous, after);
      expect(after.files.has('articles/golf/index.html')).toBe(true);
      for (const page of ['sections/europe/index.html', 'tags/climat/index.html', 'archives/2024/03/index.html'])
        expect(after.files.get(page)).toContain('Golf nouvelles du glacier');
      expect(changed).not.toContain('articles/charlie/index.html');
      previous = after.files;
    },
    BUILD_TIMEOUT,
  );

  it(
    'should drop a deleted article everywhere',
    () => {
      rmSync(`${CONTENT}echo.md`);
      const after = build();
      expectOnlyChangedPagesRendered(previous, after);
      expect(existsSync(`${DIST}articles/echo/index.html`)).toBe(false);
      expect(after.files.has('tags/football/index.html')).toBe(false);
      for (const [path, text] of after.files) expect(text.includes('/articles/echo/'), path).toBe(false);
      previous = after.files;
    },
    BUILD_TIMEOUT,
  );

  it(
    'should publish an article whose draft flag is removed, with the listings that show it',
    () => {
      writeArticle('foxtrot', { ...ARTICLES.foxtrot!, draft: false });
      const after = build();
      expectOnlyChangedPagesRendered(previous, after);
      expect(after.files.has('articles/foxtrot/index.html')).toBe(true);
      for (const page of ['sections/europe/index.html', 'tags/climat/index.html', 'index.html'])
        expect(after.files.get(page)).toContain('Foxtrot brouillon sur la neige');
      previous = after.files;
    },
    BUILD_TIMEOUT,
  );

  it(
    'should make byte for byte the same files as a build from nothing of the same content',
    () => {
      rmSync(FRESH, { recursive: true, force: true });
      rmSync(`${FRESH.replace(/\/$/, '')}-cache`, { recursive: true, force: true });
      const fresh = build(FRESH);
      expect(renderedAndReused(fresh.output).reused.size).toBe(0);
      expect([...fresh.files.keys()]).toEqual([...previous.keys()]);
      for (const [path, text] of fresh.files) expect(previous.get(path), path).toBe(text);
    },
    BUILD_TIMEOUT,
  );
});
