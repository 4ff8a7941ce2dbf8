import { getCollection, type CollectionEntry } from 'astro:content';
import { GUIDE_KINDS } from '~/content/schemas/guide';
import { DEFAULT_LOCALE } from '~/i18n';

/** One facilitator guide as a locale shows it. */
export interface GuideItem {
  /** The guide's slug: its file name, e.g. run-a-session. */
  slug: string;
  /** The translation for the locale, or the default-locale original. */
  entry: CollectionEntry<'guides'>;
  /** true when the locale has no translation and the original is shown. */
  fallback: boolean;
  /** Address of the guide's page. */
  path: string;
}

/**
 * The guides a locale shows, in page order (kind, then `order`). The default
 * locale's guides decide which guides exist; a translation at the same path
 * (`guides/<locale>/<slug>.mdx`) replaces its original.
 */
export async function getGuides(locale: string): Promise<GuideItem[]> {
  const entries = await getCollection('guides');
  const byId = new Map(entries.map((e) => [e.id, e]));
  const prefix = `${DEFAULT_LOCALE}/`;
  return entries
    .filter((e) => e.id.startsWith(prefix))
    .map((original) => {
      const slug = original.id.slice(prefix.length);
      const translated = byId.get(`${locale}/${slug}`);
      return {
        slug,
        entry: translated ?? original,
        fallback: !translated && locale !== DEFAULT_LOCALE,
        path: `/${locale}/facilitators/${slug}/`,
      };
    })
    .sort(
      (a, b) =>
        GUIDE_KINDS.indexOf(a.entry.data.kind) - GUIDE_KINDS.indexOf(b.entry.data.kind) ||
        a.entry.data.order - b.entry.data.order ||
        a.slug.localeCompare(b.slug),
    );
}
