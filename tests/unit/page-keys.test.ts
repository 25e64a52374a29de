import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/articles.ts';
import {
  articlePageKey,
  digest,
  listingPageKey,
  withListingKeys,
  type ListingPageData,
} from '../../src/lib/incremental/page-keys.ts';

function make(slug: string, extra: Partial<Article> = {}): Article {
  return {
    slug,
    title: `Titre ${slug}`,
    date: new Date('2024-03-01T08:00:00Z'),
    section: 'europe',
    standfirst: `Chapeau ${slug}`,
    tags: ['Climat'],
    authors: [{ name: 'Claire Martin' }],
    lang: 'fr',
    draft: false,
    related: [],
    corrections: [],
    body: `Corps de ${slug}.`,
    ...extra,
  };
}

function page(data: Article[], currentPage = 1, lastPage = 1, total = data.length): ListingPageData<Article> {
  return { data, currentPage, lastPage, total };
}

describe('digest', () => {
  it('should not depend on the order of object keys', () => {
    expect(digest({ a: 1, b: { c: 2, d: 3 } })).toBe(digest({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('should tell apart values that differ in one field, one date or the order of a list', () => {
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }));
    expect(digest({ d: new Date('2024-01-01') })).not.toBe(digest({ d: new Date('2024-01-02') }));
    expect(digest([1, 2])).not.toBe(digest([2, 1]));
  });
});

describe('articlePageKey', () => {
  const article = make('a');
  const pick = make('b');
  const base = articlePageKey(article, [pick]);

  it('should be stable for the same article and picks', () => {
    expect(articlePageKey(make('a'), [make('b')])).toBe(base);
  });

  it('should change with anything the article page shows of the article itself', () => {
    const changes: Partial<Article>[] = [
      { title: 'Autre titre' },
      { body: 'Autre corps.' },
      { description: 'Un chapeau' },
      { tags: ['Climat', 'Énergie'] },
      { authors: [{ name: 'Jean Dupont' }] },
      { updated: new Date('2024-03-02') },
      { dateline: 'Minsk' },
      { corrections: [{ date: new Date('2024-03-03'), text: 'Corrigé.' }] },
      { lang: 'en' },
      { imageAlt: 'Une carte' },
    ];
    for (const change of changes) expect(articlePageKey({ ...article, ...change }, [pick])).not.toBe(base);
  });

  it('should change when a pick is added, removed, reordered or its card changes', () => {
    const other = make('c');
    expect(articlePageKey(article, [])).not.toBe(base);
    expect(articlePageKey(article, [pick, other])).not.toBe(articlePageKey(article, [other, pick]));
    expect(articlePageKey(article, [{ ...pick, title: 'Nouveau titre' }])).not.toBe(base);
    expect(articlePageKey(article, [{ ...pick, standfirst: 'Nouveau chapeau' }])).not.toBe(base);
    expect(articlePageKey(article, [{ ...pick, date: new Date('2025-01-01') }])).not.toBe(base);
  });

  it('should change when the article gains a translation, or its translation moves or changes language', () => {
    const version = make('v');
    const withVersion = articlePageKey(article, [pick], { translation: version });
    expect(withVersion).not.toBe(base);
    expect(articlePageKey(article, [pick], { translation: make('w') })).not.toBe(withVersion);
    expect(articlePageKey(article, [pick], { translation: { ...version, lang: 'de' } })).not.toBe(withVersion);
    expect(articlePageKey(article, [pick], { translation: { ...version, body: 'Autre corps.' } })).toBe(withVersion);
  });

  it('should not change when a pick changes something its card does not show', () => {
    expect(articlePageKey(article, [{ ...pick, body: 'Un autre corps.' }])).toBe(base);
    expect(articlePageKey(article, [{ ...pick, tags: ['Autre'] }])).toBe(base);
    expect(articlePageKey(article, [{ ...pick, corrections: [{ date: new Date(), text: 'x' }] }])).toBe(base);
  });
});

describe('listingPageKey', () => {
  const cards = [make('a'), make('b')];
  const base = listingPageKey(page(cards, 1, 2, 3), 'europe');

  it('should change when a listed card changes, or the list, its order or its pagination does', () => {
    expect(listingPageKey(page([{ ...cards[0]!, title: 'Neuf' }, cards[1]!], 1, 2, 3), 'europe')).not.toBe(base);
    expect(listingPageKey(page([cards[1]!, cards[0]!], 1, 2, 3), 'europe')).not.toBe(base);
    expect(listingPageKey(page([cards[0]!], 1, 2, 3), 'europe')).not.toBe(base);
    expect(listingPageKey(page(cards, 1, 3, 3), 'europe')).not.toBe(base);
    expect(listingPageKey(page(cards, 1, 2, 4), 'europe')).not.toBe(base);
    expect(listingPageKey(page(cards, 1, 2, 3), 'culture')).not.toBe(base);
  });

  it('should not change when a listed article changes only its body', () => {
    expect(listingPageKey(page([{ ...cards[0]!, body: 'Autre.' }, cards[1]!], 1, 2, 3), 'europe')).toBe(base);
  });
});

describe('withListingKeys', () => {
  it('should give each paginated path the key of its own page', () => {
    const paths = [
      { params: { page: undefined }, props: { page: page([make('a')], 1, 2, 2) } },
      { params: { page: '2' }, props: { page: page([make('b')], 2, 2, 2) } },
    ];
    const keyed = withListingKeys(paths, 'tag');
    expect(keyed.map((path) => path.cacheKey)).toEqual(paths.map((path) => listingPageKey(path.props.page, 'tag')));
    expect(keyed[0]!.params).toBe(paths[0]!.params);
  });
});
