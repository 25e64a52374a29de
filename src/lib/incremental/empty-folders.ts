/**
 * Which folders of a built site are left empty once some of its files are deleted, worked out from one listing of
 * the tree instead of listing every folder again. Pure: the tree is passed in as folder paths ('' for the root,
 * "a/b" below it) with the number of entries each held when it was listed.
 */

/** The parent of a relative path ("a/b/c" -> "a/b", "a" -> ''). */
const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * The folders to delete, children before their parents: those that held nothing, and those whose every entry is
 * among the `removed` files or is itself a folder to delete. The root is never one of them.
 */
export function foldersLeftEmpty(folders: ReadonlyMap<string, number>, removed: readonly string[]): string[] {
  const left = new Map(folders);
  for (const file of removed) {
    const parent = parentOf(file);
    const count = left.get(parent);
    if (count === undefined) throw new Error(`${file}: its folder is not in the listing`);
    left.set(parent, count - 1);
  }
  // A folder's path is longer than its parent's: longest first visits every child before its parent.
  const deepestFirst = [...folders.keys()].filter((folder) => folder !== '').sort((a, b) => b.length - a.length);
  const empty: string[] = [];
  for (const folder of deepestFirst) {
    if (left.get(folder)! > 0) continue;
    empty.push(folder);
    const parent = parentOf(folder);
    left.set(parent, left.get(parent)! - 1);
  }
  return empty;
}
