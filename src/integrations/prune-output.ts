/**
 * Keeps dist/ between builds (astro.config.mjs sets vite.build.emptyOutDir to false) so that the pages Astro's
 * incremental build reuses stay where they are: emptying dist/ and copying every page back from the cache cost more
 * than rendering the few changed pages (6.6 s of unlink and rmdir in a 1,000-article rebuild's profile). After the
 * build, every file this build neither wrote nor kept is deleted, so a deleted article leaves nothing behind.
 */
import { readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Deletes the empty folders under `root` (deepest first). */
function removeEmptyFolders(root: string): void {
  const folders = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) if (readdirSync(folder).length === 0) rmdirSync(folder);
}

/** The integration; list it before any build:done hook that reads the pages. */
export function pruneOutput(): AstroIntegration {
  let started = Number.POSITIVE_INFINITY;
  return {
    name: 'kiosque:prune-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        let removed = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          // The search index step replaces pagefind/ whole after the build.
          if (file === 'pagefind' || file.startsWith('pagefind/')) continue;
          const path = join(root, file);
          const info = statSync(path);
          // Written by this build (bundles, public files, rendered or restored pages) or kept by it (reused pages).
          if (!info.isFile() || info.mtimeMs >= started || pages.has(path)) continue;
          rmSync(path);
          removed += 1;
        }
        removeEmptyFolders(root);
        if (removed > 0) logger.info(`${removed} file(s) of earlier builds removed`);
      },
    },
  };
}
