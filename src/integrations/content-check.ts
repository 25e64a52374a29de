/**
 * Checks the articles folder before Astro reads it, so bad input stops the build with the file and the field named.
 * The files are read as Astro's loader reads them: symbolic links are followed, but only within the content folder.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { z } from 'zod';
import { checkContent, formatIssues, type ContentFile, type ImageStatus } from '../lib/content-check/index.ts';
import { openContentCheckCache } from './content-check-cache.ts';
import { checkProfiles } from '../lib/content-check/profiles.ts';
import { createAuthorSchema, storySchema } from '../lib/profile-schemas.ts';

/** Whether a real path lies inside a folder (itself a real path). */
const isInside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder + sep);

function readFolder(root: string, contentRoot: string): ContentFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry): ContentFile => {
      const path = join(entry.parentPath, entry.name);
      const name = relative(root, path).split('\\').join('/');
      if (!entry.isSymbolicLink()) return { path: name, bytes: readFileSync(path) };
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        return { path: name, bytes: new Uint8Array(), link: 'broken' };
      }
      if (!isInside(target, contentRoot)) return { path: name, bytes: new Uint8Array(), link: 'outside' };
      if (!statSync(target).isFile()) return { path: name, bytes: new Uint8Array(), link: 'broken' };
      return { path: name, bytes: readFileSync(target) };
    });
}

/** Resolves an image path written in an article; it must be a file inside the content folder. */
function resolveImage(root: string, contentRoot: string, article: string, image: string): ImageStatus {
  const path = resolve(root, dirname(article), image);
  if (!existsSync(path)) return isInside(path, contentRoot) ? 'missing' : 'outside';
  return isInside(realpathSync(path), contentRoot) && statSync(path).isFile() ? 'ok' : 'outside';
}

/** The integration: fails `astro build` on any content problem; `astro dev` reports them and goes on. */
export function contentCheck(options: {
  contentDir: string;
  sections: readonly [string, ...string[]];
  defaultLang: string;
  /** Where the per-file results are kept between builds (see content-check-cache.ts); none: every file is checked. */
  cacheDir?: string;
}): AstroIntegration {
  return {
    name: 'kiosque:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const root = resolve(options.contentDir);
        // The content folder holds the articles folder and images/; nothing may be read from outside it.
        const contentRoot = realpathSync(resolve(root, '..'));
        const files = readFolder(root, contentRoot);
        // Authors and stories sit next to the articles folder (content/authors/, content/stories/); both are optional.
        const authorsRoot = resolve(root, '..', 'authors');
        const authors = checkProfiles(existsSync(authorsRoot) ? readFolder(authorsRoot, contentRoot) : [], {
          schema: createAuthorSchema(z.string()),
          imageField: 'photo',
          textField: 'bio',
          resolveImage: (file, image) => resolveImage(authorsRoot, contentRoot, file, image),
        });
        const storiesRoot = resolve(root, '..', 'stories');
        const stories = checkProfiles(existsSync(storiesRoot) ? readFolder(storiesRoot, contentRoot) : [], {
          schema: storySchema,
          textField: 'introduction',
        });
        const cache = options.cacheDir ? openContentCheckCache(options.cacheDir, options.sections) : undefined;
        const issues = checkContent(files, {
          sections: options.sections,
          defaultLang: options.defaultLang,
          resolveImage: (article, image) => resolveImage(root, contentRoot, article, image),
          cache,
          authorIds: authors.ids,
          storyIds: stories.ids,
        });
        cache?.save();
        const reused = cache ? ` (${cache.reused()} unchanged since the last build)` : '';
        logger.info(`${files.length} files checked in ${Math.round(performance.now() - started)} ms${reused}`);
        const located = [
          { folder: authorsRoot, list: authors.issues },
          { folder: storiesRoot, list: stories.issues },
          { folder: root, list: issues },
        ].filter(({ list }) => list.length > 0);
        if (located.length === 0) return;
        const report = located
          .map(({ folder, list }) => formatIssues(list, relative(process.cwd(), folder) || '.'))
          .join('\n');
        const all = located.flatMap(({ folder, list }) => list.map((issue) => `${folder}/${issue.file}`));
        const failing = new Set(all).size;
        const kind = located.every(({ folder }) => folder === root) ? 'article' : 'content';
        const summary = `${all.length} problem(s) in ${failing} ${kind} file(s); nothing was built.`;
        if (command === 'dev') {
          logger.error(`${report}\n${summary}`);
          return;
        }
        // A list of content problems is not a crash: print it and exit, without Astro's error frame and stack.
        process.stderr.write(`\n${report}\n\n${summary}\n`);
        process.exit(1);
      },
    },
  };
}
