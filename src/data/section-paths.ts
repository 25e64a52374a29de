/** The paginated section listings of one edition, with their incremental-build keys. */
import type { PaginateFunction } from 'astro';
import { getSiteData } from './articles.ts';
import { isInEdition, viewOf } from './site-config.ts';
import { withListingKeys } from '../lib/incremental/page-keys.ts';
import type { Edition } from '../lib/site-config.ts';

/** The paths of an edition's section pages: its sections, each listing the edition's articles of that section. */
export async function getSectionPaths(paginate: PaginateFunction, edition: Edition) {
  const { published, banner } = await getSiteData();
  const { SECTIONS, SITE } = viewOf(edition);
  const ofEdition = published.filter((article) => isInEdition(edition, article.lang));
  // The default edition's route has no edition parameter; the others live under src/pages/[edition]/.
  const editionParam = edition.isDefault ? {} : { edition: edition.prefix };
  return SECTIONS.flatMap((section) =>
    withListingKeys(
      paginate(
        ofEdition.filter((article) => article.section === section.id),
        { params: { ...editionParam, section: section.id }, props: { section, edition }, pageSize: SITE.pageSize },
      ),
      { edition: edition.prefix, section, banner },
    ),
  );
}
