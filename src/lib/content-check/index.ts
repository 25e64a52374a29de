/**
 * Checks a whole content folder before the build: every problem is reported with the file and the field,
 * and nothing valid is skipped silently. Pure: the files are passed in, the image check is a callback.
 */
import { z } from 'zod';
import { createArticleSchema } from '../article-schema.ts';
import { slugify } from '../articles.ts';
import { checkBody, type ImageStatus } from './body.ts';
import { findControlCharacterInBody, findControlCharactersInData } from './control-characters.ts';
import { splitFrontMatter, type ContentIssue } from './front-matter.ts';
import { MAX_ARTICLE_BYTES } from './limits.ts';
import { checkTranslations, type TranslationEntry } from './translations.ts';

export type { ImageStatus } from './body.ts';

/** A file found under the articles folder (symbolic links followed, as Astro's loader follows them). */
export interface ContentFile {
  /** Path relative to the articles folder, with "/" separators. */
  path: string;
  bytes: Uint8Array;
  /** Set when the path is a symbolic link the build must not follow: out of the content folder, or dangling. */
  link?: 'outside' | 'broken' | undefined;
}

/** A problem, located. */
export interface LocatedIssue extends ContentIssue {
  file: string;
}

/** What the checker needs besides the files. */
export interface CheckOptions {
  sections: readonly [string, ...string[]];
  /** The site language, of articles without `lang` (translations must differ in language). */
  defaultLang?: string | undefined;
  /** What an image path (as written, relative to the article) leads to: a file in the content folder or not. */
  resolveImage: (articlePath: string, imagePath: string) => ImageStatus;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|svg|tiff?|webp)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown|mdx|mdown)$/i;

/** Formats issues as "file: field: message" lines. */
export function formatIssues(issues: readonly LocatedIssue[], folder: string): string {
  return issues
    .map((issue) => `${folder}/${issue.file}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`)
    .join('\n');
}

/** Returns every problem in the articles folder; an empty list means the build may go on. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const schema = createArticleSchema({ sections: options.sections, image: z.string() });
  const slugs = new Map<string, string>();
  const exactSlugs = new Set<string>();
  const related: { file: string; slugs: unknown }[] = [];
  const translations: TranslationEntry[] = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const report = (message: string, field?: string) => issues.push({ file: file.path, field, message });
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (!MARKDOWN_NAME.test(name)) continue;
    if (name.startsWith('.')) {
      report('is a hidden file (its name starts with a dot), so it is not read as an article: rename it');
      continue;
    }
    if (!name.endsWith('.md')) {
      report('is not read as an article: rename it to .md (lower case)');
      continue;
    }
    if (file.link === 'outside') {
      report('is a symbolic link to a file outside the content folder: copy the file in instead');
      continue;
    }
    if (file.link === 'broken') {
      report('is a symbolic link to nothing (or to a folder): remove it or copy the article in');
      continue;
    }
    if (file.bytes.length > MAX_ARTICLE_BYTES) {
      report(`is ${file.bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes: split the article`);
      continue;
    }
    if (file.path.includes('/')) {
      report('is in a sub-folder: articles must sit directly in the articles folder (the file name is the URL)');
      continue;
    }
    const slug = file.path.slice(0, -3);
    const folded = slugify(slug);
    const twin = slugs.get(folded);
    if (twin !== undefined) report(`has the same slug as ${twin}.md once case and accents are folded ("${folded}")`);
    else slugs.set(folded, slug);
    exactSlugs.add(slug);
    if (!SLUG.test(slug)) {
      report(`file name "${slug}" is not a URL slug: use lower-case letters, digits and hyphens (e.g. "${folded}")`);
    }

    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      report('is not valid UTF-8 text: save it as UTF-8');
      continue;
    }
    if (text.trim() === '') {
      report('is empty');
      continue;
    }
    const split = splitFrontMatter(text);
    if (!split.ok) {
      issues.push({ file: file.path, ...split.issue });
      continue;
    }
    const controls = findControlCharactersInData(split.data);
    for (const control of controls) report(control.message, control.field);
    const bodyControl = findControlCharacterInBody(split.body);
    if (bodyControl) report(`line ${split.bodyLine + bodyControl.line - 1}: ${bodyControl.message}`, 'body');
    if (controls.length > 0 || bodyControl) continue;
    const parsed = schema.safeParse(split.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
        const missing =
          issue.code === 'invalid_type' && issue.path.length === 1 && !(String(issue.path[0]) in split.data);
        const value = missing ? 'is required' : issue.message;
        report(value, field);
      }
      continue;
    }
    const image = parsed.data.image;
    if (image !== undefined) {
      const status = IMAGE_FILE.test(image) ? options.resolveImage(file.path, image) : 'not-image';
      if (status === 'not-image')
        report(`"${image}" is not an image file (.avif .gif .jpg .png .svg .tiff .webp)`, 'image');
      if (status === 'missing') report(`file "${image}" does not exist (paths are relative to the article)`, 'image');
      if (status === 'outside')
        report(`"${image}" leads outside the content folder: put images in content/images/`, 'image');
    }
    if (split.body.trim() === '') report('has no body text');
    for (const problem of checkBody(split.body, (path) => options.resolveImage(file.path, path))) {
      const line = problem.line > 0 ? `line ${split.bodyLine + problem.line - 1}: ` : '';
      report(`${line}${problem.message}`, 'body');
    }
    related.push({ file: file.path, slugs: parsed.data.related });
    const lang = parsed.data.lang ?? options.defaultLang ?? '';
    translations.push({ file: file.path, slug, lang, translation: parsed.data.translation });
  }

  for (const { file, slugs: pinned } of related) {
    for (const slug of pinned as string[]) {
      if (!exactSlugs.has(slug)) {
        issues.push({ file, field: 'related', message: `"${slug}" is not the slug of any article` });
      }
    }
  }
  issues.push(...checkTranslations(translations));
  return issues.sort((a, b) => a.file.localeCompare(b.file));
}
