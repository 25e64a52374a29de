/**
 * After the build, writes dist/_headers with the same CSP the pages carry in their <meta>, for hosts that read it.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCspHeader, buildHeadersFile, collectCspHashes } from '../lib/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;
const HEAD_BYTES = 16 * 1024;
const buffer = Buffer.alloc(HEAD_BYTES);

/**
 * The start of a page up to its </head>, where Astro puts the CSP <meta>: one small read per page instead of the
 * whole file (the pass reads every page of the site on every build). Falls back to the whole file for a long head.
 */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const start = buffer.toString('utf8', 0, read);
    return start.includes('</head>') || read < HEAD_BYTES ? start : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** The integration. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'kiosque:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const metas = pages.flatMap((page) => [...readHead(join(root, page)).matchAll(META)].map((m) => m[1]!));
        const header = buildCspHeader(collectCspHashes(metas));
        writeFileSync(join(root, '_headers'), buildHeadersFile(header));
        logger.info(
          `_headers written (CSP from ${metas.length} pages in ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
