import { describe, expect, it } from 'vitest';
import { checkSiteConfig, getSectionIds } from '../../src/lib/site-config.ts';
import { CONFIG_ENV, loadSiteConfig } from '../../src/load-config.ts';
import { ENGLISH, FRENCH } from '../support/config.ts';

describe('loadSiteConfig', () => {
  it('should load src/config.ts when KIOSQUE_CONFIG is not set', async () => {
    expect(await loadSiteConfig({})).toBe(FRENCH);
    expect(await loadSiteConfig({ [CONFIG_ENV]: '' })).toBe(FRENCH);
  });

  it('should load the module KIOSQUE_CONFIG names, from the project folder', async () => {
    const config = await loadSiteConfig({ [CONFIG_ENV]: 'tests/fixtures/english-site/config.ts' });
    expect(config).toEqual(ENGLISH);
    expect(config.site.uiLang).toBe('en');
  });
});

describe('checkSiteConfig', () => {
  it('should accept both shipped configurations', () => {
    expect(checkSiteConfig(FRENCH, 'fr.ts', FRENCH)).toEqual([]);
    expect(checkSiteConfig(ENGLISH, 'en.ts', FRENCH)).toEqual([]);
  });

  it('should name the file and each missing or mistyped field', () => {
    const { 'nav.home': _dropped, ...strings } = ENGLISH.strings;
    const bad = { site: { ...ENGLISH.site, pageSize: '20' }, sections: [], strings };
    expect(checkSiteConfig(bad, 'x.ts', FRENCH)).toEqual([
      'x.ts: site.pageSize: expected a number',
      'x.ts: sections: expected a non-empty list',
      'x.ts: strings.nav.home: missing',
    ]);
    expect(checkSiteConfig(undefined, 'x.ts', FRENCH)).toEqual([
      'x.ts: the default export must be a site configuration object',
    ]);
  });
});

describe('getSectionIds', () => {
  it('should list the section ids of the configuration it is given, in order', () => {
    expect(getSectionIds(FRENCH)[0]).toBe('international');
    expect(getSectionIds(ENGLISH)).toEqual(['world', 'business', 'science']);
  });
});
