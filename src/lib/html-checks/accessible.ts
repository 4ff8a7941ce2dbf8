import { attr, descendants, textOf, type HtmlElement } from './html-tree.ts';

// Alt texts that name the kind of thing instead of saying what it shows.
const GENERIC_ALT = new Set([
  'image',
  'img',
  'picture',
  'pic',
  'photo',
  'photograph',
  'graphic',
  'icon',
  'logo',
  'screenshot',
  'placeholder',
  'alt',
  'alt text',
  'text',
  'untitled',
  'an image',
  'a picture',
  'a photo',
  'the image',
  'the picture',
  'the photo',
  'my image',
  'my picture',
  'my photo',
]);
const FILE_NAME = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)$/i;
const CAMERA_NAME = /^(?:img|image|dsc|photo|pic|screenshot)[-_ ]?\d+$/i;

/** What, if anything, is wrong with an image's alt text, for messages and step checks. */
export type AltProblem = 'missing' | 'decorative' | 'generic';

/**
 * Judges the alt text of an `<img>`: absent, empty (allowed for pure decoration),
 * or generic ("image", "photo", a file name like `cat.svg` or `IMG_2041`, or
 * just digits and punctuation). Undefined means it describes something.
 */
export function altProblem(alt: string | undefined, src = ''): AltProblem | undefined {
  if (alt === undefined) return 'missing';
  const text = alt.trim().toLowerCase();
  if (text === '') return 'decorative';
  const file = src.split(/[?#]/)[0]?.split('/').pop()?.toLowerCase() ?? '';
  const stem = file.replace(/\.[^.]*$/, '');
  const generic =
    GENERIC_ALT.has(text) ||
    FILE_NAME.test(text) ||
    CAMERA_NAME.test(text) ||
    /^[\d\W_]+$/.test(text) ||
    (file !== '' && (text === file || text === stem));
  return generic ? 'generic' : undefined;
}

/**
 * True when a link has a name a screen reader can say: its own text, an
 * `aria-label`, `aria-labelledby` or `title`, or an image inside with alt text.
 */
export function linkHasName(link: HtmlElement): boolean {
  for (const name of ['aria-label', 'aria-labelledby', 'title']) if (attr(link, name)?.trim()) return true;
  if (textOf(link).trim() !== '') return true;
  return descendants(link).some(
    (el) => (el.tagName === 'img' && attr(el, 'alt')?.trim()) || attr(el, 'aria-label')?.trim(),
  );
}
