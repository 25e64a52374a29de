/**
 * Labels remark-rehype writes into the footnotes section: interface text, from the UI strings in config.ts.
 */
import { t } from '../i18n.ts';

/** The footnote labels remark-rehype takes. */
export interface FootnoteLabels {
  /** Visually hidden heading of the footnotes section. */
  footnoteLabel: string;
  /** Accessible name of the ↩ link from note n (0-based index) back to its call, with a suffix for repeated calls. */
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => string;
}

/** Returns remark-rehype's footnote label options in the site's UI language. */
export function getFootnoteLabels(): FootnoteLabels {
  return {
    footnoteLabel: t('footnotes.label'),
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      t('footnotes.back', { note: `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}` }),
  };
}
