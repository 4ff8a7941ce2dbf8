import { describe, expect, it } from 'vitest';
import { checkCatalog, createTranslator, format, placeholderNames } from './index.ts';
import type { Messages } from './index.ts';

describe('format', () => {
  it('fills every placeholder, including repeats, strings and numbers', () => {
    expect(format('Hi {name}, {name}! You have {count} badges.', { name: 'Ada', count: 3 })).toBe(
      'Hi Ada, Ada! You have 3 badges.',
    );
    expect(format('{a}{b}', { a: 0, b: '' })).toBe('0');
  });

  it('leaves a placeholder visible when its param is missing', () => {
    expect(format('Hi {name}, step {step}', { step: 2 })).toBe('Hi {name}, step 2');
    expect(format('Hi {name}')).toBe('Hi {name}');
  });

  it('does not fill placeholders from Object.prototype', () => {
    expect(format('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('treats braces that are not {identifier} as text, with no escape syntax', () => {
    const template = 'function f() { return {}; } {{name}} { name } {1x}';
    expect(format(template, { name: 'N' })).toBe('function f() { return {}; } {N} { name } {1x}');
  });

  it('does not re-read substituted text as a template', () => {
    expect(format('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
    expect(format('{a}', { a: '$& $1' })).toBe('$& $1');
  });
});

describe('placeholderNames', () => {
  it('lists distinct names in order of first use', () => {
    expect(placeholderNames('{b} {a} {b} { c } {_d1}')).toEqual(['b', 'a', '_d1']);
    expect(placeholderNames('no placeholders')).toEqual([]);
  });
});

describe('createTranslator', () => {
  const en: Messages = { 'nav.home': 'Home', 'lesson.minutes': '{count} minutes', 'only.en': 'English only' };
  const es: Messages = { 'nav.home': 'Inicio', 'lesson.minutes': '{count} minutos' };

  function withLog(messages: Messages): { t: ReturnType<typeof createTranslator>; calls: string[] } {
    const calls: string[] = [];
    const t = createTranslator(messages, en, (key, kind) => calls.push(`${kind}:${key}`));
    return { t, calls };
  }

  it('uses the locale message and formats it without calling onMissing', () => {
    const { t, calls } = withLog(es);
    expect(t('nav.home')).toBe('Inicio');
    expect(t('lesson.minutes', { count: 5 })).toBe('5 minutos');
    expect(calls).toEqual([]);
  });

  it("falls back to the source message and reports 'fallback'", () => {
    const { t, calls } = withLog(es);
    expect(t('only.en')).toBe('English only');
    expect(calls).toEqual(['fallback:only.en']);
  });

  it("returns the key itself and reports 'missing' when neither has it", () => {
    const { t, calls } = withLog(es);
    expect(t('nope.key', { x: 1 })).toBe('nope.key');
    expect(calls).toEqual(['missing:nope.key']);
  });

  it('reports every lookup, not just the first', () => {
    const { t, calls } = withLog(es);
    t('only.en');
    t('only.en');
    expect(calls).toEqual(['fallback:only.en', 'fallback:only.en']);
  });

  it('formats fallback messages too', () => {
    const t = createTranslator({}, { greet: 'Hi {name}' });
    expect(t('greet', { name: 'Grace' })).toBe('Hi Grace');
  });

  it('keeps an empty translation rather than falling back', () => {
    const { t, calls } = withLog({ 'nav.home': '' });
    expect(t('nav.home')).toBe('');
    expect(calls).toEqual([]);
  });

  it('never treats inherited properties as messages', () => {
    const { t, calls } = withLog({});
    expect(t('toString')).toBe('toString');
    expect(t('__proto__')).toBe('__proto__');
    expect(calls).toEqual(['missing:toString', 'missing:__proto__']);
  });

  it('works without onMissing', () => {
    expect(createTranslator({}, {})('a.b')).toBe('a.b');
  });
});

describe('checkCatalog', () => {
  const source: Messages = {
    'a.same': 'Hello {name}',
    'b.missing': 'Bye',
    'c.changed': '{count} of {total}',
    'd.plain': 'Plain',
    'e.repeat': '{x} and {x}',
  };

  it('finds missing, extra and mismatched keys', () => {
    const other: Messages = {
      'a.same': '¡Hola {name}!',
      'c.changed': '{count} de {all}',
      'd.plain': 'Sencillo {oops}',
      'e.repeat': '{x}',
      'z.extra': 'Extra',
    };
    expect(checkCatalog(source, other)).toEqual({
      missing: ['b.missing'],
      extra: ['z.extra'],
      placeholderMismatch: ['c.changed', 'd.plain'],
    });
  });

  it('reports nothing for a complete, matching translation', () => {
    expect(checkCatalog(source, { ...source })).toEqual({ missing: [], extra: [], placeholderMismatch: [] });
  });

  it('reports a placeholder dropped from the translation', () => {
    expect(checkCatalog({ k: 'Hi {name}' }, { k: 'Hola' }).placeholderMismatch).toEqual(['k']);
  });

  it('does not count inherited properties as present', () => {
    expect(checkCatalog({ toString: 'x' }, {}).missing).toEqual(['toString']);
    expect(checkCatalog({}, { toString: 'x' }).extra).toEqual(['toString']);
  });
});
