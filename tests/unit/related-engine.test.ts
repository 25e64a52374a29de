import { describe, expect, it } from 'vitest';
import {
  computeRelated,
  computeRelatedDetailed,
  formatRelatedReport,
  type RelatedInput,
} from '../../src/lib/related-links/index.ts';

function article(slug: string, title: string, body: string, extra: Partial<RelatedInput> = {}): RelatedInput {
  return {
    slug,
    title,
    body,
    tags: [],
    section: 'international',
    lang: 'fr',
    date: new Date('2024-01-01'),
    pinned: [],
    ...extra,
  };
}

const FILLER = [
  article('f1', 'Le marché des fruits', 'Les pommes et les poires se vendent bien au marché couvert du samedi matin.'),
  article('f2', 'La rentrée des classes', 'Les élèves retrouvent leurs professeurs et leurs cahiers dans les écoles.'),
  article('f3', 'Un nouveau pont', 'Le pont relie les deux rives du fleuve après trois ans de travaux publics.'),
  article('f4', 'Le festival de jazz', 'Des musiciens venus du monde entier jouent sur la grande scène du parc.'),
];

describe('computeRelated', () => {
  it('should prefer an article sharing rare terms over one sharing common terms', () => {
    const articles = [
      article(
        'a',
        'Loukachenko et Choïgou à Minsk',
        'Le président biélorusse Loukachenko reçoit Choïgou à Minsk pour parler de défense.',
      ),
      article('rare', 'Choïgou de retour à Minsk', 'Choïgou rencontre Loukachenko à Minsk une nouvelle fois.'),
      article(
        'common',
        'Le président parle de défense',
        'Le président parle de défense et de travaux publics au marché.',
      ),
      ...FILLER,
    ];
    const picks = computeRelated(articles, { count: 4, minScore: 0 }).get('a')!;
    expect(picks[0]!.slug).toBe('rare');
    expect(picks.findIndex((pick) => pick.slug === 'rare')).toBeLessThan(
      picks.findIndex((pick) => pick.slug === 'common'),
    );
  });

  it('should weigh the headline more than the body', () => {
    const articles = [
      article('a', 'Sondes lunaires', 'Un texte sur plusieurs sujets, dont les volcans islandais.'),
      article('title-match', 'Les sondes lunaires se multiplient', 'Un texte général sur la science.'),
      article('body-match', 'Un texte général', 'On parle ici de sondes lunaires une fois.'),
      ...FILLER,
    ];
    const picks = computeRelated(articles, { count: 2, minScore: 0 }).get('a')!;
    expect(picks[0]!.slug).toBe('title-match');
  });

  it('should put pinned articles first, in their order, even when unrelated', () => {
    const articles = [
      article('a', 'Minsk et Moscou', 'Loukachenko et la Russie.', { pinned: ['f2', 'f1'] }),
      article('b', 'Moscou et Minsk', 'La Russie et Loukachenko.'),
      ...FILLER,
    ];
    const picks = computeRelated(articles, { count: 3, minScore: 0.05 }).get('a')!;
    expect(picks.map((pick) => [pick.slug, pick.pinned])).toEqual([
      ['f2', true],
      ['f1', true],
      ['b', false],
    ]);
  });

  it('should skip a pinned slug that is not among the articles given (a draft until it is published)', () => {
    const articles = [article('a', 'Titre', 'Texte.', { pinned: ['draft', 'b'] }), article('b', 'Autre', 'Texte.')];
    const picks = computeRelated(articles, { count: 4 }).get('a')!;
    expect(picks.filter((pick) => pick.pinned).map((pick) => pick.slug)).toEqual(['b']);
  });

  it('should link only articles in the same language by default', () => {
    const articles = [
      article('fr', 'Choïgou à Minsk avec Loukachenko', 'Choïgou Loukachenko Minsk Biélorussie.'),
      article('en', 'Choïgou à Minsk avec Loukachenko', 'Choïgou Loukachenko Minsk Biélorussie.', { lang: 'en' }),
      article('fr2', 'Loukachenko reçoit Choïgou', 'Minsk Biélorussie Loukachenko.', { lang: 'fr-BE' }),
      ...FILLER,
    ];
    expect(
      computeRelated(articles, { count: 4, minScore: 0 })
        .get('fr')!
        .map((pick) => pick.slug),
    ).not.toContain('en');
    expect(computeRelated(articles, { count: 4, minScore: 0, sameLanguageOnly: false }).get('fr')![0]!.slug).toBe('en');
  });

  it('should show fewer links, down to none, when nothing is similar enough', () => {
    const articles = [
      article('a', 'Les volcans d’Islande', 'Éruption volcanique et coulées de lave en Islande.'),
      ...FILLER,
    ];
    expect(computeRelated(articles, { count: 4 }).get('a')).toEqual([]);
  });

  it('should never link an article to itself', () => {
    const articles = [article('a', 'Minsk', 'Minsk Minsk'), article('b', 'Minsk', 'Minsk Minsk'), ...FILLER];
    const result = computeRelated(articles, { count: 4, minScore: 0 });
    for (const [slug, picks] of result) expect(picks.map((pick) => pick.slug)).not.toContain(slug);
  });

  it('should prefer the closer date only as a tie-breaker-like nudge', () => {
    const base = 'Choïgou Loukachenko Minsk garanties de sécurité';
    const articles = [
      article('a', 'Minsk demande des garanties', base, { date: new Date('2024-06-01') }),
      article('old-strong', 'Minsk demande des garanties', base, { date: new Date('2023-06-01') }),
      article('new-weak', 'Des garanties', 'Garanties de sécurité pour un pont.', { date: new Date('2024-05-31') }),
      ...FILLER,
    ];
    expect(computeRelated(articles, { count: 4, minScore: 0 }).get('a')![0]!.slug).toBe('old-strong');
  });

  it('should give the same output, byte for byte, whatever the input order', () => {
    const articles = [
      article('a', 'Minsk et Moscou', 'Loukachenko Russie défense.'),
      article('b', 'Moscou et Minsk', 'Russie Loukachenko défense.'),
      article('c', 'Minsk, Moscou', 'Défense Loukachenko Russie.'),
      ...FILLER,
    ];
    const first = formatRelatedReport(articles, computeRelated(articles, { count: 4, minScore: 0 }));
    const reversed = [...articles].reverse();
    expect(formatRelatedReport(reversed, computeRelated(reversed, { count: 4, minScore: 0 }))).toBe(first);
  });

  it('should link an English article of a mostly French site to its English peer, weighing terms within English', () => {
    const articles = [
      ...FILLER,
      article('fr-minsk', 'Loukachenko reçoit Choïgou à Minsk', 'Défense et sécurité entre Minsk et Moscou.'),
      article('fr-minsk-2', 'Minsk et Moscou signent un accord', 'Loukachenko et Choïgou parlent de défense.'),
      article('en-1', 'Lukashenko asks Moscow for guarantees', 'Belarus wants security guarantees from Russia.', {
        lang: 'en',
      }),
      article('en-2', 'Russia gives Belarus security guarantees', 'Moscow guarantees the security of Belarus.', {
        lang: 'en-GB',
      }),
      article('en-3', 'A new bridge over the river', 'The bridge opens after three years of public works.', {
        lang: 'en',
      }),
    ];
    const picks = computeRelated(articles, { count: 4 });
    expect(picks.get('en-1')!.map((pick) => pick.slug)).toEqual(['en-2']);
    expect(picks.get('fr-minsk')!.map((pick) => pick.slug)).toEqual(['fr-minsk-2']);
  });

  it('should drop candidates far below the article’s own best match', () => {
    const articles = [
      article('a', 'Choïgou à Minsk avec Loukachenko', 'Choïgou Loukachenko Minsk Biélorussie défense garanties.'),
      article('twin', 'Loukachenko reçoit Choïgou à Minsk', 'Loukachenko Choïgou Minsk Biélorussie défense garanties.'),
      article(
        'weak',
        'Un pont neuf sur le fleuve',
        'Le pont relie les rives du fleuve après trois ans de travaux publics, entre marchés, écoles et festivals de ' +
          'jazz. Les élèves, les musiciens et les marchands de fruits le traversent. La Biélorussie et sa défense ' +
          'ne sont citées qu’une fois.',
      ),
      ...FILLER,
    ];
    const { picks, shortfalls } = computeRelatedDetailed(articles, { count: 4 });
    expect(picks.get('a')!.map((pick) => pick.slug)).toEqual(['twin']);
    expect(shortfalls.get('a')?.reason).toBe('below-relative-cut');
  });

  it('should say why an article gets fewer links: alone in its language, few in it, or nothing shared', () => {
    const articles = [
      article('volcans', 'Les volcans d’Islande', 'Éruption volcanique et coulées de lave en Islande.'),
      ...FILLER,
      article('en', 'Volcanoes in Iceland', 'Lava flows after the eruption in Iceland.', { lang: 'en' }),
      article('de-1', 'Vulkane auf Island', 'Lava nach dem Ausbruch auf Island.', { lang: 'de' }),
      article('de-2', 'Lava auf Island', 'Der Ausbruch und die Lava auf Island.', { lang: 'de' }),
    ];
    const { picks, shortfalls } = computeRelatedDetailed(articles, { count: 4 });
    expect(shortfalls.get('en')).toEqual({ reason: 'alone-in-language', language: 'en', peers: 0, candidates: 0 });
    expect(shortfalls.get('de-1')).toMatchObject({ reason: 'few-in-language', language: 'de', peers: 1 });
    expect(picks.get('de-1')!.map((pick) => pick.slug)).toEqual(['de-2']);
    expect(shortfalls.get('volcans')).toMatchObject({ reason: 'nothing-shared', peers: 4, candidates: 0 });
    const report = formatRelatedReport(articles, picks, shortfalls);
    expect(report).toContain('- en: the only article in English: links stay within a language');
    expect(report).toContain('- fewer links: only 1 other article in “de”');
    expect(report).toMatch(/- volcans: no other article in French shares 2 strong terms with it/);
  });
});
