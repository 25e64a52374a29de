/** What a page tells the components it renders, through Astro.locals. */
declare namespace App {
  interface Locals {
    /** The edition the page belongs to (set by article pages from the article's language); default otherwise. */
    edition?: import('../lib/site-config.ts').Edition;
  }
}
