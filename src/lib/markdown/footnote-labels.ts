/**
 * Labels remark-rehype writes into the footnotes section: interface text, so in the UI language.
 *
 * They live here rather than in config.ts UI_STRINGS because remark-rehype needs a function for the back
 * label; moving the two templates into UI_STRINGS later only changes this module.
 */
import { SITE, type UiLanguage } from '../../config';

/** The footnote labels of one UI language. */
export interface FootnoteLabels {
  /** Visually hidden heading of the footnotes section. */
  footnoteLabel: string;
  /** Accessible name of the ↩ link from note n (1-based) back to its call, with a suffix for repeated calls. */
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => string;
}

const TEMPLATES: Record<UiLanguage, { label: string; back: string }> = {
  fr: { label: 'Notes', back: 'Retour à l’appel de note' },
  en: { label: 'Footnotes', back: 'Back to reference' },
};

/** Returns remark-rehype's footnote label options for a UI language (default: SITE.uiLang). */
export function getFootnoteLabels(uiLang: UiLanguage = SITE.uiLang): FootnoteLabels {
  const { label, back } = TEMPLATES[uiLang];
  return {
    footnoteLabel: label,
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      `${back} ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
  };
}
