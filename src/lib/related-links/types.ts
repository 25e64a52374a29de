/** The related-links engine's input, output and settings, apart so the engine and its report share them. */

/** An article as the engine sees it. */
export interface RelatedInput {
  slug: string;
  title: string;
  description?: string;
  /** Plain text of the body. */
  body: string;
  tags: string[];
  section: string;
  lang: string;
  date: Date;
  /** Slugs the editor pinned, in order. */
  pinned: string[];
}

/** One related article, with why it was picked. */
export interface RelatedPick {
  slug: string;
  score: number;
  pinned: boolean;
  /** The strongest terms both articles share (readable words), for the editors' report. */
  sharedTerms: string[];
}

/** Engine settings. */
export interface RelatedOptions {
  /** How many links per article. */
  count: number;
  /** Below this score no link is shown: fewer links rather than unrelated ones. */
  minScore?: number;
  /** Only link articles in the same primary language (default true). */
  sameLanguageOnly?: boolean;
}
