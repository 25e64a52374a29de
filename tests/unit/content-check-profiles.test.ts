import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues } from '../../src/lib/content-check/index.ts';
import { checkProfiles } from '../../src/lib/content-check/profiles.ts';
import { createAuthorSchema, storySchema } from '../../src/lib/profile-schemas.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const files = (entries: Record<string, string>) =>
  Object.entries(entries).map(([path, text]) => ({ path, bytes: encode(text) }));

function checkAuthors(entries: Record<string, string>, images: string[] = []) {
  return checkProfiles(files(entries), {
    schema: createAuthorSchema(z.string()),
    imageField: 'photo',
    textField: 'bio',
    resolveImage: (_file, image) => (images.includes(image) ? 'ok' : 'missing'),
  });
}

describe('checkProfiles', () => {
  it('should accept a valid author and return its id', () => {
    const result = checkAuthors({ 'sophie-garnier.md': '---\nname: Sophie Garnier\nbio: Journaliste.\n---\n' });
    expect(result.issues).toEqual([]);
    expect([...result.ids]).toEqual(['sophie-garnier']);
  });

  it('should name the file and the field of a missing name, a bad link and a photo without text', () => {
    const result = checkAuthors(
      {
        'x.md': '---\nbio: B\nlinks:\n  - label: Site\n    url: http://x.test/\n---\n',
        'y.md': '---\nname: Y\nbio: B\nphoto: ../images/p.png\n---\n',
      },
      ['../images/p.png'],
    );
    expect(formatIssues(result.issues, 'content/authors').split('\n')).toEqual([
      'content/authors/x.md: name: is required',
      'content/authors/x.md: links.0.url: must be an https:// or mailto: URL',
      'content/authors/y.md: photoAlt: is required when a photo is given',
    ]);
  });

  it('should report a missing photo and body text that belongs in the bio', () => {
    const result = checkAuthors({
      'x.md': '---\nname: X\nbio: B\nphoto: ../images/none.png\nphotoAlt: P\n---\n\nUne biographie.\n',
    });
    expect(formatIssues(result.issues, 'content/authors').split('\n')).toEqual([
      'content/authors/x.md: has text after the front matter: write it in the "bio" field',
      'content/authors/x.md: photo: file "../images/none.png" does not exist (paths are relative to the file)',
    ]);
  });

  it('should report a file name that is not an id, and a story without its introduction', () => {
    const result = checkProfiles(
      files({ 'Mon Dossier.md': '---\ntitle: T\n---\n', 'dossier.md': '---\ntitle: T\n---\n' }),
      {
        schema: storySchema,
        textField: 'introduction',
      },
    );
    expect(formatIssues(result.issues, 'content/stories').split('\n')).toEqual([
      'content/stories/dossier.md: introduction: is required',
      'content/stories/Mon Dossier.md: file name "Mon Dossier" is not an id: use lower-case letters, digits and hyphens, directly in the folder',
    ]);
  });
});
