/**
 * Article metadata from an HTML page: OpenGraph and article: meta tags, JSON-LD, <time datetime>, <html lang>.
 */

/** What a page says about its article. */
export interface PageMetadata {
  title?: string | undefined;
  published?: string | undefined;
  modified?: string | undefined;
  author?: string[] | undefined;
  description?: string | undefined;
  image?: string | undefined;
  imageAlt?: string | undefined;
  lang?: string | undefined;
}

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph entries included. */
export function readJsonLd(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      if ('@graph' in value) visit((value as JsonObject)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is ignored; the other sources still apply.
    }
  }
  return objects;
}

function metaContent(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && typeof (value as JsonObject).name === 'string')
    return [(value as JsonObject).name as string];
  return [];
}

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle)$/;

/** Reads the metadata sources in order of trust: article meta tags, JSON-LD, then the page itself. */
export function readMetadata(document: Document): PageMetadata {
  const jsonLd = readJsonLd(document);
  const article =
    jsonLd.find((object) => [object['@type']].flat().some((type) => ARTICLE_TYPES.test(String(type)))) ??
    jsonLd.find((object) => 'datePublished' in object) ??
    {};
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')?.trim();
  const author = metaContent(document, 'meta[name="author"]', 'meta[property="article:author"]');
  const jsonAuthors = names(article.author);
  return {
    title:
      metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      (typeof article.headline === 'string' ? article.headline : undefined) ??
      document.querySelector('h1')?.textContent?.trim() ??
      document.querySelector('title')?.textContent?.trim(),
    published:
      metaContent(document, 'meta[property="article:published_time"]') ??
      (typeof article.datePublished === 'string' ? article.datePublished : undefined) ??
      time,
    modified:
      metaContent(document, 'meta[property="article:modified_time"]') ??
      (typeof article.dateModified === 'string' ? article.dateModified : undefined),
    author: jsonAuthors.length > 0 ? jsonAuthors : author && !/^https?:/.test(author) ? [author] : undefined,
    description:
      metaContent(document, 'meta[name="description"]', 'meta[property="og:description"]') ??
      (typeof article.description === 'string' ? article.description : undefined),
    image: metaContent(document, 'meta[property="og:image"]'),
    imageAlt: metaContent(document, 'meta[property="og:image:alt"]'),
    lang: document.documentElement?.getAttribute('lang')?.trim() || undefined,
  };
}
