/**
 * Checks the articles folder before Astro reads it, so bad input stops the build with the file and the field named.
 * The files are read as Astro's loader reads them: symbolic links are followed, but only within the content folder.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatIssues, type ContentFile, type ImageStatus } from '../lib/content-check/index.ts';

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
        const issues = checkContent(files, {
          sections: options.sections,
          defaultLang: options.defaultLang,
          resolveImage: (article, image) => resolveImage(root, contentRoot, article, image),
        });
        logger.info(`${files.length} files checked in ${Math.round(performance.now() - started)} ms`);
        if (issues.length === 0) return;
        const report = formatIssues(issues, relative(process.cwd(), root) || '.');
        const failing = new Set(issues.map((issue) => issue.file)).size;
        const summary = `${issues.length} problem(s) in ${failing} article file(s); nothing was built.`;
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
