/**
 * HTML import: the main article extracted with Mozilla's Readability on a linkedom DOM, converted to Markdown with
 * Turndown (GFM tables), its metadata read from the page. Chrome is removed first and reported.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { DroppedLine } from './plain-text.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';

/** What the HTML parser found. */
export interface HtmlArticle {
  metadata: PageMetadata;
  markdown: string;
  dropped: DroppedLine[];
}

/** Page chrome that never belongs to an article, with the rule that names it. */
const CHROME: [selector: string, rule: string][] = [
  [
    'script, noscript, style, template, iframe, object, embed, form, button, input, select, textarea',
    'script, style, embed or form',
  ],
  ['nav, header[role="banner"], body > header, [role="navigation"], .breadcrumb, .breadcrumbs', 'navigation'],
  ['footer, [role="contentinfo"]', 'page footer'],
  ['aside, [role="complementary"], .sidebar, .related, .read-more, .recommended', 'sidebar or related links'],
  [
    '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [class*="gdpr" i]',
    'cookie banner',
  ],
  [
    '[class*="advert" i], [id*="advert" i], [class*="ad-slot" i], [class~="ad" i], [class*="sponsor" i], [class*="promo" i]',
    'advertising',
  ],
  ['#comments, .comments, [class*="comment" i], [id*="comment" i], [id*="respond" i]', 'comments'],
  [
    '[class*="share" i], [class*="social" i], [class*="newsletter" i], [class*="subscribe" i]',
    'share or subscribe prompt',
  ],
  [
    'article > time, .byline, .dateline, [rel="author"], .author, .post-meta, .entry-meta',
    'byline or date line (kept in the front matter)',
  ],
];

const summarise = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 90 ? `${clean.slice(0, 87)}…` : clean;
};

function createTurndown(images: string[]): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
  });
  service.use(gfm);
  // Images stay out of the body: a remote one would be a request to another origin, a local one a broken path.
  service.addRule('images', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = node as unknown as Element;
      images.push(
        `${element.getAttribute('src') ?? ''}${element.getAttribute('alt') ? ` (alt: ${element.getAttribute('alt')})` : ''}`,
      );
      return '';
    },
  });
  return service;
}

/** Extracts the article of an HTML page as Markdown, with its metadata and the blocks dropped. */
export function parseHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document);
  const dropped: DroppedLine[] = [];
  for (const [selector, rule] of CHROME) {
    for (const element of [...document.querySelectorAll(selector)]) {
      if (!element.isConnected) continue;
      const text = summarise(element.textContent ?? '');
      if (text && rule !== 'script, style, embed or form') dropped.push({ text, rule });
      element.remove();
    }
  }
  const article = new Readability(document, { keepClasses: false }).parse();
  const content = article?.content ?? document.querySelector('article, main, body')?.innerHTML ?? '';
  const images: string[] = [];
  let markdown = createTurndown(images).turndown(content).trim();
  // The headline goes in the front matter, not again at the top of the body.
  const title = metadata.title ?? article?.title ?? '';
  markdown = markdown.replace(/^#\s+(.+)\n+/, (line, text: string) => (text.trim() === title.trim() ? '' : line));
  for (const image of images)
    dropped.push({ text: image, rule: 'image in the text (add it to content/images/ by hand)' });
  return {
    metadata: { ...metadata, title: title || undefined },
    markdown: markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n'),
    dropped,
  };
}
