/**
 * Authors: the people behind `content/authors/<id>.md`, and how an article's `author` values resolve to them.
 * An `author` value written as an id (lower-case letters, digits, hyphens) must name an author file; any other value
 * (with a capital letter or a space: "Claire Martin") is a guest's name, shown as written, without a page.
 */
/** A link on an author's page. */
export interface AuthorLink {
  label: string;
  url: string;
}

/** An author with a page. `Image` is the photo type. */
export interface Author<Image = unknown> {
  id: string;
  name: string;
  bio: string;
  photo?: Image | undefined;
  photoAlt?: string | undefined;
  links: AuthorLink[];
}

/** An article's author as bylines show it: a name, and the id of the author's page when there is one. */
export interface ArticleAuthor {
  name: string;
  id?: string | undefined;
}

const AUTHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an `author` value is written as an author id (else it is a guest's name). */
export const isAuthorId = (value: string): boolean => AUTHOR_ID.test(value);

/** Resolves `author` values: ids to the author's name and page, guest names as they are. */
export function resolveAuthors(values: readonly string[], authors: ReadonlyMap<string, Author>): ArticleAuthor[] {
  return values.map((value) => {
    const author = isAuthorId(value) ? authors.get(value) : undefined;
    return author ? { name: author.name, id: author.id } : { name: value };
  });
}

/** URL of an author's page; the folder name is a UI string ("auteurs", "authors"). */
export const authorUrl = (pathSegment: string, id: string, page = 1): string =>
  `/${pathSegment}/${id}/${page > 1 ? `${page}/` : ''}`;
