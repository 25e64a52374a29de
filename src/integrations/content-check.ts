/**
 * Checks the articles folder before Astro reads it, so bad input stops the build with the file and the field named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatIssues, type ContentFile } from '../lib/content-check/index.ts';

function readFolder(root: string): ContentFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(root, path).split('\\').join('/'), bytes: readFileSync(path) };
    });
}

/** The integration: fails `astro build` on any content problem; `astro dev` reports them and goes on. */
export function contentCheck(options: {
  contentDir: string;
  sections: readonly [string, ...string[]];
}): AstroIntegration {
  return {
    name: 'kiosque:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const root = resolve(options.contentDir);
        const files = readFolder(root);
        const issues = checkContent(files, {
          sections: options.sections,
          imageExists: (article, image) => existsSync(resolve(root, dirname(article), image)),
        });
        logger.info(`${files.length} files checked in ${Math.round(performance.now() - started)} ms`);
        if (issues.length === 0) return;
        const report = formatIssues(issues, relative(process.cwd(), root) || '.');
        const summary = `${issues.length} problem(s) in the articles:\n${report}`;
        if (command === 'dev') logger.error(summary);
        else throw new Error(summary);
      },
    },
  };
}
