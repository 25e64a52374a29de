/**
 * Under `npm run dev`, serves the last built search index (`<outDir>/pagefind/`) at /pagefind/, so the search page
 * works on the articles of the last `npm run build`. Without a build the page says one is needed, as before.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The integration. */
export function devSearchIndex(): AstroIntegration {
  let indexDir = '';
  return {
    name: 'kiosque:dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = join(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:server:setup': ({ server, logger }) => {
        if (existsSync(indexDir)) logger.info(`search uses the last built index (${indexDir})`);
        server.middlewares.use('/pagefind', (request, response, next) => {
          const path = normalize(
            join(indexDir, decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname)),
          );
          if (!path.startsWith(indexDir) || !existsSync(path) || !statSync(path).isFile()) return next();
          const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
          response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
          createReadStream(path).pipe(response);
        });
      },
    },
  };
}
