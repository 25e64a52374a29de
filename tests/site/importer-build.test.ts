import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { buildSite } from '../support/build.ts';
import { ROOT, TMP } from '../support/paths.ts';

const OUT = `${TMP}imported/articles/`;
const FIXTURES = `${ROOT}tests/fixtures/importer/`;

function importFiles(args: string[]) {
  return spawnSync('npm', ['run', 'import', '--silent', '--', ...args, '--out', OUT], { cwd: ROOT, encoding: 'utf8' });
}

describe('the import command, end to end', () => {
  it('imports many files, goes on after a failure, and exits non-zero when one failed', () => {
    rmSync(`${TMP}imported`, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const dated = ['news-jsonld.html', 'blog-post.html', 'heavy-navigation-cookies.html', 'english-page.html'].map(
      (name) => FIXTURES + name,
    );
    const first = importFiles([...dated, `${FIXTURES}no-date.html`, '--section', 'europe', '--tags', 'Import,Essai']);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/no-date\.html: error: no publication date found in the file: give one with --date/);
    expect(first.stderr).toMatch(/1 of 5 file\(s\) failed/);
    expect(readdirSync(OUT)).toHaveLength(4);

    const second = importFiles([
      `${FIXTURES}no-date.html`,
      `${FIXTURES}wire-copy.txt`,
      `${FIXTURES}seed-scraped.txt`,
      '--section',
      'international',
      '--date',
      '2026-01-05',
    ]);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/paragraphs kept: 7/);
    expect(second.stderr).toMatch(/dropped \(comment form\): Laisser un commentaire/);
    expect(readdirSync(OUT)).toHaveLength(7);

    const again = importFiles([`${FIXTURES}wire-copy.txt`, '--section', 'international', '--date', '2026-01-05']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists: give --force/);
  });

  it('writes articles the site builds', () => {
    const build = buildSite(OUT, `${TMP}imported-dist/`);
    expect(build.status, build.output).toBe(0);
    for (const file of readdirSync(OUT)) {
      expect(existsSync(`${TMP}imported-dist/articles/${file.replace(/\.md$/, '')}/index.html`)).toBe(true);
    }
  });
});
