/**
 * A fresh clone has nothing beside it: no tracked file may point outside the project folder, by a relative path that
 * climbs above the root or by an absolute path of one machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const UP = '..';
/** Relative paths as written in code and docs: "../x", "../../x", "..". */
const RELATIVE_PATH = /(?<![\w.])((?:\.\.\/)+)[\w@.-]*|(?<=['"`(])\.\.(?=['"`)])/g;
/** Absolute paths of a machine rather than of the site ("/work/…", "/tmp/…", "/home/…"). */
const MACHINE_PATH = /(?:^|[\s'"`=(])\/(?:work|tmp|home|root|Users|var\/folders)\/[\w.-]/;

/** The references in a file's text that lead outside the project, given the file's path inside it. */
export function referencesOutside(file: string, text: string): string[] {
  const found: string[] = [];
  const folder = posix.dirname(file);
  // A README's examples are written relative to the files they show (an article's `image: ../images/x.svg`).
  const relativePaths = posix.basename(file) === 'README.md' ? [] : text.matchAll(RELATIVE_PATH);
  for (const match of relativePaths) {
    const climb = match[1] ?? `${UP}/`;
    const target = posix.normalize(posix.join(folder, climb));
    if (target === UP || target.startsWith(`${UP}/`)) found.push(match[0]);
  }
  const machine = MACHINE_PATH.exec(text);
  if (machine) found.push(machine[0].trim());
  return found;
}

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  return files.filter((file) => file && file !== 'package-lock.json' && !/\.(png|jpe?g|webp|avif|ico|gif)$/.test(file));
}

describe('the project is self-contained', () => {
  it('should detect a path that climbs above the root or names a machine folder (self-test)', () => {
    expect(
      referencesOutside('tests/unit/x.test.ts', `readFileSync('${UP}/${UP}/${UP}/elsewhere/seed.txt')`),
    ).toHaveLength(1);
    expect(referencesOutside('bench/run.ts', `new URL('${UP}', import.meta.url)`)).toEqual([]);
    expect(referencesOutside('run.ts', `new URL('${UP}', import.meta.url)`)).toHaveLength(1);
    expect(referencesOutside('src/a/b.ts', `import x from '${UP}/${UP}/config.ts'`)).toEqual([]);
    expect(referencesOutside('README.md', `see /${'work'}/main/x`)).toHaveLength(1);
    expect(referencesOutside('src/x.ts', `const seed = '/${'tmp'}/seed.txt';`)).toHaveLength(1);
    expect(referencesOutside('src/pages/rss.xml.ts', "'/articles/x/'")).toEqual([]);
  });

  it('should have no tracked file that refers to a path outside the project root', () => {
    const files = trackedTextFiles();
    expect(files.length).toBeGreaterThan(50);
    const outside = files.flatMap((file) => {
      const text = readFileSync(posix.join(ROOT, file), 'utf8');
      return referencesOutside(file, text).map((reference) => `${file}: ${reference}`);
    });
    expect(outside).toEqual([]);
  });
});

/** The package a bare import specifier names ("hast-util-to-html", "@astrojs/rss", "astro/loaders" -> "astro"). */
function packageOf(specifier: string): string | undefined {
  if (/^(node:|astro:|\.|\/|virtual:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Static imports and re-exports at the start of a line, and dynamic imports of a literal. */
const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Bare packages imported by the tracked code files under the given folders, with a file that imports each. */
function importedPackages(folders: readonly string[], { typeOnly }: { typeOnly: boolean }): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of trackedTextFiles()) {
    if (!folders.some((folder) => file === folder || file.startsWith(`${folder}/`))) continue;
    if (!/\.(ts|mjs|js|astro)$/.test(file)) continue;
    const text = readFileSync(posix.join(ROOT, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      // Type-only imports are erased before anything runs: a build does not need their packages.
      if (match[1] && !typeOnly) continue;
      const name = packageOf((match[2] ?? match[3])!);
      if (name && !found.has(name)) found.set(name, file);
    }
  }
  return found;
}

describe('every package the code imports is declared', () => {
  const manifest = JSON.parse(readFileSync(posix.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  // Packages that exist only as types (@types/*) are declared under their own name.
  const declared = (deps: Record<string, string>, name: string) => name in deps || `@types/${name}` in deps;

  it('should declare in dependencies every package the build runs (src/, astro.config.mjs)', () => {
    const missing = [...importedPackages(['src', 'astro.config.mjs'], { typeOnly: false })]
      .filter(([name]) => !declared(manifest.dependencies, name))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });

  it('should declare every package any code imports, types included', () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    const missing = [
      ...importedPackages(['src', 'tests', 'bench', 'astro.config.mjs', 'eslint.config.js', 'vitest.config.ts'], {
        typeOnly: true,
      }),
    ]
      .filter(([name]) => !declared(all, name))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });
});
