/**
 * Splits a Markdown article into its YAML front matter and body, and parses the YAML strictly,
 * keeping dates as the strings that were written (so 2023-02-30 is not silently read as 2 March).
 */
import { parseDocument } from 'yaml';
import { MAX_FRONT_MATTER_BYTES } from './limits.ts';

/** A problem found in one field (or in the file as a whole when field is undefined). */
export interface ContentIssue {
  field?: string | undefined;
  message: string;
}

/** The parsed parts of an article file, or the issue that stopped parsing. */
export type SplitResult =
  { ok: true; data: Record<string, unknown>; body: string; bodyLine: number } | { ok: false; issue: ContentIssue };

const FENCE = /^---[ \t]*$/;

/** Separates and parses the front matter of an article's text. */
export function splitFrontMatter(text: string): SplitResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, issue: { message: 'has no front matter: the file must start with a "---" line' } };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return { ok: false, issue: { message: 'front matter is not closed by a "---" line' } };
  const yaml = lines.slice(1, end).join('\n');
  if (yaml.length > MAX_FRONT_MATTER_BYTES) {
    return {
      ok: false,
      issue: { message: `front matter has ${yaml.length} characters; the limit is ${MAX_FRONT_MATTER_BYTES}` },
    };
  }
  // The "core" schema keeps timestamps as strings: we check the written value, not a rolled-over Date.
  const document = parseDocument(yaml, { schema: 'core', prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    return {
      ok: false,
      issue: { message: `front matter is not valid YAML (line ${line}): ${error.message.split('\n')[0]}` },
    };
  }
  let data: unknown;
  try {
    // toJS expands aliases, and refuses an alias bomb ("Excessive alias count"): say so, with the file.
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      issue: { message: `front matter cannot be read: ${reason} (write values out, not as aliases)` },
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issue: { message: 'front matter must be a set of "key: value" fields' } };
  }
  return { ok: true, data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
