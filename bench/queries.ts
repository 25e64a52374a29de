/** Chooses the benchmark's search queries from the generated corpus, by how many articles contain each word. */

/** A query and the share of articles whose body contains it. */
export interface ChosenQuery {
  query: string;
  articles: number;
}

function closest(frequency: Map<string, number>, target: number, minLength: number): ChosenQuery {
  let best: ChosenQuery = { query: '', articles: -1 };
  for (const [word, articles] of frequency) {
    if (word.length < minLength || !/^\p{L}+$/u.test(word)) continue;
    const distance = Math.abs(articles - target) - Math.abs(best.articles - target);
    if (best.articles < 0 || distance < 0 || (distance === 0 && word < best.query)) best = { query: word, articles };
  }
  return best;
}

/** A typical query (a word in about 1% of the articles) and a broad one (in about half of them). */
export function chooseQueries(
  frequency: Map<string, number>,
  count: number,
): { typical: ChosenQuery; broad: ChosenQuery } {
  return {
    typical: closest(frequency, Math.max(3, count / 100), 6),
    broad: closest(frequency, count / 2, 5),
  };
}
