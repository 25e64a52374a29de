/**
 * Hands the loaded site configuration to pages as the `virtual:kiosque/config` module, as Starlight does with
 * `virtual:starlight/user-config`. The module's code is the configuration itself, so it is part of every page's code
 * hash: the incremental build re-renders every page when the configuration changes.
 */
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../lib/site-config.ts';

/** The id pages import. */
export const VIRTUAL_CONFIG_ID = 'virtual:kiosque/config';
const RESOLVED_ID = `\0${VIRTUAL_CONFIG_ID}`;

/** The integration: registers the Vite plugin that serves the configuration. */
export function siteConfig(config: SiteConfig): AstroIntegration {
  const code = `export default ${JSON.stringify(config)};\n`;
  return {
    name: 'kiosque:site-config',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kiosque:site-config',
                resolveId: (id) => (id === VIRTUAL_CONFIG_ID ? RESOLVED_ID : undefined),
                load: (id) => (id === RESOLVED_ID ? code : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
