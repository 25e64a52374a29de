/**
 * A deterministic news corpus for the benchmark: French and English articles of 300–1,500 words drawn with a Zipf
 * distribution from real vocabulary, with headings, lists, links, a little raw HTML, sections, tags and dates.
 */
import { SECTION_IDS } from '../src/config';

/** mulberry32: a small seeded PRNG, so every run measures the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated article: its file name and Markdown text. */
export interface GeneratedArticle {
  slug: string;
  markdown: string;
}

const TAGS = ['Politique', 'Économie', 'Climat', 'Santé', 'Europe', 'Ukraine', 'Russie', 'Énergie', 'Football', 'Cinéma', 'Numérique', 'Espace', 'Emploi', 'Élections', 'Agriculture', 'Transports'];

/** Builds a Zipf sampler over a word list taken from real text (most frequent words first). */
function zipfSampler(text: string, random: () => number): () => string {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}][\p{L}’'-]*/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const harmonic = words.map((_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  harmonic.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
  const total = cumulative.at(-1)!;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

function sentence(draw: () => string, random: () => number): string {
  const length = 8 + Math.floor(random() * 18);
  const words = Array.from({ length }, draw);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Generates `count` articles from French and English source texts (one in ten in English). */
export function generateCorpus(count: number, frenchText: string, englishText: string, seed = 7): GeneratedArticle[] {
  const random = seededRandom(seed);
  const french = zipfSampler(frenchText, random);
  const english = zipfSampler(englishText, random);
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: count }, (_, index) => {
    const isEnglish = index % 10 === 9;
    const draw = isEnglish ? english : french;
    const words = 300 + Math.floor(random() * 1200);
    const blocks: string[] = [];
    let written = 0;
    while (written < words) {
      const roll = random();
      if (roll < 0.08) blocks.push(`## ${sentence(draw, random).slice(0, 60).replace(/\.$/, '')}`);
      else if (roll < 0.13) blocks.push(Array.from({ length: 3 }, () => `- ${sentence(draw, random)}`).join('\n'));
      else if (roll < 0.16) blocks.push(`${sentence(draw, random)} [Source](https://example.org/${index}/${blocks.length}).`);
      else if (roll < 0.18) blocks.push(`<p>Un <abbr title="${draw()}">${draw()}</abbr> et <em>${draw()}</em>.</p>`);
      else blocks.push(Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(draw, random)).join(' '));
      written += blocks.at(-1)!.split(' ').length;
    }
    const date = new Date(start + Math.floor(random() * 7 * 365 * 86_400_000)).toISOString().slice(0, 10);
    const tags = [...new Set([TAGS[Math.floor(random() * TAGS.length)]!, TAGS[Math.floor(random() * TAGS.length)]!])];
    const title = sentence(draw, random).slice(0, 90).replace(/\.$/, '').replace(/"/g, '');
    const frontMatter = [
      '---',
      `title: "${title}"`,
      `date: ${date}`,
      `section: ${SECTION_IDS[index % SECTION_IDS.length]}`,
      `tags: [${tags.map((tag) => `"${tag}"`).join(', ')}]`,
      ...(isEnglish ? ['lang: en'] : []),
      '---',
    ].join('\n');
    return { slug: `article-${String(index).padStart(5, '0')}`, markdown: `${frontMatter}\n\n${blocks.join('\n\n')}\n` };
  });
}
