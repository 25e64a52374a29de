/**
 * The share card's layout (1200×630, for og:image): the hero image under a dark gradient, or a plain dark ground, with
 * the section, the headline and the site name. Pure: a satori element tree from the card's content.
 */
import { truncate } from '../text.ts';

/** Open Graph's recommended size. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the layout changes, so cached cards are redrawn. */
export const CARD_LAYOUT_VERSION = 2;
/** The font family name the layout uses (the fonts are passed to the renderer under it). */
export const CARD_FONT = 'Source Serif 4';

/** What a card shows (the hero image itself is laid under the drawing by the renderer). */
export interface CardContent {
  title: string;
  section: string;
  siteName: string;
  /** Whether a hero image lies under the card: the ground is then a see-through gradient that keeps text legible. */
  hero: boolean;
}

/** A satori element: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

/** Headlines longer than this are cut on a word (four lines at the card's type size). */
const MAX_TITLE = 120;

/** The element tree satori draws. */
export function cardLayout(content: CardContent): CardNode {
  const fill = { position: 'absolute', top: 0, left: 0, right: 0, bottom: 0 } as const;
  const layers: CardNode[] = [
    node('div', {
      ...fill,
      backgroundImage: content.hero
        ? 'linear-gradient(180deg, rgba(18,19,20,0.15) 0%, rgba(18,19,20,0.55) 45%, rgba(18,19,20,0.92) 100%)'
        : 'linear-gradient(135deg, #121314 0%, #2a1416 100%)',
    }),
    node(
      'div',
      { ...fill, display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', padding: '56px 64px' },
      [
        node('div', { color: '#ff8f85', fontSize: 30, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }, [
          content.section,
        ]),
        node('div', { color: '#ffffff', fontSize: 62, fontWeight: 700, lineHeight: 1.12, marginTop: 14 }, [
          truncate(content.title, MAX_TITLE),
        ]),
        node('div', { color: '#e9e7e2', fontSize: 28, fontWeight: 400, marginTop: 26 }, [content.siteName]),
      ],
    ),
  ];
  return node(
    'div',
    {
      display: 'flex',
      position: 'relative',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: content.hero ? 'transparent' : '#121314',
    },
    layers,
  );
}
