/**
 * Checks a whole content folder before the build: every problem is reported with the file and the field,
 * and nothing valid is skipped silently. Pure: the files are passed in, the image check is a callback.
 */
import { z } from 'zod';
import { createArticleSchema } from '../article-schema.ts';
import { slugify } from '../articles.ts';
import { isAuthorId } from '../authors.ts';
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
  /** Results of earlier builds, reused for files whose path and bytes are unchanged. */
  cache?: CheckCache | undefined;
  /** Ids of the files in content/authors/ (an `author` written as an id must be one of them). */
  authorIds?: ReadonlySet<string> | undefined;
  /** Ids of the files in content/stories/ (an article's `story` must be one of them). */
  storyIds?: ReadonlySet<string> | undefined;
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

/** What the check of one article file found, apart from what depends on the other files. */
export interface FileCheck {
  issues: ContentIssue[];
  /** The slugs the article pins in `related` (checked against the other files). */
  related?: string[];
  /** The images it looked up, with what each led to then. */
  images: [string, ImageStatus][];
  /** The story id it names (checked against content/stories/). */
  story?: string | undefined;
  /** Its `author` values (ids checked against content/authors/). */
  authors?: string[];
  /** Its `lang` as written (none: the site's language) and the slug of its `translation`. */
  lang?: string | undefined;
  translation?: string | undefined;
}

/** Keeps file checks between builds; a file's result depends on its path, its bytes and the checker. */
export interface CheckCache {
  lookup: (file: ContentFile) => FileCheck | undefined;
  store: (file: ContentFile, result: FileCheck) => void;
}

/** The front-matter schema as the check applies it (an image is a path to resolve). */
const checkSchema = (sections: readonly [string, ...string[]]) => createArticleSchema({ sections, image: z.string() });

/** Checks one Markdown article file on its own: text, front matter, body, images. */
function checkArticleFile(
  file: ContentFile,
  schema: ReturnType<typeof checkSchema>,
  resolveImage: CheckOptions['resolveImage'],
): FileCheck {
  const issues: ContentIssue[] = [];
  const images: [string, ImageStatus][] = [];
  const report = (message: string, field?: string) =>
    issues.push(field === undefined ? { message } : { field, message });
  const done = (): FileCheck => ({ issues, images });
  const lookUp = (image: string): ImageStatus => {
    const status = resolveImage(file.path, image);
    images.push([image, status]);
    return status;
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    report('is not valid UTF-8 text: save it as UTF-8');
    return done();
  }
  if (text.trim() === '') {
    report('is empty');
    return done();
  }
  const split = splitFrontMatter(text);
  if (!split.ok) {
    issues.push(split.issue);
    return done();
  }
  const controls = findControlCharactersInData(split.data);
  for (const control of controls) report(control.message, control.field);
  const bodyControl = findControlCharacterInBody(split.body);
  if (bodyControl) report(`line ${split.bodyLine + bodyControl.line - 1}: ${bodyControl.message}`, 'body');
  if (controls.length > 0 || bodyControl) return done();
  const parsed = schema.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
      const missing =
        issue.code === 'invalid_type' && issue.path.length === 1 && !(String(issue.path[0]) in split.data);
      const value = missing ? 'is required' : issue.message;
      report(value, field);
    }
    return done();
  }
  const image = parsed.data.image;
  if (image !== undefined) {
    const status = IMAGE_FILE.test(image) ? lookUp(image) : 'not-image';
    if (status === 'not-image')
      report(`"${image}" is not an image file (.avif .gif .jpg .png .svg .tiff .webp)`, 'image');
    if (status === 'missing') report(`file "${image}" does not exist (paths are relative to the article)`, 'image');
    if (status === 'outside')
      report(`"${image}" leads outside the content folder: put images in content/images/`, 'image');
  }
  if (split.body.trim() === '') report('has no body text');
  for (const problem of checkBody(split.body, lookUp)) {
    const line = problem.line > 0 ? `line ${split.bodyLine + problem.line - 1}: ` : '';
    report(`${line}${problem.message}`, 'body');
  }
  const authors = [parsed.data.author ?? []].flat();
  return {
    issues,
    related: parsed.data.related,
    images,
    story: parsed.data.story,
    authors,
    lang: parsed.data.lang,
    translation: parsed.data.translation,
  };
}

/** Returns every problem in the articles folder; an empty list means the build may go on. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const schema = checkSchema(options.sections);
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

    let result = options.cache?.lookup(file);
    // A kept result holds only while every image it looked up leads where it led then.
    if (result?.images.some(([image, status]) => options.resolveImage(file.path, image) !== status)) result = undefined;
    if (!result) {
      result = checkArticleFile(file, schema, options.resolveImage);
      options.cache?.store(file, result);
    }
    for (const issue of result.issues) issues.push({ file: file.path, ...issue });
    if (result.related) related.push({ file: file.path, slugs: result.related });
    if (result.story !== undefined && !options.storyIds?.has(result.story)) {
      report(`"${result.story}" is not a story id (there is no stories/${result.story}.md)`, 'story');
    }
    for (const value of result.authors ?? []) {
      if (isAuthorId(value) && !options.authorIds?.has(value)) {
        report(
          `"${value}" is not an author id (there is no authors/${value}.md); a guest's name is written with a capital letter or a space`,
          'author',
        );
      }
    }
    if (result.related) {
      // Only a file whose front matter is valid takes part in the checks across files.
      const lang = result.lang ?? options.defaultLang ?? '';
      translations.push({ file: file.path, slug, lang, translation: result.translation });
    }
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
