import { describe, expect, it } from 'vitest';
import { applyFrenchSpacing, NARROW_NBSP as N, NBSP } from '../../src/lib/markdown/french-spacing.ts';
import { VFile } from 'vfile';
import { createArticleProcessor } from '../../src/lib/markdown/pipeline.ts';
import { ENGLISH, FRENCH, renderMarkdown } from '../support/config.ts';
import { getArticleLang } from '../../src/lib/markdown/remark-french-typography.ts';

describe('applyFrenchSpacing', () => {
  it('should replace the space before ; ! ? with a narrow no-break space', () => {
    expect(applyFrenchSpacing('Vraiment ? Oui ! Bon ; soit')).toBe(`Vraiment${N}? Oui${N}! Bon${N}; soit`);
  });

  it('should put a full no-break space before a colon', () => {
    expect(applyFrenchSpacing('Note : voir')).toBe(`Note${NBSP}: voir`);
  });

  it('should insert the space when the author left none', () => {
    expect(applyFrenchSpacing('Quoi? Ah! Note: fin;')).toBe(`Quoi${N}? Ah${N}! Note${NBSP}: fin${N};`);
  });

  it('should put narrow no-break spaces inside guillemets, replacing or inserting', () => {
    expect(applyFrenchSpacing('Il dit « oui » puis «non».')).toBe(`Il dit «${N}oui${N}» puis «${N}non${N}».`);
  });

  it('should not double a space that is already there', () => {
    const once = applyFrenchSpacing('Il dit : « Oui ! » Et toi ?');
    expect(applyFrenchSpacing(once)).toBe(once);
    expect(applyFrenchSpacing(`Déjà${N}?`)).toBe(`Déjà${N}?`);
  });

  it('should replace a no-break space typed before a colon with the right one', () => {
    expect(applyFrenchSpacing(`Titre${N}: suite`)).toBe(`Titre${NBSP}: suite`);
  });

  it('should keep runs of punctuation together', () => {
    expect(applyFrenchSpacing('Quoi ?! Non !!')).toBe(`Quoi${N}?! Non${N}!!`);
    expect(applyFrenchSpacing('(?) et « ?')).toBe(`(?) et «${N}?`);
  });

  it('should leave times, URLs and query strings alone', () => {
    expect(applyFrenchSpacing('Rendez-vous à 12:30 précises')).toBe('Rendez-vous à 12:30 précises');
    expect(applyFrenchSpacing('https://example.org/?q=1')).toBe('https://example.org/?q=1');
    expect(applyFrenchSpacing('voir example.org/page?id=3;x=4 demain')).toBe('voir example.org/page?id=3;x=4 demain');
    expect(applyFrenchSpacing('mailto:redaction@example.org')).toBe('mailto:redaction@example.org');
  });

  it('should insert at the edge of the text only when inline content touches it', () => {
    expect(applyFrenchSpacing('?', { before: true, after: false })).toBe(`${N}?`);
    expect(applyFrenchSpacing('?', { before: false, after: false })).toBe('?');
    expect(applyFrenchSpacing('dit «', { before: false, after: true })).toBe(`dit «${N}`);
    expect(applyFrenchSpacing('» fin', { before: true, after: false })).toBe(`${N}» fin`);
  });
});

/** The data Astro attaches to a Markdown file whose front matter has this lang. */
const frontmatterLang = (lang: string) => ({ astro: { frontmatter: { lang } } });

describe('remarkFrenchTypography in the pipeline', () => {
  it('should space the prose of French articles', async () => {
    const html = await renderMarkdown('Pourquoi ? Parce que : « voilà ».');
    expect(html).toBe(`<p>Pourquoi${N}? Parce que${NBSP}: «${N}voilà${N}».</p>`);
  });

  it('should treat regional French like French', async () => {
    expect(await renderMarkdown('Allô?', { lang: 'fr-CA' })).toBe(`<p>Allô${N}?</p>`);
  });

  it('should fall back to the site language when the front matter has no lang', async () => {
    expect(getArticleLang(new VFile(), 'fr')).toBe('fr');
    expect(getArticleLang(new VFile({ data: { astro: { frontmatter: {} } } }), 'fr')).toBe('fr');
    expect(String(await createArticleProcessor(FRENCH).process('Oui?'))).toBe(`<p>Oui${N}?</p>`);
  });

  it('should fall back to the language of the configuration it is given', async () => {
    expect(String(await createArticleProcessor(ENGLISH).process('Yes?'))).toBe('<p>Yes?</p>');
    expect(String(await createArticleProcessor(ENGLISH).process({ value: 'Oui?', data: frontmatterLang('fr') }))).toBe(
      `<p>Oui${N}?</p>`,
    );
  });

  it('should leave English articles untouched', async () => {
    expect(await renderMarkdown('Really? Yes: now!', { lang: 'en' })).toBe('<p>Really? Yes: now!</p>');
  });

  it('should never touch inline code or code blocks', async () => {
    const html = await renderMarkdown('Tapez `a ? b : c` ici.\n\n```\nx ? y : z;\n```');
    expect(html).toContain('<code>a ? b : c</code>');
    expect(html).toContain('x ? y : z;\n</code>');
  });

  it('should leave link URLs and autolinked URLs as written', async () => {
    const html = await renderMarkdown('Voir https://example.org/?q=1 et [ceci](https://example.org/a?b=c).');
    expect(html).toContain('href="https://example.org/?q=1"');
    expect(html).toContain('>https://example.org/?q=1</a>');
    expect(html).toContain('href="https://example.org/a?b=c"');
  });

  it('should space punctuation that follows emphasis or a link', async () => {
    expect(await renderMarkdown('C’est *fini*!')).toBe(`<p>C’est <em>fini</em>${N}!</p>`);
    expect(await renderMarkdown('«*Le Monde*»')).toBe(`<p>«${N}<em>Le Monde</em>${N}»</p>`);
  });

  it('should not alter raw HTML attributes', async () => {
    expect(await renderMarkdown('<abbr title="Quoi ?">Q</abbr>')).toContain('title="Quoi ?"');
  });
});
