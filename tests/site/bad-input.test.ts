import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { buildSite } from '../support/build.ts';
import { ROOT, TMP } from '../support/paths.ts';

/** A path that climbs out of the content folder: hostile input, written so no literal climb sits in the tree. */
const OUT = '../'.repeat(4);

const BAD = `${TMP}bad-content/`;
const HOSTILE = `${TMP}hostile-input-content/`;
const HEAD = (fields = '') => `---\ntitle: Titre\ndate: 2024-01-10\nsection: europe\n${fields}---\n\n`;

describe('a build over bad input', () => {
  it('stops with a non-zero exit and names each file and field', () => {
    rmSync(BAD, { recursive: true, force: true });
    mkdirSync(`${BAD}articles`, { recursive: true });
    cpSync(`${ROOT}tests/fixtures/site/articles/fixture-english-space-telescope.md`, `${BAD}articles/valide.md`);
    writeFileSync(
      `${BAD}articles/fevrier.md`,
      '---\ntitle: Février\ndate: 2023-02-30\nsection: europe\n---\n\nTexte.\n',
    );
    writeFileSync(`${BAD}articles/rubrique.md`, '---\ntitle: Météo\ndate: 2023-02-03\nsection: meteo\n---\n\nTexte.\n');
    writeFileSync(`${BAD}articles/vide.md`, '');
    const result = buildSite(`${BAD}articles`, `${TMP}bad-dist/`);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fevrier\.md: date: "2023-02-30" is not a valid ISO 8601 date/);
    expect(result.output).toMatch(/rubrique\.md: section: "meteo" is not a declared section; allowed: international/);
    expect(result.output).toMatch(/vide\.md: is empty/);
    expect(result.output).not.toMatch(/valide\.md/);
  });

  it('lists every hostile input as "file: field: message" with a summary, not as a crash with a stack trace', () => {
    rmSync(HOSTILE, { recursive: true, force: true });
    mkdirSync(`${HOSTILE}articles`, { recursive: true });
    const files: Record<string, string> = {
      'tabulation.md': '---\ntitle: "Un\\vtitre"\ndate: 2024-01-10\nsection: europe\n---\n\nTexte.\n',
      'tag-invisible.md': `${HEAD('tags: ["\u200B"]\n')}Texte.\n`,
      'tag-long.md': `${HEAD(`tags: [${'x'.repeat(300)}]\n`)}Texte.\n`,
      'langue.md': `${HEAD('lang: fr-12\n')}Texte.\n`,
      'passwd.md': `${HEAD(`image: ${OUT}etc/passwd\nimageAlt: x\n`)}Texte.\n`,
      'alias.md': `---\na: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ).join('\n')}\n---\n\nTexte.\n`,
      'distante.md': `${HEAD()}Texte.\n\n![Une photo](https://example.org/photo.jpg)\n`,
      'citations.md': `${HEAD()}${'> '.repeat(10_000)}x\n`,
      'commentaires.md': `${HEAD()}Texte ${'<!--'.repeat(50_000)}\n`,
      'notes.md': `${HEAD()}${'t[^1] '.repeat(100_000)}\n\n[^1]: n\n`,
      'x.MD': `${HEAD()}Texte.\n`,
      '.cache.md': `${HEAD()}Texte.\n`,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(`${HOSTILE}articles/${name}`, text);
    writeFileSync(`${TMP}hostile-outside.md`, '---\ntitle: Dehors\ndate: 2023-02-30\nsection: europe\n---\n\nTexte.\n');
    rmSync(`${HOSTILE}articles/lien.md`, { force: true });
    symlinkSync(`${TMP}hostile-outside.md`, `${HOSTILE}articles/lien.md`);

    const result = buildSite(`${HOSTILE}articles`, `${TMP}hostile-input-dist/`);
    expect(result.status).not.toBe(0);
    const expected = [
      'tabulation.md: title: contains the control character U+000B',
      'tag-invisible.md: tags.0: has no visible character',
      'tag-long.md: tags.0: "xxxxxxxxxxxxxxxxxxxx…" is longer than 60 characters',
      'langue.md: lang: is not a valid BCP 47 language tag (Intl rejects it)',
      `passwd.md: image: "${OUT}etc/passwd" is not an image file`,
      'alias.md: front matter cannot be read: Excessive alias count',
      'distante.md: body: line 9: image "https://example.org/photo.jpg" is on another site',
      'citations.md: body: line 7: lists and quotes are nested 10000 deep; the limit is 32',
      'commentaires.md: body: has 50000 HTML comments and declarations',
      'notes.md: body: has 100001 footnote calls and notes',
      'x.MD: is not read as an article: rename it to .md',
      '.cache.md: is a hidden file',
      'lien.md: is a symbolic link to a file outside the content folder',
    ];
    for (const line of expected) expect(result.output).toContain(`hostile-input-content/articles/${line}`);
    expect(result.output).toMatch(/14 problem\(s\) in 13 article file\(s\); nothing was built\./);
    expect(result.output).not.toMatch(/unhandled error|astro:config:setup hook/i);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
