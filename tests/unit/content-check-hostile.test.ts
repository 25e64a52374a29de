import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues, type ContentFile, type ImageStatus } from '../../src/lib/content-check/index.ts';
import { cleanControlCharacters } from '../../src/lib/content-check/control-characters.ts';
import { importArticle } from '../../src/lib/importer/index.ts';

/** A path that climbs out of the content folder: hostile input, written so no literal climb sits in the tree. */
const OUT = '../'.repeat(4);
const OUT3 = '../'.repeat(3);

const VALID = 'title: Un titre\ndate: 2024-05-02\nsection: europe';
const article = (fields: string, body = 'Un paragraphe de texte.'): string => `---\n${fields}\n---\n\n${body}\n`;

/** Checks files given as text (or as ContentFile fields), with images resolved by a table. */
function messages(
  files: Record<string, string | Partial<ContentFile>>,
  images: Record<string, ImageStatus> = {},
): string {
  const list = Object.entries(files).map(([path, file]) =>
    typeof file === 'string'
      ? { path, bytes: new TextEncoder().encode(file) }
      : { path, bytes: new Uint8Array(), ...file },
  );
  const issues = checkContent(list, {
    sections: ['europe'],
    resolveImage: (_article, image) => images[image] ?? 'missing',
  });
  return formatIssues(issues, 'content/articles');
}

describe('control characters, where text enters', () => {
  it('rejects a vertical tab (a Word line break) in a title, naming the field and the character', () => {
    expect(messages({ 'a.md': article('title: "Un\\vtitre"\ndate: 2024-05-02\nsection: europe') })).toBe(
      'content/articles/a.md: title: contains the control character U+000B (line tabulation, a Word manual line break): delete it, or use a space or a line break',
    );
  });

  it('rejects control characters written raw or escaped, in tags, authors and corrections', () => {
    const text = messages({
      'a.md': article(
        `${VALID}\ntags: [Un, "deux\\x1B"]\nauthor: "A\u0001"\ncorrections:\n  - date: 2024-05-03\n    text: "x\\f"`,
      ),
    });
    expect(text).toContain('a.md: tags.1: contains the control character U+001B (escape)');
    expect(text).toContain('a.md: author: contains the control character U+0001');
    expect(text).toContain('a.md: corrections.0.text: contains the control character U+000C (form feed');
  });

  it('rejects a control character in the body, with its line in the file', () => {
    expect(messages({ 'a.md': article(VALID, 'Ligne un.\n\nLigne\u000Bdeux.') })).toBe(
      'content/articles/a.md: body: line 9: contains the control character U+000B (line tabulation, a Word manual line break): delete it, or use a space or a line break',
    );
  });

  it('accepts tabs, line feeds and CRLF line ends', () => {
    expect(messages({ 'a.md': article(VALID, 'Un\ttab.\r\n\r\nDeux.').replace(/\n/g, '\r\n') })).toBe('');
  });
});

describe('errors that name the file and the field', () => {
  it('checks lang with Intl up front', () => {
    expect(messages({ 'a.md': article(`${VALID}\nlang: fr-12`) })).toBe(
      'content/articles/a.md: lang: is not a valid BCP 47 language tag (Intl rejects it): use one such as fr or en-GB',
    );
    expect(messages({ 'a.md': article(`${VALID}\nlang: en-GB`) })).toBe('');
  });

  it('bounds the length of a tag', () => {
    expect(messages({ 'a.md': article(`${VALID}\ntags: [${'x'.repeat(300)}]`) })).toMatch(
      /a\.md: tags\.0: "x{20}…" is longer than 60 characters/,
    );
  });

  it('rejects empty, invisible and letterless tags and titles', () => {
    const text = messages({
      'a.md': article(`title: "\u200B"\ndate: 2024-05-02\nsection: europe\ntags: ["\u200B", "", "—", ok]`),
    });
    expect(text).toContain('a.md: title: has no visible character');
    expect(text).toContain('a.md: tags.0: has no visible character');
    expect(text).toContain('a.md: tags.1: must not be empty');
    expect(text).toContain('a.md: tags.2: "—" has no letter or digit, so it cannot have a page');
  });

  it('reports a YAML alias bomb instead of crashing', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(messages({ 'a.md': article(`${VALID}\n${lines.join('\n')}`) })).toMatch(
      /^content\/articles\/a\.md: front matter cannot be read: Excessive alias count/,
    );
  });

  it('reports deeply nested YAML instead of crashing', () => {
    expect(messages({ 'a.md': article(`${VALID}\ntags: ${'['.repeat(5_000)}`) })).toMatch(
      /a\.md: front matter is not valid YAML/,
    );
  });
});

describe('images resolve inside the content folder', () => {
  const withImage = (image: string) => article(`${VALID}\nimage: ${image}\nimageAlt: Une image`);

  it('rejects a hero image that is not an image file, such as /etc/passwd', () => {
    expect(messages({ 'a.md': withImage(`${OUT}etc/passwd`) })).toBe(
      `content/articles/a.md: image: "${OUT}etc/passwd" is not an image file (.avif .gif .jpg .png .svg .tiff .webp)`,
    );
  });

  it('rejects a hero image outside the content folder', () => {
    expect(messages({ 'a.md': withImage(`${OUT3}x.png`) }, { [`${OUT3}x.png`]: 'outside' })).toMatch(
      /a\.md: image: "\.\.\/\.\.\/\.\.\/x\.png" leads outside the content folder/,
    );
  });

  it('rejects body images that are missing or outside', () => {
    const body = `![a](../images/absente.png)\n\n![b](${OUT}etc/x.png)`;
    const text = messages({ 'a.md': article(VALID, body) }, { [`${OUT}etc/x.png`]: 'outside' });
    expect(text).toContain('a.md: body: line 7: image "../images/absente.png" does not exist');
    expect(text).toContain(`a.md: body: line 9: image "${OUT}etc/x.png" leads outside the content folder`);
  });
});

describe('remote images', () => {
  const remote = [
    '![x](https://example.org/x.png)',
    '![x](//example.org/x.png)',
    '![x][photo]\n\n[photo]: http://example.org/x.png',
    '<img src="https://example.org/x.png" alt="">',
    '<figure><img alt="" srcset="https://example.org/x.png 2x"></figure>',
    "- <img src='https://example.org/x.png'>",
  ];
  for (const body of remote) {
    it(`is a build error with a hint to use content/images/: ${body.split('\n')[0]}`, () => {
      expect(messages({ 'a.md': article(VALID, body) }, { '../images/x.png': 'ok' })).toMatch(
        /^content\/articles\/a\.md: body: line 7: image "(?:https?:)?\/\/example\.org\/x\.png" is on another site.*save it in content\/images\//,
      );
    });
  }

  it('leaves local images and links to other sites alone', () => {
    const body = '![x](../images/x.png) et [un lien](https://example.org/x.png).';
    expect(messages({ 'a.md': article(VALID, body) }, { '../images/x.png': 'ok' })).toBe('');
  });
});

describe('HTML blocks that would swallow the rest of the article', () => {
  const swallowing: [string, string][] = [
    ['an unclosed comment', '<!-- note\n\nLa suite de l’article.'],
    ['an unclosed script element', '<script>\n\nLa suite.'],
    ['an unclosed pre element', '<pre>\n\nLa suite.'],
    ['an unclosed CDATA section', '<![CDATA[\n\nLa suite.'],
  ];
  for (const [name, body] of swallowing) {
    it(`reports ${name}`, () => {
      expect(messages({ 'a.md': article(VALID, `Début.\n\n${body}`) })).toMatch(
        /a\.md: body: line 9: .* is never closed .*everything after it would be lost/,
      );
    });
  }

  it('accepts closed comments and an unclosed one with nothing after it', () => {
    expect(messages({ 'a.md': article(VALID, 'Début.\n\n<!-- note -->\n\nSuite.') })).toBe('');
    expect(messages({ 'a.md': article(VALID, 'Début.\n\n<!-- fin') })).toBe('');
  });
});

describe('files the build would skip or follow', () => {
  it('reports Markdown files with other spellings and hidden names', () => {
    const text = messages({ 'x.MD': article(VALID), '..md': article(VALID), '.hidden.md': article(VALID), 'y.Md': '' });
    expect(text).toContain('content/articles/x.MD: is not read as an article: rename it to .md (lower case)');
    expect(text).toContain('content/articles/y.Md: is not read as an article');
    expect(text).toContain('content/articles/..md: is a hidden file (its name starts with a dot)');
    expect(text).toContain('content/articles/.hidden.md: is a hidden file');
  });

  it('reports a symbolic link that leads outside the content folder, or nowhere', () => {
    const text = messages({ 'a.md': { link: 'outside' }, 'b.md': { link: 'broken' } });
    expect(text).toContain('content/articles/a.md: is a symbolic link to a file outside the content folder');
    expect(text).toContain('content/articles/b.md: is a symbolic link to nothing');
  });

  it('checks a followed link like any article, so an impossible date is caught', () => {
    const linked = { bytes: new TextEncoder().encode(article('title: T\ndate: 2023-02-30\nsection: europe')) };
    expect(messages({ 'lien.md': linked })).toMatch(/lien\.md: date: "2023-02-30" is not a valid ISO 8601 date/);
  });
});

describe('the importer, where pasted text enters', () => {
  it('turns Word line and page breaks into line breaks and other control characters into spaces', () => {
    expect(cleanControlCharacters('a\u000Bb\u000Cc\u0001d\te')).toEqual({ text: 'a\nb\nc d\te', replaced: 3 });
  });

  it('writes an article the content check accepts from text with a Word line break in it', () => {
    const text = 'Un titre\u000B\n\nUn premier paragraphe\u000Bavec un saut de ligne Word, assez long pour être gardé.';
    const result = importArticle(
      text,
      { section: 'europe', date: '2024-05-02' },
      { sections: ['europe'], defaultLang: 'fr', timeZone: 'Europe/Paris' },
    );
    expect(result.report.notes.join('\n')).toContain('2 control character(s) replaced');
    expect(messages({ 'un-titre.md': result.markdown })).toBe('');
  });
});
