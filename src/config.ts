/**
 * The default site configuration: site settings, sections and UI strings. Its default export is what a build uses
 * unless KIOSQUE_CONFIG names another module (src/load-config.ts); code receives the loaded configuration instead of
 * importing this file.
 */
import { ARCHIVE_PART_LIMIT, RECENT_ARTICLES_LIMIT } from './lib/search/split.ts';
import type { Section, SiteConfig, SiteSettings } from './lib/site-config.ts';

export type { Section } from './lib/site-config.ts';

/** UI languages Kiosque ships strings for. */
export type UiLanguage = 'fr' | 'en';

/** Site-wide settings. */
export const SITE = {
  name: 'Kiosque',
  /** Absolute URL the site is served from; used for canonical URLs, feeds and sitemaps. */
  url: 'https://kiosque.example.org',
  /** Default language of articles (BCP 47) and of the UI. */
  lang: 'fr',
  /** Language of the interface strings below: 'fr' or 'en', switchable by config alone. */
  uiLang: 'fr',
  /** Time zone in which publication dates are shown. */
  timeZone: 'Europe/Paris',
  /** Publisher logo (in public/), used in JSON-LD. */
  logo: '/logo.png',
  /** Articles per listing page (sections, tags, archives). */
  pageSize: 20,
  /** Latest articles shown on the home page after the lead. */
  homeLatestCount: 8,
  /** Articles per section block on the home page. */
  homeSectionCount: 3,
  /** Items in the RSS feeds. */
  feedSize: 30,
  /** An article with at least this many second-level headings gets a list of contents. */
  tocMinHeadings: 3,
  /** Maximum related articles under each article. */
  relatedCount: 4,
  /** Add rel="nofollow" to external links in articles. */
  nofollowExternalLinks: true,
  /** Google News sitemap window, in hours before the build. */
  newsSitemapHours: 48,
  /**
   * The search index split (src/lib/search/split.ts): the most articles in the recent index, loaded by every search,
   * and in each archive part, loaded when a search needs older articles.
   */
  searchSplit: { recentArticles: RECENT_ARTICLES_LIMIT, archivePartArticles: ARCHIVE_PART_LIMIT },
} as const satisfies SiteSettings;

/** Astro's cache folder, where Kiosque keeps its own build caches too; KIOSQUE_CACHE_DIR moves it. */
export function getCacheDir(): string {
  return process.env.KIOSQUE_CACHE_DIR ?? './node_modules/.astro';
}

/** The articles folder; KIOSQUE_CONTENT_DIR lets tests and the benchmark build another corpus. */
export function getContentDir(): string {
  return process.env.KIOSQUE_CONTENT_DIR ?? './content/articles';
}

/** Sections, in navigation order. The front matter `section` must be one of these ids. */
export const SECTIONS = [
  {
    id: 'international',
    label: 'International',
    description: 'Diplomatie, conflits et politique dans le monde.',
  },
  {
    id: 'europe',
    label: 'Europe',
    description: 'L’Union européenne, ses institutions et ses voisins.',
  },
  {
    id: 'economie',
    label: 'Économie',
    description: 'Marchés, emploi, énergie et finances publiques.',
  },
  {
    id: 'sciences-tech',
    label: 'Sciences & Tech',
    description: 'Recherche, numérique, espace et santé.',
  },
  {
    id: 'culture',
    label: 'Culture',
    description: 'Livres, cinéma, musique et patrimoine.',
  },
  {
    id: 'sport',
    label: 'Sport',
    description: 'Compétitions, clubs et athlètes.',
  },
] as const satisfies readonly Section[];

/** Id of a declared section. */
export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section ids, as a non-empty tuple for schema enums. */
export const SECTION_IDS = SECTIONS.map((section) => section.id) as [SectionId, ...SectionId[]];

const fr = {
  'site.tagline': 'L’actualité, sans bruit.',
  'nav.label': 'Rubriques',
  'nav.home': 'Accueil',
  'nav.tags': 'Mots-clés',
  'nav.archives': 'Archives',
  'nav.corrections': 'Corrections',
  'nav.search': 'Recherche',
  'nav.editions': 'Éditions',
  'edition.name': 'Édition française',
  'skip.content': 'Aller au contenu',
  'search.label': 'Rechercher un article',
  'search.placeholder': 'Rechercher…',
  'search.submit': 'Rechercher',
  'search.title': 'Recherche',
  'search.noscript': 'La recherche a besoin de JavaScript. Parcourez les articles dans les archives :',
  'search.empty': 'Saisissez un ou plusieurs mots pour rechercher dans les articles.',
  'search.none': 'Aucun article ne correspond à « {query} ».',
  'search.count.one': '1 article trouvé pour « {query} »',
  'search.count.other': '{count} articles trouvés pour « {query} »',
  'search.more': 'Plus de résultats',
  'search.loading': 'Recherche en cours…',
  'search.needsBuild':
    'L’index de recherche n’existe pas encore : lancez « npm run build » une fois, puis rechargez cette page.',
  'search.filters': 'Affiner',
  'search.filter.section': 'Rubrique',
  'search.filter.tags': 'Mot-clé',
  'search.filter.language': 'Langue',
  'search.filter.year': 'Année',
  'search.filter.any': 'Toutes',
  'search.filter.allLanguages': 'Toutes les langues',
  'search.sort': 'Trier par',
  'search.sort.relevance': 'Pertinence',
  'search.sort.date': 'Date (plus récent d’abord)',
  'search.correctedFor': 'Résultats pour « {query} ».',
  'search.searchExact': 'Rechercher plutôt « {query} »',
  'search.didYouMean': 'Vouliez-vous dire',
  'search.didYouMeanEnd': '\u00a0?',
  'search.since': '(articles publiés depuis {year})',
  'search.older': 'Chercher aussi dans les articles d’avant {year}',
  'home.title': 'À la une',
  'home.latest': 'Dernières nouvelles',
  'home.sectionMore': 'Toute la rubrique {section}',
  'article.by': 'Par {authors}',
  'article.published': 'Publié le {date}',
  'article.updated': 'Mis à jour le {date}',
  'article.readingTime': '{minutes} min de lecture',
  'article.tags': 'Mots-clés',
  'article.imageCredit': 'Crédit : {credit}',
  'article.related': 'À lire aussi',
  'article.translation': 'Lire cet article en français',
  'article.toc': 'Sommaire',
  'article.corrections': 'Corrections et mises à jour',
  'article.correction': 'Correction du {date}',
  'article.correctionEntry': '{date}\u00a0: {text}',
  'article.section': 'Rubrique',
  'article.external': '(site externe)',
  'article.and': 'et',
  'section.title': '{section}',
  'section.rss': 'Flux RSS de la rubrique',
  'author.path': 'auteurs',
  'author.articles': 'Ses articles',
  'author.links': 'Ailleurs',
  'live.label': 'En direct',
  'live.ended': 'Ce direct est terminé.',
  'live.updates': 'Le fil, du plus récent au plus ancien',
  'live.reload': 'Rechargez la page pour voir les dernières mises à jour.',
  'breaking.label': 'Alerte',
  'story.path': 'dossiers',
  'story.block': 'Dans ce dossier',
  'story.place': 'Article {index} sur {total}',
  'story.articles': 'Les articles du dossier, dans l’ordre',
  'tags.title': 'Mots-clés',
  'tags.intro': 'Tous les mots-clés, avec le nombre d’articles.',
  'tag.title': 'Mot-clé : {tag}',
  'tag.count.one': '1 article',
  'tag.count.other': '{count} articles',
  'archives.title': 'Archives',
  'archives.intro': 'Tous les articles, mois par mois.',
  'archives.month': '{month}',
  'archives.monthTitle': 'Archives\u00a0: {month}',
  'archives.count.one': '1 article',
  'archives.count.other': '{count} articles',
  'corrections.title': 'Corrections',
  'corrections.intro': 'Toutes les corrections et mises à jour publiées, les plus récentes d’abord.',
  'corrections.none': 'Aucune correction publiée.',
  'corrections.on': 'Sur l’article\u00a0: {article}',
  'pagination.label': 'Pagination',
  'pagination.prev': 'Page précédente',
  'pagination.next': 'Page suivante',
  'pagination.page': 'Page {page}',
  'pagination.current': 'Page {page} sur {total}',
  'notFound.title': 'Page introuvable',
  'notFound.text': 'Cette page n’existe pas ou a été déplacée. Essayez la recherche ou revenez à l’accueil.',
  'footer.rss': 'Flux RSS',
  'footer.about': 'Kiosque, site d’information statique et libre.',
  'footer.sample': 'Les articles de ce site sont des contenus d’exemple.',
  'listing.empty': 'Aucun article pour le moment.',
  'listing.pageTitle': '{title} – page {page}',
  'footnotes.label': 'Notes',
  'footnotes.back': 'Retour à l’appel de note {note}',
} as const;

/** A UI string key. */
export type UiKey = keyof typeof fr;

const en: Record<UiKey, string> = {
  'site.tagline': 'The news, without the noise.',
  'nav.label': 'Sections',
  'nav.home': 'Home',
  'nav.tags': 'Tags',
  'nav.archives': 'Archives',
  'nav.corrections': 'Corrections',
  'nav.search': 'Search',
  'nav.editions': 'Editions',
  'edition.name': 'English edition',
  'skip.content': 'Skip to content',
  'search.label': 'Search articles',
  'search.placeholder': 'Search…',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.noscript': 'Search needs JavaScript. Browse the articles in the archives:',
  'search.empty': 'Type one or more words to search the articles.',
  'search.none': 'No article matches “{query}”.',
  'search.count.one': '1 article found for “{query}”',
  'search.count.other': '{count} articles found for “{query}”',
  'search.more': 'More results',
  'search.loading': 'Searching…',
  'search.needsBuild': 'The search index does not exist yet: run “npm run build” once, then reload this page.',
  'search.filters': 'Refine',
  'search.filter.section': 'Section',
  'search.filter.tags': 'Tag',
  'search.filter.language': 'Language',
  'search.filter.year': 'Year',
  'search.filter.any': 'All',
  'search.filter.allLanguages': 'All languages',
  'search.sort': 'Sort by',
  'search.sort.relevance': 'Relevance',
  'search.sort.date': 'Date (newest first)',
  'search.correctedFor': 'Showing results for “{query}”.',
  'search.searchExact': 'Search instead for “{query}”',
  'search.didYouMean': 'Did you mean',
  'search.didYouMeanEnd': '?',
  'search.since': '(articles published since {year})',
  'search.older': 'Also search articles from before {year}',
  'home.title': 'Top story',
  'home.latest': 'Latest news',
  'home.sectionMore': 'All of {section}',
  'article.by': 'By {authors}',
  'article.published': 'Published {date}',
  'article.updated': 'Updated {date}',
  'article.readingTime': '{minutes} min read',
  'article.tags': 'Tags',
  'article.imageCredit': 'Credit: {credit}',
  'article.related': 'Read next',
  'article.translation': 'Read this article in English',
  'article.toc': 'Contents',
  'article.corrections': 'Corrections and updates',
  'article.correction': 'Correction of {date}',
  'article.correctionEntry': '{date}: {text}',
  'article.section': 'Section',
  'article.external': '(external site)',
  'article.and': 'and',
  'section.title': '{section}',
  'section.rss': 'RSS feed for this section',
  'author.path': 'authors',
  'author.articles': 'Articles',
  'author.links': 'Elsewhere',
  'live.label': 'Live',
  'live.ended': 'This live coverage has ended.',
  'live.updates': 'Updates, newest first',
  'live.reload': 'Reload the page for the latest updates.',
  'breaking.label': 'Breaking',
  'story.path': 'stories',
  'story.block': 'In this story',
  'story.place': 'Article {index} of {total}',
  'story.articles': 'The articles of this story, in order',
  'tags.title': 'Tags',
  'tags.intro': 'Every tag, with its number of articles.',
  'tag.title': 'Tag: {tag}',
  'tag.count.one': '1 article',
  'tag.count.other': '{count} articles',
  'archives.title': 'Archives',
  'archives.intro': 'Every article, month by month.',
  'archives.month': '{month}',
  'archives.monthTitle': 'Archives: {month}',
  'archives.count.one': '1 article',
  'archives.count.other': '{count} articles',
  'corrections.title': 'Corrections',
  'corrections.intro': 'Every published correction and update, newest first.',
  'corrections.none': 'No correction published.',
  'corrections.on': 'On the article: {article}',
  'pagination.label': 'Pagination',
  'pagination.prev': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.page': 'Page {page}',
  'pagination.current': 'Page {page} of {total}',
  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist or has moved. Try searching or go back home.',
  'footer.rss': 'RSS feed',
  'footer.about': 'Kiosque, a free static news site.',
  'footer.sample': 'The articles on this site are sample content.',
  'listing.empty': 'No article yet.',
  'listing.pageTitle': '{title} – page {page}',
  'footnotes.label': 'Footnotes',
  'footnotes.back': 'Back to reference {note}',
};

/** UI strings for each UI language. */
export const UI_STRINGS: Record<UiLanguage, Record<UiKey, string>> = { fr, en };

/** The English edition's sections: the same ids (articles name one section id), English labels. */
const SECTIONS_EN = [
  { id: 'international', label: 'World', description: 'Diplomacy, conflicts and politics around the world.' },
  { id: 'europe', label: 'Europe', description: 'The European Union, its institutions and its neighbours.' },
  { id: 'economie', label: 'Economy', description: 'Markets, jobs, energy and public finance.' },
  { id: 'sciences-tech', label: 'Science & Tech', description: 'Research, digital, space and health.' },
  { id: 'culture', label: 'Culture', description: 'Books, film, music and heritage.' },
  { id: 'sport', label: 'Sport', description: 'Competitions, clubs and athletes.' },
] as const satisfies readonly Section[];

/** The default configuration: the settings, sections and UI strings above, and an English edition. */
export default {
  site: SITE,
  sections: SECTIONS,
  strings: UI_STRINGS[SITE.uiLang],
  editions: [{ lang: 'en', prefix: 'en', sections: SECTIONS_EN, strings: UI_STRINGS.en }],
} satisfies SiteConfig as SiteConfig;
