/**
 * Section lookups over the sections declared in src/config.ts.
 */
import { SECTIONS, type Section } from '../config.ts';

/** Returns the declared section with this id; an unknown id is a programming error. */
export function getSection(id: string): Section {
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section "${id}"; declared: ${SECTIONS.map((s) => s.id).join(', ')}`);
  return section;
}
