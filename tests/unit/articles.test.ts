import { describe, expect, it } from 'vitest';
import {
  archiveMonthUrl,
  collectCorrections,
  getExclusion,
  calendarMonth,
  groupByMonth,
  groupByTag,
  selectPublished,
  selectRecent,
  slugify,
} from '../../src/lib/articles.ts';
import { makeArticle } from '../support/article.ts';

const make = makeArticle;

const NOW = new Date('2026-11-24T12:00:00Z');

describe('publication', () => {
  it('leaves out drafts and articles dated after now, saying why', () => {
    expect(getExclusion(make('a', '2026-01-01', { draft: true }), NOW)).toBe('draft');
    expect(getExclusion(make('b', '2026-11-25'), NOW)).toBe('future');
    expect(getExclusion(make('c', '2026-11-24T11:59:00Z'), NOW)).toBeUndefined();
  });

  it('sorts published articles newest first with the slug breaking ties', () => {
    const { published, excluded } = selectPublished(
      [make('b', '2026-01-01'), make('a', '2026-01-01'), make('c', '2026-02-01'), make('d', '2030-01-01')],
      NOW,
    );
    expect(published.map((article) => article.slug)).toEqual(['c', 'a', 'b']);
    expect(excluded.map(({ article, reason }) => `${article.slug}:${reason}`)).toEqual(['d:future']);
  });

  it('selects the articles of the last hours for the news sitemap', () => {
    const recent = selectRecent([make('old', '2026-11-20'), make('new', '2026-11-24T08:00:00Z')], NOW, 48);
    expect(recent.map((article) => article.slug)).toEqual(['new']);
  });
});

describe('grouping', () => {
  it('slugifies labels with accents, apostrophes and symbols', () => {
    expect(slugify('Sciences & Tech')).toBe('sciences-tech');
    expect(slugify('Défense européenne')).toBe('defense-europeenne');
    expect(slugify('L’Ukraine')).toBe('l-ukraine');
  });

  it('merges tags that differ only by case or accents under the first spelling', () => {
    const groups = groupByTag([
      make('a', '2026-01-02', { tags: ['Défense'] }),
      make('b', '2026-01-01', { tags: ['defense', 'Ukraine'] }),
    ]);
    expect(groups.map((group) => [group.tag, group.slug, group.articles.map((a) => a.slug)])).toEqual([
      ['Défense', 'defense', ['a', 'b']],
      ['Ukraine', 'ukraine', ['b']],
    ]);
  });

  it('groups by month in the site time zone, newest month first', () => {
    // 23:30 UTC on 31 March is already April in Paris.
    const groups = groupByMonth([make('a', '2026-03-31T23:30:00Z'), make('b', '2026-03-10')], 'Europe/Paris');
    expect(groups.map((group) => `${group.year}-${group.month}:${group.articles.length}`)).toEqual([
      '2026-4:1',
      '2026-3:1',
    ]);
    expect(archiveMonthUrl(2026, 4)).toBe('/archives/2026/04/');
    expect(archiveMonthUrl(2026, 4, 2)).toBe('/archives/2026/04/2/');
  });

  it('should put an instant in the calendar month of the given time zone, across a year boundary', () => {
    const newYearsEve = new Date('2024-12-31T23:30:00Z');
    expect(calendarMonth(newYearsEve, 'Europe/Paris')).toEqual({ year: 2025, month: 1 });
    expect(calendarMonth(newYearsEve, 'UTC')).toEqual({ year: 2024, month: 12 });
    expect(calendarMonth(newYearsEve, 'America/New_York')).toEqual({ year: 2024, month: 12 });
  });

  it('collects corrections site-wide, newest first', () => {
    const entries = collectCorrections([
      make('a', '2026-01-01', { corrections: [{ date: new Date('2026-01-05'), text: 'un' }] }),
      make('b', '2026-01-01', { corrections: [{ date: new Date('2026-02-01'), text: 'deux' }] }),
    ]);
    expect(entries.map((entry) => entry.correction.text)).toEqual(['deux', 'un']);
  });
});
