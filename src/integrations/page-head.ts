/**
 * The head of a built page, for the passes that read every page after the build (the `_headers` CSP pass, the
 * sitemap's hreflang alternates): one small read per page instead of the whole file.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

const HEAD_BYTES = 16 * 1024;
const buffer = Buffer.alloc(HEAD_BYTES);

/**
 * The start of a page, which holds its whole `<head>`: the first 16 KB when they include `</head>` (or are the whole
 * file), else the whole file.
 */
export function readPageHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const start = buffer.toString('utf8', 0, read);
    return start.includes('</head>') || read < HEAD_BYTES ? start : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
}
