import { describe, expect, it } from 'vitest';
import { fillTemplate, formatResultDate, markedWords, restoreTypography } from '../../src/lib/search/display.ts';
import { normalizeApostrophes } from '../../src/lib/search/normalize.ts';
import { ANY_VALUE, FILTER_NAMES, readState, writeState } from '../../src/lib/search/url-state.ts';
import { UI_STRINGS } from '../../src/config.ts';

describe('search display', () => {
  it('should restore the typographic apostrophes the index step marked, and only those', () => {
    const indexed = normalizeApostrophes("l’Ukraine, don't");
    expect(indexed).not.toContain('’');
    expect(restoreTypography(indexed)).toBe("l’Ukraine, don't");
  });

  it('should format dates in the given language and time zone, whatever the runtime’s', () => {
    expect(formatResultDate('2024-12-31T23:30:00.000Z', 'fr', 'Europe/Paris')).toBe('1 janvier 2025');
    expect(formatResultDate('2024-12-31T23:30:00.000Z', 'en', 'America/New_York')).toBe('December 31, 2024');
  });

  it('should read the highlighted words of an excerpt as text', () => {
    expect(markedWords(normalizeApostrophes('de <mark>l’Europe</mark> et <mark>A&amp;B</mark>'))).toEqual([
      'l’Europe',
      'A&B',
    ]);
  });

  it('should have every correction string in French and English, with the query placeholder', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(fillTemplate(UI_STRINGS[lang]['search.correctedFor'], { query: 'Loukachenko' })).toContain('Loukachenko');
      expect(fillTemplate(UI_STRINGS[lang]['search.searchExact'], { query: 'Loukachenco' })).toContain('Loukachenco');
      expect(UI_STRINGS[lang]['search.didYouMean']).not.toBe('');
    }
    expect(fillTemplate(UI_STRINGS.en['search.correctedFor'], { query: 'telescope' })).toBe(
      'Showing results for “telescope”.',
    );
  });
});

describe('search URL state', () => {
  it('should round-trip the query, filters, sort and exact flag, leaving out empty values', () => {
    const state = { query: 'Loukachenco', filters: { section: 'Europe', year: '2023' }, sort: 'date', exact: true };
    expect(writeState(state)).toBe('?q=Loukachenco&section=Europe&year=2023&sort=date&exact=1');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ query: ' ', filters: {}, sort: '', exact: false })).toBe('');
    expect(FILTER_NAMES).toEqual(['section', 'tags', 'language', 'year']);
  });

  it('should apply a page’s default language when the URL names none, and keep “all languages” in the URL', () => {
    const defaults = { language: 'en' };
    expect(readState('?q=budget', defaults).filters).toEqual({ language: 'en' });
    expect(writeState({ query: 'budget', filters: { language: 'en' }, sort: '', exact: false }, defaults)).toBe(
      '?q=budget',
    );
    const all = { query: 'budget', filters: {}, sort: '', exact: false };
    expect(writeState(all, defaults)).toBe(`?q=budget&language=${encodeURIComponent(ANY_VALUE)}`);
    expect(readState(writeState(all, defaults), defaults)).toEqual(all);
    const french = { ...all, filters: { language: 'fr' } };
    expect(readState(writeState(french, defaults), defaults)).toEqual(french);
    // A page without defaults reads and writes as before.
    expect(readState('?q=budget').filters).toEqual({});
  });
});
