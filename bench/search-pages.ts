/**
 * Article pages for the search-only benchmark: a generated article rendered to HTML with the search markup of
 * src/layouts/ArticleLayout.astro (the same data-pagefind-* attributes), without Astro, so Pagefind indexes
 * 10,000 articles in a couple of minutes rather than a full site build.
 */
import { SECTIONS, SITE } from '../src/config.ts';
import type { GeneratedArticle } from './corpus.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Markdown of the generated corpus (paragraphs, ## headings, lists, links, a little raw HTML) to HTML. */
function renderBody(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) => {
      const inline = (text: string) => escape(text).replace(/\[([^\]]+)\]\([^)]+\)/g, '<a href="#">$1</a>');
      if (block.startsWith('## ')) return `<h2>${inline(block.slice(3))}</h2>`;
      if (block.startsWith('- '))
        return `<ul>${block
          .split('\n')
          .map((line) => `<li>${inline(line.slice(2))}</li>`)
          .join('')}</ul>`;
      if (block.startsWith('<p')) return block;
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

/** The front matter fields the page needs. */
function readFrontMatter(markdown: string): Record<string, string> {
  const head = markdown.split(/^---$/m)[1] ?? '';
  const fields: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const match = /^(\w+): (.*)$/.exec(line);
    if (match) fields[match[1]!] = match[2]!;
  }
  return fields;
}

/** One article page, with the article element as the layout writes it. */
export function renderArticlePage(article: GeneratedArticle): string {
  const fields = readFrontMatter(article.markdown);
  const title = JSON.parse(fields.title ?? '""') as string;
  const tags = JSON.parse(fields.tags ?? '[]') as string[];
  const date = new Date(fields.date ?? 0).toISOString();
  const lang = fields.lang ?? SITE.lang;
  const section = SECTIONS.find((candidate) => candidate.id === fields.section)?.label ?? 'Section';
  const description = fields.description ? (JSON.parse(fields.description) as string) : '';
  const body = renderBody(article.markdown.split(/^---$/m).slice(2).join('').trim());
  const year = date.slice(0, 4);
  const standfirst =
    description ||
    body
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .slice(0, 40)
      .join(' ');
  return `<!doctype html><html lang="${SITE.lang}"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<article lang="${lang}" data-pagefind-body data-pagefind-meta="date:${date}" data-pagefind-sort="date:${date}">
<div hidden data-pagefind-ignore><span data-pagefind-meta="section">${section}</span><span data-pagefind-meta="standfirst">${escape(standfirst)}</span><span data-pagefind-meta="lang">${lang}</span>
<span data-pagefind-filter="section">${section}</span><span data-pagefind-filter="language">${lang}</span><span data-pagefind-filter="year">${year}</span>
${tags.map((tag) => `<span data-pagefind-filter="tags">${escape(tag)}</span>`).join('')}</div>
<header><h1 data-pagefind-weight="10">${escape(title)}</h1>${description ? `<p data-pagefind-weight="5">${escape(description)}</p>` : ''}</header>
<div class="prose">${body}</div>
<p hidden data-pagefind-weight="2">${tags.map(escape).join(' · ')}</p>
</article></body></html>`;
}
