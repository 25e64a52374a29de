import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  isCategoryStub,
  isCommentFormLine,
  isJunkLine,
  isRepeatedTitle,
  isSharePrompt,
  parsePlainText,
} from '../../src/lib/importer/plain-text.ts';
import { importArticle } from '../../src/lib/importer/index.ts';
import { SECTION_IDS } from '../../src/config.ts';

const SEED = readFileSync(new URL('../fixtures/importer/seed-scraped.txt', import.meta.url), 'utf8');
const SITE_ARTICLE = readFileSync(
  new URL('../../content/articles/loukachenko-demande-a-la-russie-de-defendre-la-bielorussie.md', import.meta.url),
  'utf8',
);

describe('plain-text noise rules', () => {
  it('should drop a one-word category stub before the title', () => {
    expect(isCategoryStub('in')).toBe(true);
    expect(isCategoryStub('Monde')).toBe(true);
    expect(isCategoryStub('Loukachenko demande à la Russie de défendre')).toBe(false);
  });

  it('should recognise the title again, without accents or truncated', () => {
    const title = 'Loukachenko demande à la Russie de défendre la Biélorussie “comme son propre territoire”';
    expect(isRepeatedTitle('Loukachenko demande a la Russie de defendre la Bielorussie comme', title)).toBe(true);
    expect(isRepeatedTitle(title, title)).toBe(true);
    expect(isRepeatedTitle('Le ministre russe de la Défense s’est rendu à Minsk.', title)).toBe(false);
  });

  it('should recognise comment-form lines in French and English', () => {
    expect(isCommentFormLine('Laisser un commentaire')).toBe(true);
    expect(
      isCommentFormLine('Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *'),
    ).toBe(true);
    expect(isCommentFormLine('Leave a Reply')).toBe(true);
    expect(isCommentFormLine('Your email address will not be published. Required fields are marked *')).toBe(true);
    expect(isCommentFormLine('Un commentaire du ministre a suivi la rencontre.')).toBe(false);
  });

  it('should recognise share and subscribe prompts in French and English', () => {
    expect(isSharePrompt('Partager sur Facebook')).toBe(true);
    expect(isSharePrompt('Abonnez-vous à notre newsletter')).toBe(true);
    expect(isSharePrompt('Share this article')).toBe(true);
    expect(isSharePrompt('Subscribe to our newsletter')).toBe(true);
    expect(isSharePrompt('Le partage des données entre les pays reste limité par les traités.')).toBe(false);
  });

  it('should recognise code-like junk lines but not sentences with numbers', () => {
    expect(isJunkLine('226270 iPHONE 14 PHO akrales 0710')).toBe(true);
    expect(isJunkLine('Les combats ont fait plus de 13 000 morts depuis 2014.')).toBe(false);
  });

  it('should drop teaser headlines after the article even without a comment form', () => {
    const text = `Titre de l’article assez long\n\n${'Un vrai paragraphe avec beaucoup de mots. '.repeat(6)}\n\nAutre article : le titre d’un teaser.\n\nEncore un teaser court.`;
    const parsed = parsePlainText(text, 'Europe/Paris');
    expect(parsed.paragraphs).toHaveLength(1);
    expect(parsed.dropped.map((line) => line.rule)).toEqual(['teaser after the article', 'teaser after the article']);
  });
});

describe('importing the seed', () => {
  const result = importArticle(
    SEED,
    { section: 'international', date: '2023-04-10' },
    { sections: SECTION_IDS, defaultLang: 'fr', timeZone: 'Europe/Paris' },
  );
  const siteBody = SITE_ARTICLE.split(/^---$/m).slice(2).join('---').trim();

  it('should give the seed article already on the site: same title and the same seven paragraphs', () => {
    expect(result.report.title).toBe(
      'Loukachenko demande à la Russie de défendre la Biélorussie “comme son propre territoire”',
    );
    const body = result.markdown.split(/^---$/m).slice(2).join('---').trim();
    expect(body.split('\n\n')).toHaveLength(7);
    expect(body).toBe(siteBody);
    expect(result.report.paragraphs).toBe(7);
  });

  it('should report every noise line it dropped, and keep none of them', () => {
    const noise = [
      'in',
      'Loukachenko demande a la Russie de defendre la Bielorussie comme',
      'Laisser un commentaire',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'Forces spéciales occidentales à l’intérieur de l’Ukraine, fuite révèle.',
      '226270 iPHONE 14 PHO akrales 0710',
      'Fuites et rumeurs de l’iPhone 15 : tout ce que nous attendons du flagship 2023 d’Apple.',
    ];
    expect(result.report.dropped.map((line) => line.text)).toEqual(noise);
    for (const line of noise.slice(2)) expect(result.markdown).not.toContain(line);
  });

  it('should say which flag to give when the date or section is missing', () => {
    expect(() =>
      importArticle(
        SEED,
        { section: 'international' },
        { sections: SECTION_IDS, defaultLang: 'fr', timeZone: 'Europe/Paris' },
      ),
    ).toThrow(/--date/);
    expect(() =>
      importArticle(
        SEED,
        { date: '2023-04-10' },
        { sections: SECTION_IDS, defaultLang: 'fr', timeZone: 'Europe/Paris' },
      ),
    ).toThrow(/--section/);
  });
});
