/**
 * Builds the fixture site once per test run (sample content + tests/fixtures/site) and serves it on loopback.
 * The site and e2e tiers read that one build.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { serveStatic } from './server.ts';
import { FIXTURE_BUILD_DATE, FIXTURE_CONTENT, FIXTURE_DIST, ROOT } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildOutput: string;
  }
}

/** Copies the sample content and the fixture articles into one content folder. */
function prepareFixtureContent(): void {
  rmSync(FIXTURE_CONTENT, { recursive: true, force: true });
  cpSync(`${ROOT}content/`, FIXTURE_CONTENT, { recursive: true });
  if (existsSync(`${ROOT}tests/fixtures/site/`)) {
    cpSync(`${ROOT}tests/fixtures/site/`, FIXTURE_CONTENT, { recursive: true });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  prepareFixtureContent();
  rmSync(FIXTURE_DIST, { recursive: true, force: true });
  const build = buildSite(`${FIXTURE_CONTENT}articles`, FIXTURE_DIST, { KIOSQUE_BUILD_DATE: FIXTURE_BUILD_DATE });
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.output}`);
  const server = await serveStatic(FIXTURE_DIST);
  project.provide('baseUrl', server.url);
  project.provide('buildOutput', build.output);
  return server.close;
}
