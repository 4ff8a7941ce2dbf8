// Tables of element names that the HTML checks share. Kept as data so the rules
// that use them read as sentences.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Elements that never have content or an end tag (`<img>`, `<br>`). */
export const VOID_ELEMENTS = words(`area base br col embed hr img input link meta source track wbr
  param keygen basefont bgsound frame`);

/**
 * Elements whose end tag HTML lets you leave out. We still ask learners to write
 * it, but only as a warning: the browser builds the same page either way.
 */
export const OPTIONAL_END = words(`p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rt rp`);

/** Elements the browser adds by itself; forgetting their end tags is never worth a message. */
export const SILENT_END = words('html head body');

// Likeliest first: suggestions break ties in list order, so a learner who types
// `<hedaer>` hears about `<header>` before `<thead>`.
const COMMON = `p h1 h2 h3 h4 h5 h6 div span a img ul ol li strong em header footer main nav section
  article aside figure figcaption button title style head body html br hr table tr td th blockquote`;
const OTHERS = `abbr address area audio b base bdi bdo canvas caption cite code col colgroup data datalist dd
  del details dfn dialog dl dt embed fieldset form hgroup i iframe input ins kbd label legend link map mark
  menu meta meter noscript object optgroup option output param picture pre progress q rp rt ruby s samp
  script search select slot small source sub summary sup tbody template textarea tfoot thead time track u
  var video wbr svg math`;
// Old elements browsers still understand: not worth a "did you mean".
const OBSOLETE = `acronym applet basefont bgsound big blink center dir font frame frameset image isindex keygen
  listing marquee menuitem multicol nextid nobr noembed noframes plaintext rb rtc spacer strike tt xmp`;

/** Every element name the checker recognises, likeliest first. */
export const KNOWN_ELEMENTS: readonly string[] = [...words(`${COMMON} ${OTHERS}`)];

const KNOWN_SET = words(`${COMMON} ${OTHERS} ${OBSOLETE}`);

/** True for standard and still-supported old HTML element names. */
export function isKnownElement(name: string): boolean {
  return KNOWN_SET.has(name);
}

/** Words learners reach for that are not elements, and the element they mean. */
export const ELEMENT_ALIASES: Readonly<Record<string, string>> = {
  bold: 'strong',
  italic: 'em',
  italics: 'em',
  paragraph: 'p',
  para: 'p',
  heading: 'h1',
  list: 'ul',
  item: 'li',
  listitem: 'li',
  underline: 'u',
  navbar: 'nav',
  navigation: 'nav',
  quote: 'blockquote',
  text: 'p',
  break: 'br',
  h7: 'h6',
  h8: 'h6',
  h9: 'h6',
};

/** Start tags that end an open `<p>` (the browser closes the paragraph first). */
export const CLOSES_P = words(`address article aside blockquote center details dialog dir div dl fieldset
  figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre listing section
  summary table ul li dd dt plaintext xmp search`);

/** Elements that stop the browser's search for an element to close implicitly. */
export const SCOPE_LIMITS = words('applet caption html table td th marquee object template button svg math');

/** True for `h1` … `h6`. */
export function isHeading(name: string): boolean {
  return /^h[1-6]$/.test(name);
}
