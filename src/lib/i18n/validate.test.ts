import { describe, expect, it } from 'vitest';
import { validateMessages } from './index.ts';

function errorOf(value: unknown): string {
  const result = validateMessages(value);
  if (result.ok) throw new Error('expected the catalog to be rejected');
  return result.error;
}

describe('validateMessages', () => {
  it('accepts a flat object of strings and returns a prototype-free copy', () => {
    const input = { 'nav.home': 'Home', 'lesson.minutes': '{count} minutes', empty: '' };
    const result = validateMessages(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ ...result.messages }).toEqual(input);
    expect(result.messages).not.toBe(input);
    expect(Object.getPrototypeOf(result.messages)).toBeNull();
  });

  it('accepts an empty catalog and a null-prototype object', () => {
    expect(validateMessages({}).ok).toBe(true);
    const bare = Object.create(null) as Record<string, string>;
    bare['a'] = 'A';
    expect(validateMessages(bare).ok).toBe(true);
  });

  it.each([
    [null, /got null/],
    [undefined, /got undefined/],
    ['Home', /got a string/],
    [42, /got a number/],
    [['Home'], /got an array/],
  ])('rejects %j that is not an object', (value, pattern) => {
    expect(errorOf(value)).toMatch(pattern);
  });

  it('rejects class instances and other non-plain objects', () => {
    expect(errorOf(new Map([['a', 'b']]))).toMatch(/plain object/);
    expect(errorOf(new Date())).toMatch(/plain object/);
  });

  it('rejects nested objects, naming the key and suggesting dotted keys', () => {
    const error = errorOf({ ok: 'fine', nav: { home: 'Home' } });
    expect(error).toContain('"nav"');
    expect(error).toContain('flat dotted keys');
  });

  it.each([
    [{ a: 1 }, /"a".*a number/],
    [{ a: true }, /"a".*a boolean/],
    [{ a: null }, /"a".*null/],
    [{ a: ['x'] }, /"a".*an array/],
  ])('rejects non-string value in %j', (value, pattern) => {
    expect(errorOf(value)).toMatch(pattern);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s from parsed JSON', (key) => {
    // JSON.parse makes `__proto__` an own property, exactly as a hostile file would.
    const parsed: unknown = JSON.parse(`{"ok": "fine", "${key}": "x"}`);
    expect(errorOf(parsed)).toContain(`"${key}" is not allowed`);
  });

  it('rejects an empty key', () => {
    expect(errorOf({ '': 'x' })).toMatch(/empty/);
  });

  it('rejects symbol keys', () => {
    expect(errorOf({ [Symbol('s')]: 'x' })).toMatch(/Symbol\(s\)/);
  });

  it('rejects getters without running them', () => {
    let ran = false;
    const sneaky = {
      get trap(): string {
        ran = true;
        return 'x';
      },
    };
    expect(errorOf(sneaky)).toMatch(/"trap".*getter/);
    expect(ran).toBe(false);
  });
});
