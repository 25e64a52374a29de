/**
 * The editors' report: each article's related picks with their scores and the shared terms behind them, and for
 * each article with fewer links than asked for, why.
 */
import { DEFAULT_TUNING } from './tuning.ts';
import type { RelatedInput, RelatedPick, RelatedShortfall } from './types.ts';

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Why an article has fewer links than asked for, in a sentence. */
export function describeShortfall(shortfall: RelatedShortfall): string {
  const language = LANGUAGE_NAMES[shortfall.language] ?? `“${shortfall.language}”`;
  switch (shortfall.reason) {
    case 'alone-in-language':
      return `the only article in ${language}: links stay within a language`;
    case 'few-in-language':
      return `only ${plural(shortfall.peers, 'other article')} in ${language}`;
    case 'nothing-shared':
      return `no other article in ${language} shares ${DEFAULT_TUNING.minSharedTerms} strong terms with it: nothing on its subject yet`;
    case 'below-relative-cut':
      return `the other candidates score below ${Math.round(DEFAULT_TUNING.relativeCut * 100)} % of its best match: not close enough`;
    case 'few-sharing':
      return `only ${plural(shortfall.candidates, 'article')} in ${language} share enough strong terms with it`;
  }
}

/** Formats the report as Markdown, in slug order. */
export function formatRelatedReport(
  articles: readonly Pick<RelatedInput, 'slug'>[],
  picks: ReadonlyMap<string, RelatedPick[]>,
  shortfalls: ReadonlyMap<string, RelatedShortfall> = new Map(),
): string {
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const lines = [
    '# Related articles report',
    '',
    'Score: text similarity plus tag and section bonus, eased by the date gap, raised when both articles have the ' +
      'same close neighbours. Pinned picks come first.',
    '',
  ];
  const short = sorted.filter((article) => shortfalls.has(article.slug));
  if (short.length > 0) {
    lines.push(`${plural(short.length, 'article')} with fewer links than asked for:`, '');
    for (const article of short) lines.push(`- ${article.slug}: ${describeShortfall(shortfalls.get(article.slug)!)}`);
    lines.push('');
  }
  for (const article of sorted) {
    lines.push(`## ${article.slug}`, '');
    const list = picks.get(article.slug) ?? [];
    const shortfall = shortfalls.get(article.slug);
    if (list.length === 0 && !shortfall) lines.push('- (none above the minimum similarity)');
    for (const pick of list) {
      const why = pick.sharedTerms.length > 0 ? ` — shared: ${pick.sharedTerms.join(', ')}` : '';
      lines.push(`- ${pick.slug}: ${pick.pinned ? 'pinned' : pick.score.toFixed(4)}${why}`);
    }
    if (shortfall) lines.push(`- fewer links: ${describeShortfall(shortfall)}`);
    lines.push('');
  }
  return lines.join('\n');
}
