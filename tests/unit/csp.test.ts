import { describe, expect, it } from 'vitest';
import { buildCspHeader, buildHeadersFile, collectCspHashes } from '../../src/lib/csp.ts';

describe('the Content-Security-Policy', () => {
  it('collects each page’s script and style hashes once, sorted', () => {
    const hashes = collectCspHashes([
      "default-src 'self'; script-src 'self' 'sha256-b' 'sha256-a'; style-src 'self' 'sha256-s'",
      "script-src 'self' 'sha256-a'",
    ]);
    expect(hashes).toEqual({ script: ["'sha256-a'", "'sha256-b'"], style: ["'sha256-s'"] });
  });

  it('allows no external origin, no plugin, no inline script without a hash, and Pagefind’s WebAssembly', () => {
    const header = buildCspHeader({ script: ["'sha256-a'"], style: [] });
    expect(header).toContain("object-src 'none'");
    expect(header).toContain("base-uri 'self'");
    expect(header).toContain("form-action 'self'");
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a'");
    expect(header).not.toMatch(/unsafe-inline|[^-]unsafe-eval|https?:|\*/);
    expect(buildHeadersFile(header)).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
  });
});
