/**
 * The article front-matter contract, as a zod schema shared by the content collection and the importer.
 * Pure: no Astro imports. The image field type is passed in (Astro's `image()` in the collection,
 * a plain string in the importer).
 */
import { z } from 'zod';
import { isVisibleText, MAX_TAG_LENGTH, tagSlug } from './tags.ts';

/** ISO 8601 date or date-time, as written in front matter. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date or date-time and rejects impossible calendar dates such as 2023-02-30. */
export function parseIsoDate(value: string): Date | undefined {
  const text = value.trim();
  if (!ISO_DATE.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  // Date silently rolls 2023-02-30 over to 2 March: compare the written day with the parsed one.
  const check = new Date(Date.UTC(year!, month! - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return date;
}

/** A front-matter date: an ISO string, or a Date already parsed by the YAML loader. */
export const dateField = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : parseIsoDate(value);
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({
      code: 'custom',
      message: `"${String(value)}" is not a valid ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)`,
    });
    return z.NEVER;
  }
  return date;
});

/** A required text field with at least one visible character. */
export const nonEmptyText = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty', abort: true })
  .refine(isVisibleText, 'has no visible character (only spaces or invisible characters)');

/** A tag: visible, short enough to be a folder name, with at least one letter or digit for its page's slug. */
const tagField = nonEmptyText.superRefine((tag, ctx) => {
  if ([...tag].length > MAX_TAG_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `"${tag.slice(0, 20)}…" is longer than ${MAX_TAG_LENGTH} characters` });
  } else if (isVisibleText(tag) && tagSlug(tag) === '') {
    ctx.addIssue({ code: 'custom', message: `"${tag}" has no letter or digit, so it cannot have a page` });
  }
});

/** Whether Intl accepts a language tag (the listings format dates with it; "fr-12" would fail there). */
function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Options that differ between the site build and the importer. */
export interface ArticleSchemaOptions<Image extends z.ZodType> {
  sections: readonly [string, ...string[]];
  image: Image;
}

/** Builds the article schema, including the editorial rules that span several fields. */
export function createArticleSchema<Image extends z.ZodType>({ sections, image }: ArticleSchemaOptions<Image>) {
  return z
    .object({
      title: nonEmptyText,
      date: dateField,
      updated: dateField.optional(),
      section: z.enum(sections as [string, ...string[]], {
        error: (issue) => `"${String(issue.input)}" is not a declared section; allowed: ${sections.join(', ')}`,
      }),
      description: nonEmptyText.optional(),
      tags: z.array(tagField, { error: 'must be a list of strings' }).default([]),
      author: z.union([nonEmptyText, z.array(nonEmptyText)]).optional(),
      lang: z
        .string()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
          error: 'must be a BCP 47 language tag such as fr or en-GB',
          abort: true,
        })
        .refine(isValidLocale, 'is not a valid BCP 47 language tag (Intl rejects it): use one such as fr or en-GB')
        .optional(),
      image: image.optional(),
      imageAlt: nonEmptyText.optional(),
      imageCredit: nonEmptyText.optional(),
      draft: z.boolean().default(false),
      related: z.array(nonEmptyText, { error: 'must be a list of article slugs' }).default([]),
      /** Slug of the same article in another language (checked across articles by content-check/translations.ts). */
      translation: nonEmptyText.optional(),
      dateline: nonEmptyText.optional(),
      story: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a story id (the name of a file in content/stories/)')
        .optional(),
      corrections: z.array(z.object({ date: dateField, text: nonEmptyText })).default([]),
      live: z
        .object({
          end: dateField.optional(),
          updates: z
            .array(z.object({ date: dateField, title: nonEmptyText.optional(), text: nonEmptyText }).strict(), {
              error: 'must be a list of { date, title, text }',
            })
            .min(1, 'must hold at least one update'),
        })
        .strict()
        .optional(),
      breaking: z.object({ until: dateField, text: nonEmptyText.optional() }).strict().optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.updated && data.updated < data.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is earlier than the publication date' });
      }
      if (data.image !== undefined && !data.imageAlt) {
        ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'is required when an image is given' });
      }
      if (data.live?.end && data.live.end < data.date) {
        ctx.addIssue({ code: 'custom', path: ['live', 'end'], message: 'is earlier than the publication date' });
      }
      data.live?.updates.forEach((update, index) => {
        if (update.date < data.date) {
          const path = ['live', 'updates', index, 'date'];
          ctx.addIssue({ code: 'custom', path, message: 'is earlier than the publication date (the coverage start)' });
        } else if (data.live?.end && update.date > data.live.end) {
          const path = ['live', 'updates', index, 'date'];
          ctx.addIssue({ code: 'custom', path, message: 'is later than the end of the coverage (live.end)' });
        }
      });
      if (data.breaking && data.breaking.until <= data.date) {
        const path = ['breaking', 'until'];
        ctx.addIssue({ code: 'custom', path, message: 'is not after the publication date' });
      }
      data.corrections.forEach((correction, index) => {
        if (correction.date < data.date) {
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: 'is earlier than the publication date',
          });
        }
      });
    });
}
