/**
 * After the build, writes dist/_headers with the same CSP the pages carry in their <meta>, for hosts that read it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCspHeader, buildHeadersFile, collectCspHashes } from '../lib/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

/** The integration. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'kiosque:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const metas = pages.flatMap((page) =>
          [...readFileSync(join(root, page), 'utf8').matchAll(META)].map((m) => m[1]!),
        );
        const header = buildCspHeader(collectCspHashes(metas));
        writeFileSync(join(root, '_headers'), buildHeadersFile(header));
        logger.info(`_headers written (CSP from ${metas.length} pages)`);
      },
    },
  };
}
