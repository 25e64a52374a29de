/**
 * The allow list applied to every article after raw HTML is parsed (data only, no code).
 *
 * Built on hast-util-sanitize's GitHub-like default, then narrowed to what a news article needs.
 *
 * Decisions:
 * - URLs: `href` allows http, https, mailto and tel; `src`, `cite` and `longDesc` allow http and https only.
 *   Relative URLs always pass. `data:` is allowed nowhere, not even `data:image/*`: article images are files or
 *   remote URLs, and one rule with no exception is easier to trust than a MIME-type check.
 * - Clobbering: every `id`, `name`, `aria-describedby` and `aria-labelledby` that reaches the sanitizer gets the
 *   `user-content-` prefix, so no author-written id can shadow a global such as `window.pagefind` or a form.
 *   To keep the prefix single, the pipeline asks remark-rehype for unprefixed footnote ids
 *   (`remarkRehypeOptions`), and rehype-fragment-links then points `#x` links at `#user-content-x`.
 *   Heading ids are added before sanitizing (rehype-heading-ids.ts), so they get the prefix too.
 * - Removed whole, content included (`strip`): script, style, template, the raw-text or embedding elements, and
 *   svg and math, whose content is markup or notation, not prose (an inline SVG's text is its labels and styles).
 *   Other unknown elements (form, button, details…) are unwrapped: the element goes, its text stays, and every
 *   child is checked again.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Global attributes from the default that only make sense on forms, which articles never contain. */
const FORM_ATTRIBUTES = new Set([
  'accept',
  'acceptCharset',
  'action',
  'checked',
  'encType',
  'maxLength',
  'method',
  'multiple',
  'prompt',
  'readOnly',
  'selected',
]);

/** Elements the default allows that articles do not need (task-list checkboxes, responsive sources). */
const DROPPED_TAGS = new Set(['input', 'picture', 'source']);

const defaults = defaultSchema.attributes ?? {};

/** Elements dropped together with everything inside them. */
export const STRIPPED_TAGS = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'textarea',
  'select',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'svg',
  'math',
] as const;

/** The sanitize schema for article bodies. */
export const ARTICLE_SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)),
    'abbr',
    'caption',
    'cite',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'u',
    'wbr',
  ],
  attributes: {
    ...Object.fromEntries(Object.entries(defaults).filter(([tag]) => !DROPPED_TAGS.has(tag))),
    '*': (defaults['*'] ?? []).filter((attribute) => typeof attribute !== 'string' || !FORM_ATTRIBUTES.has(attribute)),
    img: [...(defaults['img'] ?? []), ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto']],
    // GFM task lists need the default's classes only with their checkboxes, which are dropped.
    li: [],
    ol: defaults['ol']?.filter((attribute) => typeof attribute === 'string') ?? [],
    ul: defaults['ul']?.filter((attribute) => typeof attribute === 'string') ?? [],
  },
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto', 'tel'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
  required: {},
  strip: [...STRIPPED_TAGS],
};
