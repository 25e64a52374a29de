/**
 * Labels remark-rehype writes into the footnotes section: interface text, from the configuration's UI strings.
 */
import { createI18n } from '../i18n.ts';
import type { SiteConfig } from '../site-config.ts';

/** The footnote labels remark-rehype takes. */
export interface FootnoteLabels {
  /** Visually hidden heading of the footnotes section. */
  footnoteLabel: string;
  /** Accessible name of the ↩ link from note n (0-based index) back to its call, with a suffix for repeated calls. */
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => string;
}

/** Returns remark-rehype's footnote label options in the configuration's UI language. */
export function getFootnoteLabels(config: SiteConfig): FootnoteLabels {
  const { t } = createI18n(config);
  return {
    footnoteLabel: t('footnotes.label'),
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      t('footnotes.back', { note: `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}` }),
  };
}
