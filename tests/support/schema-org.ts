/**
 * A small check of JSON-LD against the schema.org types Kiosque writes: every property must be one schema.org defines
 * on the type or a type it inherits from (https://schema.org/<Type>, "Properties from …"), nested objects are checked
 * with their own @type, and the properties search engines require or expect must be there.
 */

const THING = ['name', 'description', 'url', 'image', 'sameAs', 'mainEntityOfPage', 'identifier'];
const CREATIVE_WORK = [
  ...THING,
  'author',
  'publisher',
  'datePublished',
  'dateModified',
  'headline',
  'inLanguage',
  'keywords',
  'text',
  'correction',
];
const ARTICLE = [...CREATIVE_WORK, 'articleBody', 'articleSection', 'wordCount'];
const ORGANIZATION = [...THING, 'logo'];

/** Properties schema.org defines on each type (own and inherited), limited to the types Kiosque uses. */
const PROPERTIES: Record<string, string[]> = {
  Person: [...THING, 'jobTitle', 'worksFor', 'email'],
  Organization: ORGANIZATION,
  NewsMediaOrganization: ORGANIZATION,
  ImageObject: [...CREATIVE_WORK, 'contentUrl', 'width', 'height'],
  WebPage: [...CREATIVE_WORK, 'breadcrumb'],
  ProfilePage: [...CREATIVE_WORK, 'mainEntity'],
  CorrectionComment: [...CREATIVE_WORK],
  NewsArticle: [...ARTICLE, 'dateline'],
  BlogPosting: ARTICLE,
  LiveBlogPosting: [...ARTICLE, 'coverageStartTime', 'coverageEndTime', 'liveBlogUpdate'],
};

/** What a type must carry to be useful: Google's required or recommended properties for these types. */
const EXPECTED: Record<string, string[]> = {
  Person: ['name'],
  NewsArticle: ['headline', 'datePublished', 'author', 'publisher'],
  BlogPosting: ['headline', 'datePublished'],
  LiveBlogPosting: ['headline', 'datePublished', 'author', 'coverageStartTime', 'liveBlogUpdate'],
};

/** Returns the problems found in a JSON-LD value ("NewsArticle.foo: not a schema.org property"); empty when valid. */
export function checkSchemaOrg(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => checkSchemaOrg(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string') return [`${path || 'root'}: has no @type`];
  const allowed = PROPERTIES[type];
  if (!allowed) return [`${path || type}: ${type} is not a type this check knows`];
  const problems: string[] = [];
  for (const [key, child] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    if (!allowed.includes(key)) problems.push(`${type}.${key}: not a schema.org property of ${type}`);
    problems.push(...checkSchemaOrg(child, `${path}${path ? '.' : ''}${type}.${key}`));
  }
  for (const key of EXPECTED[type] ?? []) {
    if (record[key] === undefined) problems.push(`${type}.${key}: expected, missing`);
  }
  return problems;
}
