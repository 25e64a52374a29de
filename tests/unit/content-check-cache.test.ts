import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_CHECK_CACHE, openContentCheckCache } from '../../src/integrations/content-check-cache.ts';
import { checkContent, formatIssues, type ContentFile } from '../../src/lib/content-check/index.ts';
import { sourceFiles } from '../../src/lib/incremental/source-digest.ts';

const SECTIONS = ['international', 'europe'] as const;
const VALID = '---\ntitle: Un titre\ndate: 2024-05-02\nsection: europe\n---\n\nUn paragraphe.\n';
const INVALID = '---\ndate: 2024-05-02\nsection: europe\n---\n\nSans titre.\n';
const WITH_IMAGE =
  '---\ntitle: Une photo\ndate: 2024-05-02\nsection: europe\nimage: ../images/a.jpg\nimageAlt: Une photo\n---\n\nTexte.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosque-check-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** One build's check over a cache in `dir`: the messages, and how many files were taken from the cache. */
function build(
  files: Record<string, string>,
  {
    sections = SECTIONS,
    images = ['../images/a.jpg'],
  }: { sections?: readonly [string, ...string[]]; images?: string[] } = {},
) {
  const list: ContentFile[] = Object.entries(files).map(([path, text]) => ({
    path,
    bytes: new TextEncoder().encode(text),
  }));
  const cache = openContentCheckCache(dir, sections);
  const issues = checkContent(list, {
    sections,
    resolveImage: (_article, image) => (images.includes(image) ? 'ok' : 'missing'),
    cache,
  });
  cache.save();
  return { messages: formatIssues(issues, 'articles'), reused: cache.reused() };
}

describe('content check cache', () => {
  it('should reuse the results of unchanged files and still fail on an invalid one every build', () => {
    const first = build({ 'a.md': VALID, 'b.md': INVALID });
    const second = build({ 'a.md': VALID, 'b.md': INVALID });
    expect(first.reused).toBe(0);
    expect(second.reused).toBe(2);
    expect(second.messages).toBe('articles/b.md: title: is required');
    expect(second.messages).toBe(first.messages);
  });

  it('should check a file again when its bytes change', () => {
    build({ 'a.md': VALID, 'b.md': INVALID });
    const fixed = build({ 'a.md': VALID, 'b.md': INVALID.replace('date:', 'title: Corrigé\ndate:') });
    expect(fixed.reused).toBe(1);
    expect(fixed.messages).toBe('');
  });

  it('should check a file again when an image it uses no longer exists', () => {
    build({ 'a.md': WITH_IMAGE });
    const after = build({ 'a.md': WITH_IMAGE }, { images: [] });
    expect(after.reused).toBe(0);
    expect(after.messages).toMatch(/articles\/a\.md: image: file "..\/images\/a.jpg" does not exist/);
  });

  it('should drop every result when the sections change', () => {
    build({ 'a.md': VALID });
    const after = build({ 'a.md': VALID }, { sections: ['international'] });
    expect(after.reused).toBe(0);
    expect(after.messages).toMatch(/section/);
  });

  it('should check every file when the cache file is unreadable', () => {
    build({ 'a.md': VALID });
    writeFileSync(join(dir, CONTENT_CHECK_CACHE), '{not json');
    expect(build({ 'a.md': VALID }).reused).toBe(0);
  });

  it('should keep only the results of the files of the last build', () => {
    build({ 'a.md': VALID, 'b.md': INVALID });
    build({ 'a.md': VALID });
    const stored = JSON.parse(readFileSync(join(dir, CONTENT_CHECK_CACHE), 'utf8')) as { files: object };
    expect(Object.keys(stored.files)).toHaveLength(1);
  });
});

describe('source digest', () => {
  it('should cover every module the checker imports, transitively', () => {
    const files = sourceFiles(new URL('../../src/lib/content-check/index.ts', import.meta.url)).map((url) =>
      url.pathname.replace(/^.*\/src\//, 'src/'),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'src/lib/content-check/index.ts',
        'src/lib/content-check/body-bounds.ts',
        'src/lib/article-schema.ts',
        'src/lib/tags.ts',
      ]),
    );
  });
});
