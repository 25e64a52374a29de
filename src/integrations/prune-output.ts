/**
 * Keeps dist/ between builds (astro.config.mjs sets vite.build.emptyOutDir to false) so that the pages Astro's
 * incremental build reuses stay where they are: emptying dist/ and copying every page back from the cache cost more
 * than rendering the few changed pages (6.6 s of unlink and rmdir in a 1,000-article rebuild's profile). After the
 * build, every file this build neither wrote nor kept is deleted, so a deleted article leaves nothing behind, and so
 * is every folder left empty. The site is listed once (src/lib/incremental/output-files.ts, which leaves `pagefind/`
 * to the index step); the pages of this build are kept without a look at their file status.
 */
import { rmSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { foldersLeftEmpty } from '../lib/incremental/empty-folders.ts';
import { listOutput } from '../lib/incremental/output-files.ts';

/**
 * The integration; list it before any build:done hook that reads the pages. `remaining` hands those hooks the site's
 * files as they are once pruned (see OutputTree; `pagefind/` left out), so that they need not list it again: the
 * paths of this build's root, or undefined before this build's pruning.
 */
export function pruneOutput(): AstroIntegration & { remaining: (root: string) => string[] | undefined } {
  let started = Number.POSITIVE_INFINITY;
  let left: { root: string; files: string[] } | undefined;
  return {
    remaining: (root) => (left?.root === root ? left.files : undefined),
    name: 'kiosque:prune-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
        left = undefined;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const { files, folders } = listOutput(root);
        const removed: string[] = [];
        for (const file of files) {
          const path = join(root, file);
          // Kept by this build (reused pages) or written by it (bundles, public files, rendered or restored pages).
          if (pages.has(path)) continue;
          const info = statSync(path);
          if (!info.isFile() || info.mtimeMs >= started) continue;
          rmSync(path);
          removed.push(file);
        }
        for (const folder of foldersLeftEmpty(folders, removed)) rmdirSync(join(root, folder));
        const gone = new Set(removed);
        left = { root, files: files.filter((file) => !gone.has(file)) };
        if (removed.length > 0) logger.info(`${removed.length} file(s) of earlier builds removed`);
      },
    },
  };
}
