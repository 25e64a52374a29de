/** Builds a site with the project's own build command, into a folder of the test's choosing. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

/** The outcome of a build: exit status and everything it printed. */
export interface BuildResult {
  status: number | null;
  output: string;
}

/** The test runner's environment minus what Vitest adds (DEV, PROD, MODE… would turn the build into a dev build). */
function parentEnvironment(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'NODE_ENV']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')),
  );
}

/** Runs `npm run build` for a content folder into an output folder. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...parentEnvironment(),
      KIOSQUE_CONTENT_DIR: contentDir,
      KIOSQUE_OUT_DIR: outDir,
      KIOSQUE_CACHE_DIR: `${outDir.replace(/\/$/, '')}-cache`,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Vitest sets NODE_ENV=test, which would make Astro build in development mode (drafts shown).
      NODE_ENV: 'production',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
