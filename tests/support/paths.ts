/** Paths shared by the build-once test tiers. */
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space for test builds (git-ignored). */
export const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
/** The fixture site's content folder: the sample content plus tests/fixtures/site. */
export const FIXTURE_CONTENT = `${TMP}site-content/`;
/** Where the fixture site is built. */
export const FIXTURE_DIST = `${TMP}site-dist/`;
/** The clock the fixture site is built with, so "recent" and "future" articles are stable. */
export const FIXTURE_BUILD_DATE = '2026-11-24T12:00:00Z';
