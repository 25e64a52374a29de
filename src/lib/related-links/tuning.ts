/**
 * The related-links engine's settings, each with the reason for its value. Values were chosen on the tuning set of
 * the generated evaluation news (tests/fixtures/related-eval, seed 1: 540 articles, six topics, French and English)
 * and checked on the held-out set (seed 2). Figures are precision@4 / links per article on the tuning set.
 *
 * The previous engine (TF-IDF, 40 terms, absolute minimum 0.2): 0.922 / 2.79, 94 % of articles linked; with no
 * minimum 0.746 / 4.00. Measured and kept: BM25 with document frequencies per language, 96 terms (0.906 / 4.00 with
 * no cut; 48 terms cost 0.014 in the final engine, 128 gain nothing); shared-neighbour re-ranking (0.953 / 4.00); the
 * relative cut (0.950 / 3.94: a little lower here, but on the small hand-written set, where a topic has one or two
 * peers per language, it keeps precision at 0.86 instead of 0.70).
 * Measured and dropped: a boost for names (two or more capitalised words as one term) lowered precision by 0.016 on
 * the first version of the set: news names people and firms from other topics all the time. More body (5,000
 * characters) or longer posting lists changed precision by less than 0.003; shorter lists (60) cost 0.006.
 * Second pass (tuning set, then held-out): headline weight 3 -> 2 (0.950 -> 0.958; 1.5 gave 0.961 but cost 0.015 on
 * the hand-written set), then 30 neighbours with shared-neighbour weight 6 (0.962; held-out 0.949 -> 0.953).
 * Tried and left: a relative cut of 0.35 (+0.002, but 0.82 on the hand-written set), 128 or 160 terms, no date
 * preference, no section bonus, 40 neighbours (0.956), BM25 b 0.5 or k1 1.5 (each within ±0.003). Posting lists: 80
 * or fewer entries cost 0.003 to 0.011 held-out; on a 2,400-article set (370 per topic in English, closer to a real
 * archive) leaving out the terms whose list is cut, instead of keeping their strongest 100, cost 0.008 and 0.9 % coverage.
 */

/** Every setting of the engine; `computeRelated` uses DEFAULT_TUNING, experiments may pass their own. */
export interface RelatedTuning {
  /** Field weights: the headline and standfirst say most about what an article is about. */
  fieldWeights: { title: number; description: number; tags: number; body: number };
  /** Characters of the body read: news puts what matters first, and the cost per article stays bounded. */
  bodyCharacters: number;
  /** Strongest terms kept per article: more terms find more same-topic neighbours, at a linear cost. */
  topTerms: number;
  /** Posting lists are cut to their strongest entries, so very common terms cannot make the search quadratic. */
  maxPostings: number;
  /** BM25 term-frequency saturation (k1) and length normalisation (b). */
  k1: number;
  b: number;
  /** Computed links need at least this many strong terms in common: one shared word is a coincidence. */
  minSharedTerms: number;
  /** Neighbours kept per article before the final ranking (the "neighbours of neighbours" pass reads them). */
  neighbours: number;
  /** Weight of shared neighbours: two articles that the same articles resemble are on the same topic. */
  sharedNeighbourWeight: number;
  /** A link must score at least this share of the article's best match (a cut relative to each article). */
  relativeCut: number;
  /** The best match counted in that cut is capped here, so that a near-duplicate does not hide every other link. */
  relativeCutCap: number;
  /** Bonuses for shared tags (times their Jaccard index) and the same section. */
  tagBonus: number;
  sectionBonus: number;
  /** Date preference: the score is divided by (1 + days / dateScaleDays) ^ dateExponent, a mild nudge. */
  dateScaleDays: number;
  dateExponent: number;
}

/** The settings in force. */
export const DEFAULT_TUNING: RelatedTuning = {
  fieldWeights: { title: 2, description: 2, tags: 2, body: 1 },
  bodyCharacters: 2_500,
  topTerms: 96,
  maxPostings: 100,
  k1: 1.2,
  b: 0.75,
  minSharedTerms: 2,
  neighbours: 30,
  sharedNeighbourWeight: 6,
  relativeCut: 0.4,
  relativeCutCap: 0.6,
  tagBonus: 0.1,
  sectionBonus: 0.03,
  dateScaleDays: 365,
  dateExponent: 0.1,
};
