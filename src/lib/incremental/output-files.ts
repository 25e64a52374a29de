/**
 * One listing of a built site for the passes after the build (pruning, the `_headers` CSP pass, the search index
 * step's pages): one readdir per folder, types from the directory entries. `pagefind/` is the index step's (it
 * replaces it after Astro's build), so it is listed as an entry of the root but not walked: its thousands of index
 * files are nobody else's business.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The index step's folder, left to it. */
const INDEX_FOLDER = 'pagefind';

/** The site's files and folders, by path relative to the root ("articles/a/index.html"; '' is the root). */
export interface OutputTree {
  /** Every entry that is not a folder (a symbolic link included), in no particular order; never `pagefind`. */
  files: string[];
  /** Every folder walked, with the number of entries it holds (`pagefind` counted in the root's). */
  folders: Map<string, number>;
}

/** Lists the site built in `root` (an absolute path). */
export function listOutput(root: string): OutputTree {
  const files: string[] = [];
  const folders = new Map<string, number>();
  const pending = [''];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const entries = readdirSync(join(root, folder), { withFileTypes: true });
    folders.set(folder, entries.length);
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (path === INDEX_FOLDER) continue;
      if (entry.isDirectory()) pending.push(path);
      else files.push(path);
    }
  }
  return { files, folders };
}
