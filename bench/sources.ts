/**
 * The real text the generated corpus draws its vocabulary from: the sample articles (French) and the English
 * articles of the old related-links evaluation set. Shared by the site benchmark and the related-links benchmark.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_ARTICLES } from '../tests/fixtures/related-eval/articles.ts';
import type { CorpusSources } from './corpus.ts';

/** Reads the sources from the project at `root`. */
export function readCorpusSources(root: string): CorpusSources {
  const french = readdirSync(join(root, 'content/articles'))
    .sort()
    .map((file) =>
      readFileSync(join(root, 'content/articles', file), 'utf8')
        .split(/^---$/m)
        .slice(2)
        .join(''),
    )
    .join('\n');
  const english = EVAL_ARTICLES.filter((article) => article.lang === 'en')
    .map((article) => `${article.title}. ${article.body}`)
    .join('\n');
  return { french, english };
}
