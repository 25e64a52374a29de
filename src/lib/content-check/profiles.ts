/**
 * Checks the author and story folders (content/authors/, content/stories/): each file is `<id>.md` with front matter
 * only, validated by its schema. Returns the ids found, so article references can be checked against them.
 */
import type { z } from 'zod';
import { findControlCharactersInData } from './control-characters.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { ContentFile, LocatedIssue } from './index.ts';
import type { ImageStatus } from './body.ts';

/** How one kind of profile file is checked. */
export interface ProfileCheck {
  schema: z.ZodType;
  /** The front-matter field holding an image path, if any ("photo"). */
  imageField?: string | undefined;
  /** The field the body text belongs in, named in the error when a file has a body. */
  textField: string;
  resolveImage?: ((file: string, image: string) => ImageStatus) | undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids of the valid and invalid files alike (a reference to a broken file is not reported twice), and the issues. */
export function checkProfiles(
  files: readonly ContentFile[],
  check: ProfileCheck,
): { ids: Set<string>; issues: LocatedIssue[] } {
  const ids = new Set<string>();
  const issues: LocatedIssue[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const report = (message: string, field?: string) => issues.push({ file: file.path, field, message });
    if (!file.path.endsWith('.md')) {
      if (/\.(?:md|markdown|mdx|mdown)$/i.test(file.path)) report('is not read: rename it to .md (lower case)');
      continue;
    }
    const id = file.path.slice(0, -3);
    if (file.link) {
      report('is a symbolic link: copy the file in instead');
      continue;
    }
    if (!ID.test(id)) {
      report(`file name "${id}" is not an id: use lower-case letters, digits and hyphens, directly in the folder`);
      continue;
    }
    ids.add(id);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      report('is not valid UTF-8 text: save it as UTF-8');
      continue;
    }
    const split = splitFrontMatter(text);
    if (!split.ok) {
      issues.push({ file: file.path, ...split.issue });
      continue;
    }
    const controls = findControlCharactersInData(split.data);
    for (const control of controls) report(control.message, control.field);
    if (controls.length > 0) continue;
    const parsed = check.schema.safeParse(split.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const missing =
          issue.code === 'invalid_type' && issue.path.length === 1 && !(String(issue.path[0]) in split.data);
        report(missing ? 'is required' : issue.message, issue.path.length > 0 ? issue.path.join('.') : undefined);
      }
    }
    if (split.body.trim() !== '') report(`has text after the front matter: write it in the "${check.textField}" field`);
    const image = check.imageField ? split.data[check.imageField] : undefined;
    if (parsed.success && typeof image === 'string' && check.resolveImage) {
      const status = check.resolveImage(file.path, image);
      if (status === 'missing')
        report(`file "${image}" does not exist (paths are relative to the file)`, check.imageField);
      if (status === 'outside')
        report(`"${image}" leads outside the content folder: put images in content/images/`, check.imageField);
    }
  }
  return { ids, issues };
}
