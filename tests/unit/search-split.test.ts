import { describe, expect, it } from 'vitest';
import { planIndex } from '../../src/lib/search/index-parts.ts';
import { archivePartOf, archiveParts, pageDate, recentSince, type Month } from '../../src/lib/search/split.ts';

const years = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([year, count]) => Array<number>(count).fill(Number(year)));

describe('search index split by period', () => {
  it('should not split a site whose articles all fit in the recent index', () => {
    expect(recentSince(years({ 2023: 10, 2024: 10 }), 20)).toBeUndefined();
  });

  it('should start the recent index at the earliest whole year that still fits', () => {
    expect(recentSince(years({ 2021: 50, 2022: 40, 2023: 30, 2024: 20 }), 60)).toBe(2023);
    expect(recentSince(years({ 2021: 50, 2022: 40, 2023: 30, 2024: 20 }), 90)).toBe(2022);
  });

  it('should keep the latest year whole even when it alone is over the limit', () => {
    expect(recentSince(years({ 2023: 5, 2024: 80 }), 60)).toBe(2024);
  });

  it('should read the date an article page gives Pagefind', () => {
    expect(pageDate('<article data-pagefind-sort="date:2024-12-31T23:30:00.000Z">')?.toISOString()).toBe(
      '2024-12-31T23:30:00.000Z',
    );
    expect(pageDate('<main>')).toBeUndefined();
  });
});

describe('search archive cut into parts of whole months', () => {
  const months = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([key, count]) => {
      const [year, month] = key.split('-').map(Number);
      return Array<Month>(count).fill({ year: year!, month: month! });
    });

  it('should keep a year that fits in one part whole, named by the year', () => {
    expect(archiveParts(months({ '2022-01': 3, '2022-11': 4 }), 2024, 10)).toEqual([
      { name: '2022', year: 2022, from: 1, to: 12 },
    ]);
  });

  it('should cut a larger year between months, newest part first, every month in one part', () => {
    const parts = archiveParts(months({ '2021-02': 4, '2021-03': 5, '2021-07': 3, '2021-12': 6 }), 2024, 10);
    expect(parts).toEqual([
      { name: '2021-07', year: 2021, from: 7, to: 12 },
      { name: '2021-01', year: 2021, from: 1, to: 6 },
    ]);
    expect(archivePartOf(parts, { year: 2021, month: 6 })?.name).toBe('2021-01');
    expect(archivePartOf(parts, { year: 2021, month: 12 })?.name).toBe('2021-07');
  });

  it('should never divide a month, even one over the limit alone', () => {
    const parts = archiveParts(months({ '2020-01': 2, '2020-02': 30, '2020-03': 1 }), 2024, 10);
    expect(parts.map((part) => part.name)).toEqual(['2020-03', '2020-02', '2020-01']);
  });

  it('should leave out the years of the recent index', () => {
    expect(archiveParts(months({ '2023-05': 3, '2024-01': 3 }), 2024, 10).map((part) => part.year)).toEqual([2023]);
  });
});

describe('the search indexes a site gets', () => {
  it('should put every article in one index on a small site', () => {
    const plan = planIndex([{ year: 2024, month: 1 }, undefined], { recentArticles: 5 });
    expect(plan.since).toBeUndefined();
    expect(plan.parts).toEqual([{ name: 'all', outputPath: 'pagefind' }]);
  });

  it('should send each article to the recent index or to its archive part, and undated ones to the recent index', () => {
    const dated = [2021, 2021, 2022, 2024, 2024].map((year) => ({ year, month: 3 }));
    const plan = planIndex([...dated, undefined], { recentArticles: 2, archivePartArticles: 1 });
    expect(plan.since).toBe(2024);
    expect(plan.parts.map((part) => part.outputPath)).toEqual([
      'pagefind',
      'pagefind/archive/2022',
      'pagefind/archive/2021',
    ]);
    expect(plan.archiveFolders).toEqual(['2022', '2021']);
    expect(plan.partOf({ year: 2021, month: 12 }).name).toBe('archive-2021');
    expect(plan.partOf({ year: 2024, month: 12 }).name).toBe('recent');
    expect(plan.partOf(undefined).name).toBe('recent');
  });
});
