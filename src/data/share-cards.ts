/**
 * Share cards (the og:image of each article), drawn at build time and cached by content: a card's file in the cache
 * folder is named by the digest of what it shows, so an unchanged article's card is read back, never redrawn, even
 * after `astro build --force` or a code change elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';
import { getCacheDir } from '../config.ts';
import { digest } from '../lib/incremental/page-keys.ts';
import { CARD_FONT, CARD_LAYOUT_VERSION } from '../lib/share-card/layout.ts';
import { renderCard } from '../lib/share-card/render.ts';
import type { SiteArticle } from './site-article.ts';

/** The Latin, Greek and Cyrillic subsets of Source Serif 4 (SIL OFL), as WOFF: satori reads no WOFF2. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  if (fonts) return fonts;
  const folder = join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE')), 'files');
  fonts = FONT_SUBSETS.flatMap((subset) =>
    ([700, 400] as const).map((weight) => ({
      name: CARD_FONT,
      weight,
      style: 'normal' as const,
      data: readFileSync(join(folder, `source-serif-4-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** What a card shows besides the article: its section's label (in the article's edition) and the site's name. */
export interface CardContext {
  sectionLabel: string;
  siteName: string;
}

/** What a card shows: the key of its cached file and of its page in Astro's incremental cache. */
export function shareCardKey(article: SiteArticle, context: CardContext): string {
  const image = article.image && {
    src: article.image.src,
    width: article.image.width,
    height: article.image.height,
  };
  const { sectionLabel: section, siteName: site } = context;
  return digest({ version: CARD_LAYOUT_VERSION, title: article.title, section, site, image });
}

/** The card's JPEG bytes: from the cache folder when its content was drawn before, else drawn and cached. */
export async function getShareCard(article: SiteArticle, context: CardContext): Promise<Uint8Array> {
  const folder = join(getCacheDir(), 'kiosque-cards');
  const file = join(folder, `${shareCardKey(article, context)}.jpg`);
  if (existsSync(file)) return readFileSync(file);
  // Astro's image metadata carries the source file's path (not enumerable) at build time.
  const heroPath = (article.image as { fsPath?: string } | undefined)?.fsPath;
  const bytes = await renderCard(
    { title: article.title, section: context.sectionLabel, siteName: context.siteName },
    loadFonts(),
    heroPath ? readFileSync(heroPath) : undefined,
  );
  mkdirSync(folder, { recursive: true });
  // Written under a temporary name and renamed, so an interrupted build never leaves half a card behind.
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  return bytes;
}
