/**
 * After the build, writes dist/_headers with the same CSP the pages carry in their <meta>, for hosts that read it.
 * Each page's policies are kept in the cache folder (`kiosque-headers.json`) with the page's file status, so a
 * rebuild reads only the pages Astro wrote again (a reused page is left untouched in dist/).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCspHeader, buildHeadersFile, collectCspHashes } from '../lib/csp.ts';
import { listOutput } from '../lib/incremental/output-files.ts';
import { readPageHead } from './page-head.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

/** The cache: every distinct policy once, and per page its file status and the indexes of its policies. */
interface Kept {
  policies: string[];
  pages: Record<string, [string, number[]]>;
}

function readKept(path: string): Kept {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Kept;
  } catch {
    return { policies: [], pages: {} };
  }
}

/**
 * The integration. `listed` may hand it the site's files (relative paths) when an earlier build:done hook has just
 * listed them (src/integrations/prune-output.ts); else it lists the site itself.
 */
export function securityHeaders(options: { listed?: (root: string) => string[] | undefined } = {}): AstroIntegration {
  let cacheFile = '';
  return {
    name: 'kiosque:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = join(fileURLToPath(config.cacheDir), 'kiosque-headers.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Sorted, so the cache file does not depend on the order folders are listed in.
        const files = options.listed?.(root) ?? listOutput(root).files;
        const pages = files.filter((file) => file.endsWith('.html')).sort();
        const kept = readKept(cacheFile);
        const next: Kept = { policies: [], pages: {} };
        const indexes = new Map<string, number>();
        const indexOf = (policy: string) => {
          let index = indexes.get(policy);
          if (index === undefined) {
            index = next.policies.push(policy) - 1;
            indexes.set(policy, index);
          }
          return index;
        };
        let read = 0;
        const metas = pages.flatMap((page) => {
          const path = join(root, page);
          const info = statSync(path);
          const stat = `${info.mtimeMs} ${info.size} ${info.ino}`;
          const known = kept.pages[page];
          let policies: string[];
          if (known?.[0] === stat && known[1].every((index) => index < kept.policies.length)) {
            policies = known[1].map((index) => kept.policies[index]!);
          } else {
            policies = [...readPageHead(path).matchAll(META)].map((m) => m[1]!);
            read += 1;
          }
          next.pages[page] = [stat, policies.map(indexOf)];
          return policies;
        });
        const header = buildCspHeader(collectCspHashes(metas));
        writeFileSync(join(root, '_headers'), buildHeadersFile(header));
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, JSON.stringify(next));
        logger.info(
          `_headers written (CSP from ${metas.length} pages, ${read} read, in ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
