import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildSite } from '../support/build.ts';
import { ROOT, TMP } from '../support/paths.ts';

const BAD = `${TMP}bad-content/`;

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
});
