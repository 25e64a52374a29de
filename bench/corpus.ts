/**
 * A deterministic news corpus for the benchmark. Each article belongs to a story (a topic with its own names and
 * words, so a specific query finds a handful of articles, as in a real archive); its text is mostly real French or
 * English vocabulary drawn with Zipf's law, plus story words and a long tail of rare words. 300–1,500 words, h2
 * sections, lists, one or two links, a little raw HTML, sections, tags, dates over seven years, one in ten in English.
 */
import { SECTION_IDS } from '../src/config.ts';
import { capitalize, inventWords, pick, rankWords, seededRandom, zipfSampler, type Random } from './vocabulary.ts';

export { seededRandom } from './vocabulary.ts';

/** A generated article: its file name and Markdown text. */
export interface GeneratedArticle {
  slug: string;
  markdown: string;
}

/** The articles, and in how many articles each word of the bodies occurs (to choose benchmark queries). */
export interface Corpus {
  articles: GeneratedArticle[];
  documentFrequency: Map<string, number>;
}

/** Real text the vocabulary is drawn from. */
export interface CorpusSources {
  french: string;
  english: string;
}

const GENERAL_TAGS = [
  'Politique',
  'Économie',
  'Climat',
  'Santé',
  'Europe',
  'Énergie',
  'Football',
  'Cinéma',
  'Numérique',
  'Espace',
  'Emploi',
  'Élections',
  'Agriculture',
  'Transports',
  'Justice',
  'Éducation',
  'Logement',
  'Diplomatie',
  'Défense',
  'Musique',
  'Littérature',
  'Recherche',
  'Industrie',
  'Banques',
];
const AUTHORS = ['Claire Martin', 'Hugo Bernard', 'Inès Petit', 'Karim Haddad', 'Léa Moreau', 'Tom Girard'];
const FIRST_DATE = Date.UTC(2019, 0, 1);
const DAYS = 7 * 365;

/** The build clock to use with this corpus: after every article's date. */
export const CORPUS_BUILD_DATE = '2026-01-15T12:00:00Z';

interface Story {
  name: string;
  words: string[];
}

interface Writer {
  random: Random;
  common: () => string;
  story: Story;
  rare: readonly string[];
}

function word({ random, common, story, rare }: Writer): string {
  const roll = random();
  if (roll < 0.1) return pick(random, story.words);
  if (roll < 0.15) return pick(random, rare);
  if (roll < 0.165) return String(Math.floor(random() ** 3 * 3000));
  return common();
}

function sentence(writer: Writer, words: number): string {
  const text = Array.from({ length: words }, (_, index) =>
    index > 3 && writer.random() < 0.08 ? `${word(writer)},` : word(writer),
  );
  return `${capitalize(text.join(' ').replace(/,$/, ''))}.`;
}

function paragraph(writer: Writer): string {
  const count = 2 + Math.floor(writer.random() * 4);
  return Array.from({ length: count }, () => sentence(writer, 8 + Math.floor(writer.random() * 18))).join(' ');
}

function body(writer: Writer, target: number, index: number): string {
  const { random } = writer;
  const blocks: string[] = [];
  const links = 1 + Math.floor(random() * 2);
  let written = 0;
  let sinceHeading = 0;
  while (written < target) {
    let block = paragraph(writer);
    if (sinceHeading > 220 && random() < 0.5) {
      block = `## ${sentence(writer, 3 + Math.floor(random() * 5)).replace(/[.,]/g, '')}`;
      sinceHeading = 0;
    } else if (random() < 0.07) {
      block = Array.from(
        { length: 3 + Math.floor(random() * 3) },
        () => `- ${sentence(writer, 4 + Math.floor(random() * 8))}`,
      ).join('\n');
    } else if (random() < 0.04) {
      block = `<p class="encadre">${sentence(writer, 10)} <abbr title="${capitalize(writer.story.name)}">${writer.story.name.slice(0, 3).toUpperCase()}</abbr>.</p>`;
    }
    if (blocks.length < links * 4 && blocks.length % 4 === 3) {
      block += ` [${capitalize(word(writer))}](https://example.org/dossiers/${index}-${blocks.length}/)`;
    }
    blocks.push(block);
    const length = block.split(/\s+/).length;
    written += length;
    sinceHeading += length;
  }
  return blocks.join('\n\n');
}

function frontMatter(writer: Writer, index: number, english: boolean): string {
  const { random, story } = writer;
  const date = new Date(FIRST_DATE + Math.floor(random() * DAYS) * 86_400_000 + Math.floor(random() * 86_400) * 1000);
  const tags = [
    ...new Set([
      capitalize(story.name),
      pick(random, GENERAL_TAGS),
      ...(random() < 0.4 ? [pick(random, GENERAL_TAGS)] : []),
    ]),
  ];
  const lines = [
    `title: ${JSON.stringify(`${capitalize(story.name)} : ${sentence(writer, 5 + Math.floor(random() * 7)).replace(/\.$/, '')}`)}`,
    `date: ${date.toISOString().slice(0, 19)}Z`,
    `section: ${SECTION_IDS[(index * 7 + Math.floor(random() * 3)) % SECTION_IDS.length]}`,
    `tags: ${JSON.stringify(tags)}`,
  ];
  if (random() < 0.6) lines.push(`author: ${JSON.stringify(pick(random, AUTHORS))}`);
  if (random() < 0.5) lines.push(`description: ${JSON.stringify(sentence(writer, 14 + Math.floor(random() * 10)))}`);
  if (english) lines.push('lang: en');
  return `---\n${lines.join('\n')}\n---`;
}

/** Generates `count` articles (the same ones for the same count and seed). */
export function generateCorpus(count: number, sources: CorpusSources, seed = 7): Corpus {
  const random = seededRandom(seed);
  const frenchWords = rankWords(sources.french);
  const englishWords = rankWords(sources.english);
  const known = new Set([...frenchWords, ...englishWords]);
  const french = zipfSampler(frenchWords, random);
  const english = zipfSampler(englishWords, random);
  // About one story per 30 articles, and a pool of rare words (names, jargon) that grows with the archive, as
  // vocabularies do (Heaps' law).
  const stories = Array.from({ length: Math.max(4, Math.round(count / 30)) }, () => {
    const [name, ...words] = inventWords(random, 13, known);
    return { name: name!, words: [...words, ...frenchWords.slice(300 + Math.floor(random() * 1500)).slice(0, 12)] };
  });
  const rare = inventWords(random, Math.round(60 * count ** 0.8), known);
  const documentFrequency = new Map<string, number>();
  const articles = Array.from({ length: count }, (_, index) => {
    const isEnglish = index % 10 === 9;
    const writer: Writer = { random, common: isEnglish ? english : french, story: pick(random, stories), rare };
    const text = body(writer, 300 + Math.floor(random() * 1200), index);
    for (const word of new Set(text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu))) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    const markdown = `${frontMatter(writer, index, isEnglish)}\n\n${text}\n`;
    return { slug: `article-${String(index).padStart(5, '0')}`, markdown };
  });
  return { articles, documentFrequency };
}
