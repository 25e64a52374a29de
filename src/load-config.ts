/**
 * The one place a build loads its site configuration: the module named by KIOSQUE_CONFIG (a path from the project
 * folder, whose default export is a SiteConfig), else src/config.ts. astro.config.mjs and the command-line tools
 * call it; pages read the result through the `virtual:kiosque/config` module (src/integrations/site-config.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import DEFAULT_CONFIG from './config.ts';
import { checkSiteConfig, type SiteConfig } from './lib/site-config.ts';

/** The environment variable that names another configuration module. */
export const CONFIG_ENV = 'KIOSQUE_CONFIG';

/** Loads and checks the configuration; a bad one throws with every problem named. */
export async function loadSiteConfig(env: NodeJS.ProcessEnv = process.env): Promise<SiteConfig> {
  const path = env[CONFIG_ENV];
  if (path === undefined || path === '') return DEFAULT_CONFIG;
  const module = (await import(pathToFileURL(resolve(path)).href)) as { default?: unknown };
  const problems = checkSiteConfig(module.default, path, DEFAULT_CONFIG);
  if (problems.length > 0) throw new Error(`Bad site configuration:\n${problems.join('\n')}`);
  return module.default as SiteConfig;
}
