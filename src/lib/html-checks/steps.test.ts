import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { format, placeholderNames } from '../i18n/translate.ts';
import { STEP_CHECKS, runSteps } from './index.ts';

const messages: Record<string, string> = en;

interface Case {
  check: string;
  arg?: string;
  pass: { html?: string; css?: string };
  fail: { html?: string; css?: string };
}

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Ada</title></head><body>${body}</body></html>`;

const cases: Case[] = [
  { check: 'has-doctype', pass: { html: page('') }, fail: { html: '<h1>Ada</h1>' } },
  { check: 'has-element', arg: 'h1', pass: { html: '<h1>Ada</h1>' }, fail: { html: '<h2>Ada</h2>' } },
  // Elements the parser adds by itself do not count as written.
  { check: 'has-element', arg: '<body>', pass: { html: page('') }, fail: { html: '<p>Hi</p>' } },
  { check: 'has-title', pass: { html: page('') }, fail: { html: '<html><head></head></html>' } },
  { check: 'title-not-empty', pass: { html: page('') }, fail: { html: '<title> </title>' } },
  { check: 'has-heading', pass: { html: '<h4>Fact</h4>' }, fail: { html: '<p>Fact</p>' } },
  { check: 'h1-has-text', pass: { html: '<h1>Grace Hopper</h1>' }, fail: { html: '<h1></h1>' } },
  {
    check: 'paragraph-count-at-least',
    arg: '2',
    pass: { html: '<p>One</p><p>Two</p>' },
    fail: { html: '<p>One</p><p> </p>' },
  },
  { check: 'has-image', pass: { html: '<img src="a.svg" alt="A loom">' }, fail: { html: '<p>No picture</p>' } },
  {
    check: 'image-has-meaningful-alt',
    pass: { html: '<img src="a.svg" alt="A loom weaving a pattern"><img src="stars.svg" alt="">' },
    fail: { html: '<img src="a.svg" alt="A loom"><img src="b.svg" alt="picture">' },
  },
  {
    check: 'image-has-meaningful-alt',
    pass: { html: '<img src="a.svg" alt="A loom">' },
    fail: { html: '<img src="a.svg" alt="">' },
  },
  { check: 'has-link', pass: { html: '<a href="https://example.org">Site</a>' }, fail: { html: '<a>Not a link</a>' } },
  {
    check: 'link-has-text',
    pass: { html: '<a href="a.html">About</a><a href="b.html"><img src="b.svg" alt="Home"></a>' },
    fail: { html: '<a href="a.html">About</a><a href="b.html"> </a>' },
  },
  {
    check: 'link-opens-safely',
    pass: { html: '<a href="https://a.org" target="_blank" rel="noopener">A (new tab)</a>' },
    fail: { html: '<a href="https://a.org" target="_blank">A</a>' },
  },
  {
    check: 'link-opens-safely',
    pass: { html: '<a href="x" target="_blank" rel="noreferrer">X</a>' },
    fail: { html: '<a href="x">X</a>' },
  },
  { check: 'has-list', pass: { html: '<ol><li>One</li></ol>' }, fail: { html: '<p>One</p>' } },
  {
    check: 'list-has-items-at-least',
    arg: '3',
    pass: { html: '<ul><li>A</li><li>B</li><li>C</li></ul>' },
    fail: { html: '<ul><li>A</li><li>B</li></ul><ol><li>C</li></ol>' },
  },
  {
    check: 'css-sets-property',
    arg: 'background-color',
    pass: { css: 'body { background-color: lavender; }' },
    fail: { css: 'body { background-color: lavendr; }' },
  },
  // A <style> block in the page counts as much as the CSS file.
  {
    check: 'css-sets-property',
    arg: 'padding',
    pass: { html: '<style>p { padding: 1rem; }</style>' },
    fail: { css: 'p { margin: 1rem; }' },
  },
  {
    check: 'css-uses-color-on',
    arg: 'h1',
    pass: { css: 'h2, h1 { color: teal; }' },
    fail: { css: 'h2 { color: teal; }' },
  },
  {
    check: 'css-uses-color-on',
    arg: '.card > h2',
    pass: { css: '.card>h2 { background: pink; }' },
    fail: { css: '.card h2 { color: red; }' },
  },
  {
    check: 'css-uses-font-family',
    pass: { css: 'body { font-family: serif; }' },
    fail: { css: 'body { font-size: 2rem; }' },
  },
  {
    check: 'css-uses-font-family',
    pass: { css: 'body { font: 1rem/1.5 sans-serif; }' },
    fail: { css: 'body { font-famly: serif; }' },
  },
  {
    check: 'uses-flexbox',
    pass: { css: '.card { display: inline-flex; }' },
    fail: { css: '.card { display: flexbox; }' },
  },
  {
    check: 'uses-gap',
    pass: { css: '.card { display: flex; column-gap: 1rem; }' },
    fail: { css: '.card { display: flex; }' },
  },
  {
    check: 'no-errors',
    pass: { html: '<p>Fine</p>', css: 'p { color: red; }' },
    fail: { html: '<p>Fine</p>', css: 'p { colour: red; }' },
  },
];

describe('step checks', () => {
  it('cover every registered check', () => {
    expect(Object.keys(STEP_CHECKS).filter((name) => !cases.some((c) => c.check === name))).toEqual([]);
  });

  it.each(cases)('$check($arg) passes when the step is done', ({ check, arg, pass }) => {
    const steps = [arg === undefined ? { check } : { check, arg }];
    expect(runSteps(pass.html ?? '', pass.css ?? '', steps)).toEqual([{ pass: true }]);
  });

  it.each(cases)('$check($arg) fails with its kind hint when it is not', ({ check, arg, fail }) => {
    const steps = [arg === undefined ? { check } : { check, arg }];
    const [result] = runSteps(fail.html ?? '', fail.css ?? '', steps);
    expect(result?.pass).toBe(false);
    expect(result?.hint).toBe(`html.step.${check}`);
    // The hint renders completely: every placeholder it names has a value.
    const template = messages[result?.hint ?? ''] ?? '';
    expect(placeholderNames(template).filter((name) => !(name in (result?.params ?? {})))).toEqual([]);
    expect(format(template, result?.params)).not.toMatch(/\{[A-Za-z_]\w*\}/);
  });
});

describe('runSteps', () => {
  it('answers every step in order, from one parse', () => {
    const results = runSteps('<h1>Ada</h1><p>One</p>', '', [
      { check: 'h1-has-text' },
      { check: 'paragraph-count-at-least', arg: 2 },
      { check: 'has-element', arg: 'p' },
    ]);
    expect(results).toEqual([
      { pass: true },
      { pass: false, hint: 'html.step.paragraph-count-at-least', params: { count: 2, found: 1 } },
      { pass: true },
    ]);
  });

  it('fails an unknown check, even one named like an object property', () => {
    for (const check of ['no-such-check', 'constructor', '__proto__', 'toString']) {
      expect(runSteps('', '', [{ check }])).toEqual([
        { pass: false, hint: 'html.step.unknown-check', params: { check } },
      ]);
    }
  });

  it('treats a missing or odd argument kindly', () => {
    expect(runSteps('<p>a</p>', '', [{ check: 'paragraph-count-at-least', arg: 'lots' }])).toEqual([{ pass: true }]);
    expect(runSteps('<p>a</p>', '', [{ check: 'has-element' }])[0]).toMatchObject({
      pass: false,
      params: { tag: '…' },
    });
  });

  it('never throws, whatever it is given', () => {
    const odd = [null, undefined, 42, [{}], [{ check: 7 }], [null]] as unknown as { check: string }[][];
    for (const steps of odd)
      expect(() => runSteps(null as unknown as string, {} as unknown as string, steps)).not.toThrow();
  });
});
