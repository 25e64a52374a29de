import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { TMP } from '../support/paths.ts';

const CONTENT = `${TMP}bad-references-content/`;
const article = (fields: string) => `---\ntitle: Titre\ndate: 2024-01-10\nsection: europe\n${fields}\n---\n\nTexte.\n`;

describe('a build whose articles name unknown authors or stories, or whose author and story files are wrong', () => {
  it('stops with a non-zero exit and names each file and field', () => {
    rmSync(CONTENT, { recursive: true, force: true });
    for (const folder of ['articles', 'authors', 'stories']) mkdirSync(`${CONTENT}${folder}`, { recursive: true });
    writeFileSync(`${CONTENT}authors/claire-martin.md`, '---\nname: Claire Martin\nbio: Journaliste.\n---\n');
    writeFileSync(`${CONTENT}authors/sans-nom.md`, '---\nbio: Journaliste.\n---\n');
    writeFileSync(`${CONTENT}stories/dossier.md`, '---\ntitle: Un dossier\n---\n');
    writeFileSync(`${CONTENT}articles/bon.md`, article('author: [claire-martin, Invitée Spéciale]'));
    writeFileSync(`${CONTENT}articles/auteur.md`, article('author: claire-martine'));
    writeFileSync(`${CONTENT}articles/dossier.md`, article('story: inconnu'));
    const result = buildSite(`${CONTENT}articles`, `${TMP}bad-references-dist/`);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/authors\/sans-nom\.md: name: is required/);
    expect(result.output).toMatch(/stories\/dossier\.md: introduction: is required/);
    expect(result.output).toMatch(
      /articles\/auteur\.md: author: "claire-martine" is not an author id \(there is no authors\/claire-martine\.md\)/,
    );
    expect(result.output).toMatch(/articles\/dossier\.md: story: "inconnu" is not a story id/);
    expect(result.output).toMatch(/4 problem\(s\) in 4 content file\(s\); nothing was built\./);
    expect(result.output).not.toMatch(/bon\.md|claire-martin\.md/);
  });
});
