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

/** Why an article gets fewer links than asked for. */
export type ShortfallReason =
  /** No other article in its language. */
  | 'alone-in-language'
  /** Fewer other articles in its language than links asked for. */
  | 'few-in-language'
  /** No article in its language shares enough strong terms with it. */
  | 'nothing-shared'
  /** Other candidates score far below its best match. */
  | 'below-relative-cut'
  /** Only a few articles share enough strong terms with it. */
  | 'few-sharing';

/** An article that gets fewer links than asked for, and why. */
export interface RelatedShortfall {
  reason: ShortfallReason;
  /** Its primary language. */
  language: string;
  /** Other articles it could be linked to (same language when links stay within a language). */
  peers: number;
  /** Articles that passed the minimum similarity. */
  candidates: number;
}

/** The engine's full output. */
export interface RelatedResult {
  /** Related picks of every article, in rank order. */
  picks: Map<string, RelatedPick[]>;
  /** Articles with fewer picks than asked for, by slug. */
  shortfalls: Map<string, RelatedShortfall>;
}
