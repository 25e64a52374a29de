/**
 * The schemas of the author and story files (content/authors/<id>.md, content/stories/<id>.md), shared by the content
 * collections and the content check. Pure: the image field type is passed in, as for articles.
 */
import { z } from 'zod';
import { nonEmptyText } from './article-schema.ts';

/** A link on an author's page: a label and an https or mailto URL. */
const linkField = z
  .object({
    label: nonEmptyText,
    url: z.string().regex(/^(?:https:\/\/[^\s]+|mailto:[^\s]+)$/, 'must be an https:// or mailto: URL'),
  })
  .strict();

/** Builds the schema of an author file: a name, a short bio, optionally a photo (with its text) and links. */
export function createAuthorSchema<Image extends z.ZodType>(image: Image) {
  return z
    .object({
      name: nonEmptyText,
      bio: nonEmptyText,
      photo: image.optional(),
      photoAlt: nonEmptyText.optional(),
      links: z.array(linkField, { error: 'must be a list of { label, url }' }).default([]),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.photo !== undefined && !data.photoAlt) {
        ctx.addIssue({ code: 'custom', path: ['photoAlt'], message: 'is required when a photo is given' });
      }
    });
}

/** The schema of a story file: the story's title and its introduction. */
export const storySchema = z.object({ title: nonEmptyText, introduction: nonEmptyText }).strict();
