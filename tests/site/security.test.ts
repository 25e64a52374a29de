import { describe, expect, it } from 'vitest';
import { listHtmlPages, readDist, readPage } from '../support/dist.ts';

describe('security headers of the built site', () => {
  it('gives every page a CSP meta without unsafe-inline and with object-src none', () => {
    for (const page of listHtmlPages()) {
      const csp = readPage(page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(csp, page).toBeTruthy();
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('writes the same policy to _headers for hosts that read it', () => {
    const headers = readDist('_headers');
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*object-src 'none'/);
    expect(headers).toContain("frame-ancestors 'none'");
  });
});
