import { describe, expect, it } from 'vitest';
import { pageDate, recentSince } from '../../src/lib/search/split.ts';

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
