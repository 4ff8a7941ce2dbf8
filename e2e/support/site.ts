import { fileURLToPath } from 'node:url';
import { listPages, pageType } from '../../scripts/site-audit.mjs';

/** The built site the tests run against. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every built page's URL with its type (home, track, lesson, …). */
export function builtPages(): { url: string; file: string; type: string }[] {
  return listPages(dist).map((p: { url: string; file: string }) => ({ ...p, type: pageType(p.url) }));
}
