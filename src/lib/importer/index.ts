/**
 * Turns raw scraped text or a saved HTML page into a Kiosque article: front matter validated with the site's own
 * schema, a Markdown body, and a report of what was kept and dropped. Pure: file contents in, text out.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { createArticleSchema, parseIsoDate } from '../article-schema.ts';
import { cleanControlCharacters } from '../content-check/control-characters.ts';
import { isHtml } from './detect.ts';
import { parseHtmlArticle } from './html.ts';
import { parseDateLine, type DateLine } from './date-lines.ts';
import { dateLineRule, parsePlainText, type DroppedLine } from './plain-text.ts';
import { slugFromTitle } from './slug.ts';

/** Options given on the command line; they win over what the page says. */
export interface ImportFlags {
  section?: string | undefined;
  date?: string | undefined;
  lang?: string | undefined;
  tags?: string[] | undefined;
  author?: string | undefined;
}

/** What the site needs to know to validate an article. */
export interface ImportContext {
  sections: readonly [string, ...string[]];
  defaultLang: string;
  /** The site's time zone: dates written without an offset ("Publié le 12 mars 2025 à 10h15") are read in it. */
  timeZone: string;
}

/** The outcome of importing one file. */
export interface ImportResult {
  slug: string;
  markdown: string;
  report: {
    kind: 'html' | 'text';
    title: string;
    date: string;
    paragraphs: number;
    dropped: DroppedLine[];
    notes: string[];
  };
}

/** An import that cannot go on: the message says what is missing and which flag to give. */
export class ImportError extends Error {}

function toIsoDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (parseIsoDate(trimmed)) return trimmed;
  const parsed = new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** The first publication line and the last update line give `date` and `updated`. */
function datesFound(lines: readonly DateLine[]): { date?: string; updated?: string } {
  const date = lines.find((line) => line.kind === 'published')?.iso;
  const updated = lines.findLast((line) => line.kind === 'updated')?.iso;
  return { ...(date && { date }), ...(updated && { updated }) };
}

/** Takes the paragraphs of a Markdown body that are date lines out of it, reporting each. */
function takeDateLines(markdown: string, timeZone: string) {
  const dates: DateLine[] = [];
  const dropped: DroppedLine[] = [];
  const kept = markdown.split(/\n{2,}/).filter((block) => {
    const plain = block.replace(/[*_]/g, '').trim();
    const line = plain.includes('\n') ? undefined : parseDateLine(plain, timeZone);
    if (!line) return true;
    dates.push(line);
    dropped.push({ text: plain, rule: dateLineRule(line) });
    return false;
  });
  return { body: kept.join('\n\n'), dates, dropped };
}

/** Imports one file's content. */
export function importArticle(raw: string, flags: ImportFlags, context: ImportContext): ImportResult {
  const notes: string[] = [];
  // Text is cleaned where it enters: the build rejects control characters, so the importer never writes one.
  const { text: content, replaced } = cleanControlCharacters(raw);
  if (replaced > 0) notes.push(`${replaced} control character(s) replaced by line breaks (U+000B, U+000C) or spaces`);
  const html = isHtml(content);
  let title: string;
  let body: string;
  let dropped: DroppedLine[];
  let found: {
    date?: string | undefined;
    updated?: string | undefined;
    author?: string[] | undefined;
    description?: string | undefined;
    lang?: string | undefined;
  };
  if (html) {
    const page = parseHtmlArticle(content);
    title = page.metadata.title ?? '';
    const lines = takeDateLines(page.markdown, context.timeZone);
    const fromLines = datesFound(lines.dates);
    body = lines.body;
    dropped = [...page.dropped, ...lines.dropped];
    // The page's machine-readable dates win; its visible date lines fill in.
    found = {
      date: page.metadata.published ?? fromLines.date,
      updated: page.metadata.modified ?? fromLines.updated,
      author: page.metadata.author,
      description: page.metadata.description,
      lang: page.metadata.lang,
    };
    if (page.metadata.image)
      notes.push(
        `image not imported (${page.metadata.image}): download it into content/images/ and add image and imageAlt by hand`,
      );
  } else {
    const text = parsePlainText(content, context.timeZone);
    title = text.title;
    body = text.paragraphs.join('\n\n');
    dropped = text.dropped;
    found = datesFound(text.dates);
  }
  if (!title.trim()) throw new ImportError('no title found');
  if (!body.trim()) throw new ImportError('no article text found');
  const section = flags.section;
  if (!section) throw new ImportError(`no section: give one with --section (${context.sections.join(', ')})`);
  const rawDate = flags.date ?? found.date;
  if (!rawDate) throw new ImportError('no publication date found in the file: give one with --date YYYY-MM-DD');
  const date = toIsoDate(rawDate);
  if (!date) throw new ImportError(`"${rawDate}" is not a date: give one with --date YYYY-MM-DD`);
  const updated = found.updated && !flags.date ? toIsoDate(found.updated) : undefined;
  const lang = (flags.lang ?? found.lang ?? context.defaultLang).trim();
  const authors = flags.author ? [flags.author] : (found.author ?? []);

  const data: Record<string, unknown> = {
    title: title.trim(),
    date,
    ...(updated && updated !== date && new Date(updated) >= new Date(date) && { updated }),
    section,
    ...(found.description && { description: found.description.trim() }),
    ...(flags.tags && flags.tags.length > 0 && { tags: flags.tags }),
    ...(authors.length === 1 ? { author: authors[0] } : authors.length > 1 ? { author: authors } : {}),
    ...(lang.toLowerCase() !== context.defaultLang.toLowerCase() && { lang }),
  };
  // The site's own schema: the importer can never write an article the build would reject.
  const schema = createArticleSchema({ sections: context.sections, image: z.string() });
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  }
  const markdown = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
  const paragraphs = body.split(/\n{2,}/).filter((block) => block.trim() && !/^#{1,6}\s/.test(block.trim())).length;
  return {
    slug: slugFromTitle(title),
    markdown,
    report: { kind: html ? 'html' : 'text', title: title.trim(), date, paragraphs, dropped, notes },
  };
}
