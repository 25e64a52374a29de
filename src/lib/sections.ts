/**
 * Section lookups over the sections of a site configuration.
 */
import type { Section, SiteConfig } from './site-config.ts';

/** Returns the declared section with this id; an unknown id is a programming error. */
export function getSection(config: SiteConfig, id: string): Section {
  const section = config.sections.find((candidate) => candidate.id === id);
  if (!section) {
    throw new Error(`Unknown section "${id}"; declared: ${config.sections.map((s) => s.id).join(', ')}`);
  }
  return section;
}
