import { describe, expect, it } from 'vitest';
import { diagnose } from './index.ts';

// Code, line and column of each diagnostic, in order: the position matters as much as the code.
const found = (html: string) => diagnose(html, '').map((d) => `${d.code} ${d.line}:${d.column}`);

describe('opening and closing tags', () => {
  it('accepts a well-nested page, void elements and self-closed SVG shapes', () => {
    const html = `<main>\n<p>Hi<br>there</p>\n<hr>\n<svg viewBox="0 0 2 2"><circle r="1"/><path d="M0 0"></path></svg>\n</main>`;
    expect(found(html)).toEqual([]);
  });

  it('reads <style>, <script> and <title> as raw text, so tags inside them do not count', () => {
    const html = '<title>a </div> b</title><style>p::before { content: "</p>"; }</style><p>x</p>';
    expect(found(html)).toEqual([]);
  });

  it('reports an unclosed <title>, which would swallow the whole page', () => {
    expect(found('<title>My page\n<h1>Hi</h1>')).toEqual(['html.unclosed-element 1:1']);
  });

  it('names the innermost element left open when an outer one closes', () => {
    expect(found('<div>\n  <section>\n    <span>x\n</div>')).toEqual([
      'html.unclosed-element 2:3',
      'html.mismatched-end-tag 4:1',
    ]);
  });

  it('treats a typo in an end tag as the close of the open element', () => {
    expect(diagnose('<div>Hi</dvi>', '')[0]?.params).toMatchObject({ tag: 'dvi', open: 'div' });
    expect(found('<div>Hi</dvi>')).toEqual(['html.mismatched-end-tag 1:8']);
  });

  it('calls an end tag stray when the open element is closed properly later', () => {
    expect(found('<div>\n  Hi</b>\n</div>')).toEqual(['html.stray-end-tag 2:5']);
  });

  it('warns, without an error, for end tags HTML lets you leave out', () => {
    const result = diagnose('<table><tr><td>1<td>2</table>', '');
    expect(result.map((d) => `${d.severity} ${d.code} ${d.params.tag}`)).toEqual([
      'warning html.unclosed-optional tr',
      'warning html.unclosed-optional td',
      'warning html.unclosed-optional td',
    ]);
  });

  it('says nothing about leaving out </body> and </html>', () => {
    expect(found('<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><p>x</p>')).toEqual([]);
  });

  it('closes an open link when a new one starts, as browsers do', () => {
    expect(found('<a href="a">One\n<a href="b">Two</a>')).toEqual(['html.unclosed-element 1:1']);
  });

  it('reports `</br>` and `</img>` as needless end tags', () => {
    expect(found('<p>a</br>b</p>')).toEqual(['html.void-end-tag 1:5']);
  });

  it('explains a heading started inside another heading', () => {
    expect(found('<h1>Title\n<h2>Sub</h2>')).toEqual(['html.unclosed-element 1:1']);
  });

  it('reports an unclosed strong once, though the browser copies it into later paragraphs', () => {
    expect(found('<p><strong>Bold</p>\n<p>Next</p>\n<p>Last</p>')).toEqual(['html.mismatched-end-tag 1:16']);
  });
});

describe('tags and attributes as written', () => {
  it('finds a quote that swallowed the next attribute, and says nothing else about that tag', () => {
    expect(found('<p>\n<img src="a.svg alt="A cat">\n</p>')).toEqual(['html.unclosed-quote 2:6']);
  });

  it('does not mistake quoted text with an equals sign for a broken quote', () => {
    expect(found('<meta name="viewport" content="width=device-width, initial-scale=1">')).toEqual([]);
    expect(found('<img src="a.svg" alt="2 + 2 = 4, said the loom">')).toEqual([]);
  });

  it('points at the tag the file ended inside', () => {
    expect(found('<p>Hi</p>\n<img src="a.svg"')).toEqual(['html.unfinished-tag 2:1']);
  });

  it('counts line and column after Windows and old Mac line endings', () => {
    expect(found('<p>a</p>\r\n<p>b</p>\r</span>')).toEqual(['html.stray-end-tag 3:1']);
  });
});

describe('what the page contains', () => {
  it('does not flag custom elements, SVG, or elements with a hyphen', () => {
    expect(found('<my-card><svg><linearGradient></linearGradient></svg></my-card>')).toEqual([]);
  });

  it('suggests the closest element, with beginner words mapped to their elements', () => {
    const params = diagnose('<itallic>x</itallic><h7>y</h7><nva>z</nva>', '').map((d) => d.params.suggestion);
    expect(params).toEqual(['em', 'h6', 'nav']);
  });

  it('accepts a link named by aria-label or by a picture with alt text', () => {
    expect(found('<a href="/" aria-label="Home"></a><a href="/x"><img src="x.svg" alt="Next page"></a>')).toEqual([]);
  });

  it('does not ask a page fragment for a <title>', () => {
    expect(found('<h1>Hi</h1>')).toEqual([]);
    expect(found('<!DOCTYPE html>\n<h1>Hi</h1>')).toEqual(['html.missing-title 1:1']);
  });

  it('spots javascript: even with spaces and mixed case', () => {
    expect(found('<a href=" JavaScript:go()">Go</a>')).toEqual(['html.javascript-url 1:4']);
  });
});

describe('pages the tree builder handles in special ways', () => {
  it('accepts a table written in full or with the optional parts left out', () => {
    expect(found('<table>\n<tr><td>1</td></tr>\n</table>')).toEqual([]);
    expect(
      found('<table><caption>C</caption><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>'),
    ).toEqual([]);
  });

  it('accepts lists inside select boxes, definition lists and forms', () => {
    expect(found('<select><option>A</option></select><dl><dt>A</dt><dd>B</dd></dl><form><input></form>')).toEqual([]);
  });

  it('records each tag once, even when the browser handles it twice', () => {
    expect(found('<table><tr><td>1</td></tr></table>\n</table>')).toEqual(['html.stray-end-tag 2:1']);
  });
});

describe('explaining the likeliest slip first', () => {
  it('blames the list inside the paragraph, not the section left open', () => {
    expect(found('<section>\n<p>Intro\n<ul><li>x</li></ul>\n</p>')).toEqual([
      'html.unclosed-element 1:1',
      'html.paragraph-closed-early 4:1',
    ]);
  });
});
