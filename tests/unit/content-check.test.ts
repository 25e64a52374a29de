import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues, type ContentFile } from '../../src/lib/content-check/index.ts';

const SECTIONS = ['international', 'europe'] as const;
const encode = (text: string) => new TextEncoder().encode(text);

function article(fields: string, body = 'Un paragraphe de texte.'): string {
  return `---\n${fields}\n---\n\n${body}\n`;
}
const VALID = 'title: Un titre\ndate: 2024-05-02\nsection: europe';

function check(files: Record<string, string | Uint8Array>, images: string[] = [], authorIds = new Set<string>()) {
  const list: ContentFile[] = Object.entries(files).map(([path, content]) => ({
    path,
    bytes: typeof content === 'string' ? encode(content) : content,
  }));
  return checkContent(list, {
    sections: SECTIONS,
    defaultLang: 'fr',
    resolveImage: (_article, image) => (images.includes(image) ? 'ok' : 'missing'),
    authorIds,
  });
}

function messages(files: Record<string, string | Uint8Array>, images: string[] = []): string {
  return formatIssues(check(files, images), 'content/articles');
}

describe('checkContent', () => {
  it('accepts a valid article', () => {
    expect(check({ 'un-titre.md': article(VALID) })).toEqual([]);
  });

  it('reports a missing title with the file and the field', () => {
    expect(messages({ 'a.md': article('date: 2024-05-02\nsection: europe') })).toBe(
      'content/articles/a.md: title: is required',
    );
  });

  it('reports an empty title', () => {
    expect(messages({ 'a.md': article('title: "  "\ndate: 2024-05-02\nsection: europe') })).toMatch(
      /a\.md: title: must not be empty/,
    );
  });

  it('reports a date that is not a date', () => {
    expect(messages({ 'a.md': article('title: T\ndate: not-a-date\nsection: europe') })).toMatch(
      /a\.md: date: "not-a-date" is not a valid ISO 8601 date/,
    );
  });

  it('reports 2023-02-30 instead of reading it as 2 March', () => {
    expect(messages({ 'a.md': article('title: T\ndate: 2023-02-30\nsection: europe') })).toMatch(
      /a\.md: date: "2023-02-30" is not a valid ISO 8601 date/,
    );
  });

  it('accepts a date-time with an offset', () => {
    expect(check({ 'a.md': article('title: T\ndate: 2023-02-28T10:30:00+01:00\nsection: europe') })).toEqual([]);
  });

  it('reports an undeclared section and lists the allowed ones', () => {
    expect(messages({ 'a.md': article('title: T\ndate: 2024-05-02\nsection: météo') })).toMatch(
      /a\.md: section: "météo" is not a declared section; allowed: international, europe/,
    );
  });

  it('reports tags that are not a list', () => {
    expect(messages({ 'a.md': article(`${VALID}\ntags: Ukraine, Russie`) })).toMatch(
      /a\.md: tags: must be a list of strings/,
    );
  });

  it('reports a translation that is missing or in the same language, naming the file and the field', () => {
    expect(
      messages({
        'a.md': article(`${VALID}\ntranslation: b`),
        'b.md': article(`${VALID}\ntranslation: a`),
        'c.md': article(`${VALID}\nlang: en\ntranslation: nowhere`),
      }),
    ).toBe(
      [
        'content/articles/a.md: translation: "b" is in the same language (fr): a translation is in another language',
        'content/articles/b.md: translation: "a" is in the same language (fr): a translation is in another language',
        'content/articles/c.md: translation: "nowhere" is not the slug of any article',
      ].join('\n'),
    );
    expect(check({ 'a.md': article(`${VALID}\ntranslation: b`), 'b.md': article(`${VALID}\nlang: en-GB`) })).toEqual(
      [],
    );
  });

  it('reports a related slug that does not exist', () => {
    expect(messages({ 'a.md': article(`${VALID}\nrelated: [b, inconnu]`), 'b.md': article(VALID) })).toBe(
      'content/articles/a.md: related: "inconnu" is not the slug of any article',
    );
  });

  it('reports an author id with no author file, and accepts guest names and known ids', () => {
    const files = { 'a.md': article(`${VALID}\nauthor: [sophie-garnier, inconnu, Jean Dupont]`) };
    expect(formatIssues(check(files, [], new Set(['sophie-garnier'])), 'content/articles')).toBe(
      'content/articles/a.md: author: "inconnu" is not an author id (there is no authors/inconnu.md); ' +
        "a guest's name is written with a capital letter or a space",
    );
  });

  it('reports a story id with no story file, naming the file and the field', () => {
    const list = [{ path: 'a.md', bytes: encode(article(`${VALID}\nstory: inconnu`)) }];
    const issues = checkContent(list, { sections: SECTIONS, resolveImage: () => 'ok', storyIds: new Set(['connu']) });
    expect(formatIssues(issues, 'content/articles')).toBe(
      'content/articles/a.md: story: "inconnu" is not a story id (there is no stories/inconnu.md)',
    );
  });

  it('reports two slugs that differ only by case or accents, naming both files', () => {
    const text = messages({ 'ete.md': article(VALID), 'Été.md': article(VALID) });
    expect(text).toMatch(/Été\.md: has the same slug as ete\.md|ete\.md: has the same slug as Été\.md/);
  });

  it('reports an article in a sub-folder rather than dropping it', () => {
    expect(messages({ 'archives/vieux.md': article(VALID) })).toMatch(/archives\/vieux\.md: is in a sub-folder/);
  });

  it('reports a Markdown file with another extension rather than dropping it', () => {
    expect(messages({ 'note.markdown': article(VALID) })).toMatch(/note\.markdown: is not read as an article/);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(messages({ 'a.md': article('title: T\ndate: 2024-05-02\nsection: [europe\ntags: x') })).toMatch(
      /a\.md: front matter is not valid YAML \(line \d+\)/,
    );
  });

  it('reports a file that is not valid UTF-8', () => {
    const bytes = new Uint8Array([...encode(article(VALID)), 0xff, 0xfe, 0x41]);
    expect(messages({ 'a.md': bytes })).toBe('content/articles/a.md: is not valid UTF-8 text: save it as UTF-8');
  });

  it('reports an empty file', () => {
    expect(messages({ 'a.md': '' })).toBe('content/articles/a.md: is empty');
  });

  it('reports a missing front matter', () => {
    expect(messages({ 'a.md': 'Juste du texte.' })).toMatch(/a\.md: has no front matter/);
  });

  it('reports an image path that does not exist', () => {
    const fields = `${VALID}\nimage: ../images/absente.png\nimageAlt: Une image`;
    expect(messages({ 'a.md': article(fields) })).toMatch(
      /a\.md: image: file "\.\.\/images\/absente\.png" does not exist/,
    );
    expect(check({ 'a.md': article(fields) }, ['../images/absente.png'])).toEqual([]);
  });

  it('enforces the editorial rules: updated before date, image without alt, correction before publication', () => {
    const text = messages(
      {
        'a.md': article(
          `${VALID}\nupdated: 2024-05-01\nimage: ../images/x.png\ncorrections:\n  - date: 2024-04-01\n    text: Erreur`,
        ),
      },
      ['../images/x.png'],
    );
    expect(text).toContain('a.md: updated: is earlier than the publication date');
    expect(text).toContain('a.md: imageAlt: is required when an image is given');
    expect(text).toContain('a.md: corrections.0.date: is earlier than the publication date');
  });

  it('reports a file name that is not a URL slug', () => {
    expect(messages({ 'Mon Article.md': article(VALID) })).toMatch(
      /file name "Mon Article" is not a URL slug.*"mon-article"/,
    );
  });

  it('reports an unknown front-matter field, so typos are not silently ignored', () => {
    expect(messages({ 'a.md': article(`${VALID}\ntitel: Faute`) })).toMatch(/a\.md: .*titel/);
  });
});
