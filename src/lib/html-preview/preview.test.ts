import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDownload, buildPreview, picturesUsed } from './index.ts';

const O = { origin: 'https://learn.example.org', picturesPath: '/pictures/' };

describe('buildPreview', () => {
  it('adds a base, the preview policy and her CSS as a data: stylesheet', () => {
    const out = buildPreview(
      '<!doctype html><html lang="en"><head><title>Me</title></head><body><h1>Hi</h1></body></html>',
      'h1 { color: teal; }',
      O,
    );
    expect(out).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><base href="https:\/\/learn.example.org\/" target="_blank"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https:\/\/learn.example.org\/pictures\/ data:;/,
    );
    expect(out).toContain(
      `<link rel="stylesheet" href="data:text/css;charset=utf-8,${encodeURIComponent('h1 { color: teal; }')}">`,
    );
    expect(out).toContain('<h1>Hi</h1>');
  });

  it('removes everything that could run, load or navigate', () => {
    const attack = [
      '<script>localStorage.clear()</script>',
      '<img src="pictures/star.svg" onerror="parent.location=1" alt="star">',
      '<a href="javascript:alert(1)">x</a><a href=" JaVa\tScRiPt:alert(1)">y</a>',
      '<a href="https://example.com" target="_top">top</a>',
      '<meta http-equiv="refresh" content="0;url=https://example.com">',
      '<iframe src="https://example.com"></iframe><object data="x.swf"></object><embed src="x">',
      '<base href="https://evil.example/">',
      '<link rel="stylesheet" href="https://evil.example/a.css">',
      '<form action="https://example.com/send"><button formaction="javascript:1">go</button></form>',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">s</a></svg>',
      '<template><script>1</script></template>',
    ].join('\n');
    const out = buildPreview(attack, '', O).toLowerCase();
    expect(out).not.toMatch(
      /<script|onerror|javascript:|target="_top"|http-equiv="refresh"|<iframe|<object|<embed|evil\.example/,
    );
    expect(out).toContain('<img src="pictures/star.svg" alt="star">');
    // Her form stays (the sandbox and the policy forbid submitting it); the javascript: formaction goes.
    expect(out).toContain('<form action="https://example.com/send"><button>go</button></form>');
  });

  it('moves <style> text and style attributes into data: stylesheets, keeping their order', () => {
    const out = buildPreview(
      '<style>p{color:red}</style><p style="color: blue; font-weight: bold">x</p>',
      'p{color:green}',
      O,
    );
    const sheets = [...out.matchAll(/href="data:text\/css;charset=utf-8,([^"]+)"/g)].map((m) =>
      decodeURIComponent(m[1]!),
    );
    expect(sheets).toEqual([
      'p{color:red}',
      'p{color:green}',
      '[data-ps-style="1"]{color: blue !important;font-weight: bold !important}',
    ]);
    expect(out).toContain('<p data-ps-style="1">x</p>');
    expect(out).not.toContain('<style');
  });

  it('makes relative CSS urls absolute and leaves data: and other origins alone (the CSP blocks those)', () => {
    const out = decodeURIComponent(
      buildPreview(
        '',
        'a{background:url(pictures/star.svg)} b{background:url("data:image/png;base64,AA")} c{background:url(https://x.example/y.png)}',
        O,
      ),
    );
    expect(out).toContain('url(https://learn.example.org/pictures/star.svg)');
    expect(out).toContain('url("data:image/png;base64,AA")');
    expect(out).toContain('url(https://x.example/y.png)');
  });

  it('never throws and always keeps the preview policy first in the head', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 200 }), (html, css) => {
        const out = buildPreview(html, css, O);
        expect(
          out.indexOf(
            '<head><base href="https://learn.example.org/" target="_blank"><meta http-equiv="Content-Security-Policy"',
          ),
        ).toBeGreaterThan(-1);
        expect(out.toLowerCase()).not.toContain('<script');
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildDownload', () => {
  const pictures = { 'star.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>Étoile</title></svg>' };

  it('puts her CSS in a <style> and her pictures inline, so the file works on its own', () => {
    const out = buildDownload(
      '<!doctype html><html><head><title>Me</title></head><body><img src="pictures/star.svg" alt="A star"></body></html>',
      'body{background:url(pictures/star.svg)}',
      pictures,
    );
    expect(out.startsWith('<!DOCTYPE html>\n<html>')).toBe(true);
    const data = /<img src="data:image\/svg\+xml;base64,([^"]+)" alt="A star">/.exec(out)?.[1];
    expect(new TextDecoder().decode(Uint8Array.from(atob(data!), (c) => c.charCodeAt(0)))).toBe(pictures['star.svg']);
    expect(out).toMatch(/<style>\nbody\{background:url\("data:image\/svg\+xml;base64,[^"]+"\)\}\n<\/style><\/head>/);
  });

  it('leaves unknown pictures and other addresses as they are', () => {
    const out = buildDownload('<img src="pictures/nope.svg" alt="x"><a href="https://example.org">x</a>', '', pictures);
    expect(out).toContain('src="pictures/nope.svg"');
    expect(out).toContain('href="https://example.org"');
  });

  it('lists the pictures a page uses', () => {
    expect(
      picturesUsed(
        '<img src="pictures/star.svg"><img src="/pictures/gear.svg">',
        'a{background:url(pictures/star.svg)}',
      ).sort(),
    ).toEqual(['gear.svg', 'star.svg']);
  });
});
