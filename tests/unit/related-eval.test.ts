import { describe, expect, it } from 'vitest';
import { computeRelated } from '../../src/lib/related-links/index.ts';
import { EVAL_ARTICLES } from '../fixtures/related-eval/articles.ts';

describe('related links on the labelled evaluation set', () => {
  it('should reach a precision@4 by topic of at least 0.9 (topics never given to the engine)', () => {
    const inputs = EVAL_ARTICLES.map((article) => ({
      slug: article.slug,
      title: article.title,
      body: article.body,
      tags: article.tags,
      section: article.section,
      lang: article.lang,
      date: new Date(article.date),
      pinned: [],
    }));
    const topics = new Map(EVAL_ARTICLES.map((article) => [article.slug, article.topic]));
    const picks = computeRelated(inputs, { count: 4 });
    let shown = 0;
    let correct = 0;
    let withLinks = 0;
    for (const [slug, list] of picks) {
      shown += list.length;
      if (list.length > 0) withLinks += 1;
      correct += list.filter((pick) => topics.get(pick.slug) === topics.get(slug)).length;
    }
    const precision = correct / shown;
    console.log(
      `related-links precision@4 = ${precision.toFixed(3)} (${correct}/${shown} links; ${withLinks}/${inputs.length} articles with links)`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    // Precision must not come from showing nothing: most articles get at least one link.
    expect(withLinks / inputs.length).toBeGreaterThanOrEqual(0.85);
  });
});
