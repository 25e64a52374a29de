/** The site configuration of this build, served by src/integrations/site-config.ts. */
declare module 'virtual:kiosque/config' {
  const config: import('../lib/site-config.ts').SiteConfig;
  export default config;
}
