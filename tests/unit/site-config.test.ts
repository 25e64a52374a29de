import { describe, expect, it } from 'vitest';
import {
  checkSiteConfig,
  editionPath,
  getEditionConfig,
  getEditionForLang,
  getEditions,
  getSectionIds,
} from '../../src/lib/site-config.ts';
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

describe('editions', () => {
  it('should give a one-language configuration a single, unprefixed edition', () => {
    const editions = getEditions(ENGLISH);
    expect(editions).toEqual([
      { lang: 'en', prefix: '', sections: ENGLISH.sections, strings: ENGLISH.strings, isDefault: true },
    ]);
    expect(getEditionForLang(ENGLISH, 'fr')).toEqual(editions[0]);
    expect(getEditionConfig(ENGLISH, editions[0]!)).toBe(ENGLISH);
  });

  it('should put the default edition first and find an article’s edition by its primary language', () => {
    expect(getEditions(FRENCH).map((edition) => [edition.lang, edition.prefix])).toEqual([
      ['fr', ''],
      ['en', 'en'],
    ]);
    expect(getEditionForLang(FRENCH, 'en-GB').prefix).toBe('en');
    expect(getEditionForLang(FRENCH, 'fr-CA').prefix).toBe('');
    // A language without an edition stays in the default one.
    expect(getEditionForLang(FRENCH, 'de').prefix).toBe('');
  });

  it('should show an edition its own language, strings and sections', () => {
    const english = getEditionConfig(FRENCH, getEditionForLang(FRENCH, 'en'));
    expect(english.site.lang).toBe('en');
    expect(english.site.url).toBe(FRENCH.site.url);
    expect(english.strings['nav.home']).toBe('Home');
    expect(english.sections.find((section) => section.id === 'international')?.label).toBe('World');
  });

  it('should prefix paths of an edition but not those of the default one', () => {
    const [main, english] = getEditions(FRENCH);
    expect(editionPath(main!, '/sections/europe/')).toBe('/sections/europe/');
    expect(editionPath(english!, '/sections/europe/')).toBe('/en/sections/europe/');
  });

  it('should refuse editions that repeat a language or a prefix, or lack strings', () => {
    const edition = { lang: 'en', prefix: 'en', sections: ENGLISH.sections, strings: ENGLISH.strings };
    const { 'nav.home': _dropped, ...strings } = ENGLISH.strings;
    const config = {
      ...FRENCH,
      editions: [edition, { ...edition, lang: 'en-US' }, { ...edition, lang: 'de', prefix: 'en', strings }],
    };
    expect(checkSiteConfig(config, 'x.ts', FRENCH)).toEqual([
      'x.ts: editions[1].lang: "en-US" already has an edition',
      'x.ts: editions[1].prefix: "en" is used by another edition',
      'x.ts: editions[2].strings.nav.home: missing',
      'x.ts: editions[2].prefix: "en" is used by another edition',
    ]);
    expect(
      checkSiteConfig({ ...FRENCH, editions: [{ ...edition, lang: 'fr-BE', prefix: '/be' }] }, 'x.ts', FRENCH),
    ).toEqual([
      'x.ts: editions[0].lang: "fr-BE" already has an edition',
      'x.ts: editions[0].prefix: expected a URL segment such as "en"',
    ]);
  });
});
