/**
 * The editors' report: each article's related picks with their scores and the shared terms behind them.
 */
import type { RelatedInput, RelatedPick } from './types.ts';

/** Formats the report as Markdown, in slug order. */
export function formatRelatedReport(
  articles: readonly RelatedInput[],
  picks: ReadonlyMap<string, RelatedPick[]>,
): string {
  const lines = [
    '# Related articles report',
    '',
    'Score: text similarity plus tag and section bonus, eased by the date gap. Pinned picks come first.',
    '',
  ];
  for (const article of [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    lines.push(`## ${article.slug}`, '');
    const list = picks.get(article.slug) ?? [];
    if (list.length === 0) lines.push('- (none above the minimum similarity)');
    for (const pick of list) {
      const why = pick.sharedTerms.length > 0 ? ` — shared: ${pick.sharedTerms.join(', ')}` : '';
      lines.push(`- ${pick.slug}: ${pick.pinned ? 'pinned' : pick.score.toFixed(4)}${why}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
