import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createArticleSchema } from '../../src/lib/article-schema.ts';
import type { LiveCoverage } from '../../src/lib/articles.ts';
import { buildFeed } from '../../src/lib/feeds.ts';
import { buildNewsArticle } from '../../src/lib/json-ld.ts';
import {
  isCoverageActive,
  lastModified,
  selectBanner,
  spansSeveralDays,
  toLiveCoverage,
  updateId,
  updatesNewestFirst,
} from '../../src/lib/live.ts';
import { makeArticle } from '../support/article.ts';

const at = (iso: string) => new Date(iso);
const START = at('2026-11-24T07:00:00Z');
const updates = [
  { date: at('2026-11-24T08:00:00Z'), text: 'Première.' },
  { date: at('2026-11-24T10:00:00Z'), title: 'Troisième', text: 'Un.\n\nDeux.' },
  { date: at('2026-11-24T09:00:00Z'), text: 'Deuxième.' },
];
const live = (end?: Date, now = at('2026-11-24T12:00:00Z')): LiveCoverage =>
  toLiveCoverage(START, { end, updates }, now)!;

describe('live coverage', () => {
  it('should be live from its start until its end, at the build clock', () => {
    expect(isCoverageActive(START, undefined, at('2026-11-24T06:59:00Z'))).toBe(false);
    expect(isCoverageActive(START, undefined, at('2030-01-01T00:00:00Z'))).toBe(true);
    expect(live(at('2026-11-24T18:00:00Z')).active).toBe(true);
    expect(live(at('2026-11-24T11:00:00Z')).active).toBe(false);
  });

  it('should list updates newest first and date the article by its newest update', () => {
    const coverage = live();
    expect(updatesNewestFirst(coverage).map((update) => update.text)).toEqual([
      'Un.\n\nDeux.',
      'Deuxième.',
      'Première.',
    ]);
    expect(lastModified({ date: START, live: coverage })).toEqual(at('2026-11-24T10:00:00Z'));
    expect(updateId(updates[0]!)).toBe('maj-20261124t0800');
  });

  it('should tell when updates span several days in the site time zone', () => {
    const late = [
      { date: at('2026-11-24T23:30:00Z'), text: 'x' },
      { date: at('2026-11-24T22:30:00Z'), text: 'y' },
    ];
    expect(spansSeveralDays(late, 'Europe/Paris')).toBe(true);
    expect(spansSeveralDays(late, 'UTC')).toBe(false);
  });

  it('should describe a live article as a LiveBlogPosting with its coverage times and updates', () => {
    const article = makeArticle('direct', START.toISOString(), {
      title: 'Direct',
      live: live(at('2026-11-24T18:00:00Z')),
    });
    const data = buildNewsArticle(article, {
      url: 'https://x.test/articles/direct/',
      sectionLabel: 'Europe',
      publisherName: 'Kiosque',
      publisherLogoUrl: 'https://x.test/logo.png',
      authorPath: (id) => `/auteurs/${id}/`,
    });
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      coverageStartTime: '2026-11-24T07:00:00.000Z',
      coverageEndTime: '2026-11-24T18:00:00.000Z',
      dateModified: '2026-11-24T10:00:00.000Z',
    });
    const items = data.liveBlogUpdate as Record<string, unknown>[];
    expect(items.map((item) => item.datePublished)).toEqual([
      '2026-11-24T10:00:00.000Z',
      '2026-11-24T09:00:00.000Z',
      '2026-11-24T08:00:00.000Z',
    ]);
    expect(items[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Troisième',
      url: 'https://x.test/articles/direct/#maj-20261124t1000',
    });
    expect(items[1]!.headline).toBe('Deuxième.');
  });

  it('should carry the updates in feeds, dated by the newest one', () => {
    const article = makeArticle('direct', START.toISOString(), { title: 'Direct', live: live() });
    const json = JSON.parse(
      buildFeed({ title: 'K', description: 'D', siteUrl: 'https://x.test', path: '/', language: 'fr' }, [article], {
        size: 10,
        format: 'json',
        sectionLabel: () => 'Europe',
        authorPath: (id) => `/auteurs/${id}/`,
        formatTime: (date) => date.toISOString(),
      }),
    ) as { items: { content_html: string; date_modified: string }[] };
    expect(json.items[0]!.date_modified).toBe('2026-11-24T10:00:00.000Z');
    const html = json.items[0]!.content_html;
    expect(html.indexOf('Troisième')).toBeLessThan(html.indexOf('Deuxième.'));
    expect(html).toContain('<p>Un.</p><p>Deux.</p>');
  });
});

describe('breaking-news banner', () => {
  const now = at('2026-11-24T12:00:00Z');
  it('should show the newest article whose banner has not expired at the build clock', () => {
    const articles = [
      makeArticle('old', '2026-11-24T06:00:00Z', { breaking: { until: at('2026-11-24T20:00:00Z') }, title: 'Ancien' }),
      makeArticle('new', '2026-11-24T08:00:00Z', { breaking: { until: at('2026-11-24T20:00:00Z'), text: 'Alerte !' } }),
      makeArticle('gone', '2026-11-24T09:00:00Z', { breaking: { until: at('2026-11-24T11:59:00Z') } }),
    ];
    expect(selectBanner(articles, now)).toEqual({ text: 'Alerte !', url: '/articles/new/' });
    expect(selectBanner(articles.slice(0, 1), now)).toEqual({ text: 'Ancien', url: '/articles/old/' });
    expect(selectBanner(articles.slice(2), now)).toBeUndefined();
  });
});

describe('live and breaking front matter', () => {
  const schema = createArticleSchema({ sections: ['europe'], image: z.string() });
  const base = { title: 'T', date: '2026-11-24T08:00:00Z', section: 'europe' };
  const paths = (data: object) =>
    schema.safeParse({ ...base, ...data }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('should reject an update before the start or after the end, and a banner that ends before the article', () => {
    expect(
      paths({
        live: {
          end: '2026-11-24T12:00:00Z',
          updates: [
            { date: '2026-11-24T07:00:00Z', text: 'a' },
            { date: '2026-11-24T13:00:00Z', text: 'b' },
          ],
        },
        breaking: { until: '2026-11-24T07:00:00Z' },
      }),
    ).toEqual([
      'live.updates.0.date: is earlier than the publication date (the coverage start)',
      'live.updates.1.date: is later than the end of the coverage (live.end)',
      'breaking.until: is not after the publication date',
    ]);
  });

  it('should require at least one update with a text', () => {
    expect(paths({ live: { updates: [] } })).toEqual(['live.updates: must hold at least one update']);
    expect(paths({ live: { updates: [{ date: '2026-11-24T09:00:00Z' }] } })?.[0]).toMatch(/^live\.updates\.0\.text/);
  });
});
