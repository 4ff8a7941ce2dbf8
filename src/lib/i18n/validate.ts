import type { Messages } from './translate.ts';

/** The result of checking an untrusted value as a message catalog. */
export type ValidationResult = { ok: true; messages: Messages } | { ok: false; error: string };

// Keys that could reach or replace an object's prototype if a catalog were ever
// merged or copied carelessly; no real message needs them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks that a value (typically parsed JSON) is a catalog: a plain object whose
 * own properties are all non-empty string keys with string values. Rejects
 * arrays, nested objects, non-string values, symbol keys, getters and the keys
 * `__proto__`, `constructor` and `prototype`. On success, `messages` is a fresh
 * copy with no prototype, so lookups can never hit inherited properties. The
 * error names the first offending key.
 */
export function validateMessages(value: unknown): ValidationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `A message catalog must be a JSON object of strings, but got ${kindOf(value)}.` };
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    return { ok: false, error: 'A message catalog must be a plain object, not an instance of a class.' };
  }

  const messages: Messages = Object.create(null) as Messages;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') {
      return { ok: false, error: `Catalog keys must be strings, but found ${String(key)}.` };
    }
    if (key === '') return { ok: false, error: 'Catalog keys must not be empty.' };
    if (FORBIDDEN_KEYS.has(key)) {
      return { ok: false, error: `Catalog key "${key}" is not allowed; rename it (for example "${key}.text").` };
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    // Reading a getter would run code from the catalog; data properties only.
    if (!descriptor || !('value' in descriptor)) {
      return { ok: false, error: `Catalog key "${key}" must be a plain value, not a getter or setter.` };
    }
    const text: unknown = descriptor.value;
    if (typeof text !== 'string') {
      const hint =
        typeof text === 'object' && text !== null ? ' Use flat dotted keys ("nav.home") instead of nesting.' : '';
      return { ok: false, error: `Catalog key "${key}" must map to a string, but maps to ${kindOf(text)}.${hint}` };
    }
    messages[key] = text;
  }
  return { ok: true, messages };
}
