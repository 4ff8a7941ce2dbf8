import { describe, expect, it } from 'vitest';
import { analyzeCss } from './css-check.ts';
import { diagnose } from './index.ts';

const found = (css: string) => diagnose('', css).map((d) => `${d.code} ${d.line}:${d.column}`);

describe('CSS checks', () => {
  it('accepts modern CSS a learner might copy: custom properties, var(), calc(), nesting, @font-face', () => {
    const css = `:root { --pink: #f0c; }
.card { color: var(--pink); width: calc(100% - 2rem); aspect-ratio: 1 / 1; inset: 0; }
.card { & h2 { color: oklch(70% 0.1 200); } }
@font-face { font-family: "Mine"; src: url("fonts/mine.woff2") format("woff2"); }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
p { -webkit-text-size-adjust: 100%; margin: 0 auto; font: italic 700 1rem/1.4 serif; }`;
    expect(found(css)).toEqual([]);
  });

  it('puts a missing semicolon on the line that needs it, once per swallowed declaration', () => {
    const css = 'p {\n  color: red\n  background: blue\n  margin: 0;\n}';
    expect(found(css)).toEqual(['html.css-missing-semicolon 2:10', 'html.css-missing-semicolon 3:15']);
    expect(diagnose('', css)[1]?.params).toMatchObject({ property: 'color', next: 'margin' });
  });

  it('does not read `name:` inside strings or url() as a missing semicolon', () => {
    expect(found('p::before { content: "note: read this"; background: url(data:image/png;base64,AA) }')).toEqual([]);
  });

  it('suggests a unit only where adding px makes the value valid', () => {
    expect(found('p { margin: 0; line-height: 1.5; z-index: 2; opacity: .5; }')).toEqual([]);
    expect(diagnose('', 'p { padding: 0 16; }')[0]?.params).toMatchObject({ value: '16', suggestion: '16px' });
  });

  it('keeps quiet after an unclosed brace or comment instead of repeating itself', () => {
    expect(found('p {\n  color: red;\n\nh1 { color: blue }\n.card: hover { }')).toEqual(['html.css-missing-brace 1:3']);
    expect(found('/* note\np { color: red }\n.card: hover { }')).toEqual(['html.css-unclosed-comment 1:1']);
  });

  it('reports at most a few unclosed braces', () => {
    expect(found('{'.repeat(50)).length).toBeLessThanOrEqual(5);
  });

  it('lists rules with their declarations for the step checks', () => {
    const { rules } = analyzeCss('h1, .title { color: teal; colour: red }\n@media (width > 1px) { p { gap: 1rem } }');
    expect(rules).toEqual([
      {
        selector: 'h1,.title',
        declarations: [
          { property: 'color', value: 'teal', valid: true },
          { property: 'colour', value: 'red', valid: false },
        ],
      },
      { selector: 'p', declarations: [{ property: 'gap', value: '1rem', valid: true }] },
    ]);
  });

  it('checks CSS in style attributes, with positions in the HTML file', () => {
    const result = diagnose('<p>\n<span style="color: bleu; font-size: 2rem">x</span></p>', '');
    expect(result.map((d) => `${d.file} ${d.code} ${d.line}:${d.column}`)).toEqual([
      'html html.css-misspelt-value 2:21',
    ]);
  });
});

describe('the selector named for a missing brace', () => {
  it('is the text right before the brace, without comments', () => {
    const [d] = diagnose('', '/* my page */\n.card h2 {\n  color: teal;\n');
    expect(d?.params).toMatchObject({ selector: '.card h2', line: 2 });
  });
});
