/**
 * A second fixture site of hostile and unusual input: one article per XSS vector, a control article, an article
 * whose front matter is hostile, and articles that stress the layout (1 MB of text, emoji, right-to-left text,
 * very long words and URLs, a huge table).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { CONTROL_MARKDOWN, XSS_VECTORS } from '../fixtures/xss/vectors.ts';
import { ROOT, TMP } from './paths.ts';

/** Content and output folders of the hostile site. */
export const HOSTILE_CONTENT = `${TMP}hostile-content/articles/`;
export const HOSTILE_DIST = `${TMP}hostile-dist/`;

/** A front-matter title that tries to break out of every context it lands in. */
export const HOSTILE_TITLE = `Titre </script><script>__xss('title')</script><img src=x onerror="__xss('title-img')"> & "guillemets"`;

// Images on another site are a build error (the content check names them), so the vectors' and the control
// article's example.org images become local files: the hostile markup around them is what is under test.
const REMOTE_IMAGE = /https:\/\/example\.org\/([\w-]+)\.(?:png|jpg)/g;

/** Points example.org image URLs at local copies of a sample image, and writes those copies. */
function localiseImages(markdown: string): string {
  return markdown.replace(REMOTE_IMAGE, (_url, name: string) => {
    copyFileSync(`${ROOT}content/images/stade-football.png`, `${HOSTILE_CONTENT}../images/${name}.png`);
    return `../images/${name}.png`;
  });
}

function write(slug: string, data: Record<string, unknown>, body: string): void {
  writeFileSync(`${HOSTILE_CONTENT}${slug}.md`, `---\n${stringify(data)}---\n\n${localiseImages(body)}\n`);
}

function longArticle(): string {
  const paragraph =
    'La longue enquête se poursuit, paragraphe après paragraphe, sans rien casser de la mise en page ni de la lecture. ';
  return Array.from({ length: 9000 }, (_, index) => `${paragraph.repeat(1)}Paragraphe ${index + 1}.`).join('\n\n');
}

/** Writes the hostile site's articles; returns their slugs by kind. */
export function writeHostileSite(): { vectors: string[]; layout: string[] } {
  rmSync(`${TMP}hostile-content`, { recursive: true, force: true });
  mkdirSync(HOSTILE_CONTENT, { recursive: true });
  mkdirSync(`${HOSTILE_CONTENT}../images`, { recursive: true });
  const base = { date: '2024-01-10', section: 'culture' };
  const vectors = XSS_VECTORS.map((vector, index) => {
    const slug = `xss-${String(index + 1).padStart(3, '0')}-${vector.name}`;
    write(slug, { ...base, title: `Vecteur ${vector.name}` }, vector.markdown);
    return slug;
  });
  write('controle', { ...base, title: 'Article de contrôle', lang: 'fr' }, CONTROL_MARKDOWN);
  write(
    'front-matter-hostile',
    {
      ...base,
      title: HOSTILE_TITLE,
      description: `<img src=x onerror="__xss('description')"> chapeau`,
      tags: [`<b onmouseover="__xss('tag')">gras</b>`, 'Normal'],
      author: `<script>__xss('author')</script>Auteur`,
      dateline: `"><svg onload="__xss('dateline')">`,
      corrections: [{ date: '2024-01-11', text: `<iframe src="javascript:__xss('correction')"></iframe>` }],
    },
    'Un corps de texte ordinaire.',
  );
  const layout = {
    'tres-long-article': longArticle(),
    emoji:
      'Des émojis partout 🎉🇫🇷👩🏽‍🔬🧑‍🤝‍🧑 et encore 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉.',
    'texte-droite-a-gauche':
      'Un paragraphe en arabe : <span lang="ar" dir="rtl">هذه فقرة مكتوبة باللغة العربية من اليمين إلى اليسار لاختبار التخطيط.</span>\n\nEt en hébreu : <span lang="he" dir="rtl">זוהי פסקה בעברית לבדיקת הפריסה.</span>',
    'mots-tres-longs': `Anticonstitutionnellement${'a'.repeat(300)} et https://example.org/${'chemin/'.repeat(60)}fin et [un lien](https://example.org/${'x'.repeat(400)}).`,
    'tableau-enorme': [
      `| ${Array.from({ length: 30 }, (_, i) => `Colonne ${i + 1}`).join(' | ')} |`,
      `| ${Array.from({ length: 30 }, () => '---').join(' | ')} |`,
      ...Array.from(
        { length: 200 },
        (_, row) => `| ${Array.from({ length: 30 }, (_, i) => `${row * 30 + i}`).join(' | ')} |`,
      ),
    ].join('\n'),
  };
  for (const [slug, body] of Object.entries(layout)) write(slug, { ...base, title: `Mise en page : ${slug}` }, body);
  return { vectors, layout: Object.keys(layout) };
}
