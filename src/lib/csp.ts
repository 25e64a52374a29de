/**
 * The Content-Security-Policy Kiosque ships: Astro writes it per page as a <meta> (adding hashes of the scripts and
 * styles it emits); the same policy goes into a _headers file for hosts that read one.
 */

/** Directives beyond script-src and style-src, which Astro computes per page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src sources: our own files, and WebAssembly compilation for Pagefind (no eval of strings). */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src sources: our own stylesheet (Astro adds hashes of any inline style it emits). */
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/** Collects the CSP hashes ('sha256-…') used in a set of pages' CSP meta tags, by directive. */
export function collectCspHashes(metaContents: readonly string[]): { script: string[]; style: string[] } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const content of metaContents) {
    for (const directive of content.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      const target = name?.startsWith('script-src') ? script : name?.startsWith('style-src') ? style : undefined;
      for (const source of sources) if (target && /^'sha(256|384|512)-/.test(source)) target.add(source);
    }
  }
  return { script: [...script].sort(), style: [...style].sort() };
}

/** The site-wide policy as one header value, with every hash any page needs. */
export function buildCspHeader(hashes: { script: readonly string[]; style: readonly string[] }): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...CSP_SCRIPT_SOURCES, ...hashes.script].join(' ')}`,
    `style-src ${[...CSP_STYLE_SOURCES, ...hashes.style].join(' ')}`,
    // Only a header can forbid framing; a <meta> policy ignores frame-ancestors.
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A Netlify/Cloudflare-style _headers file applying the policy and related headers to every path. */
export function buildHeadersFile(cspHeader: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${cspHeader}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: interest-cohort=(), camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
