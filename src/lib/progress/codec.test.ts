import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, exportFile, importFile, parseStored, utf8BytesOver } from './codec.ts';
import { markCompleted, recordCheck, saveDraft, setLearnerName } from './model.ts';
import { emptyProgress, type Progress } from './schema.ts';

const NOW = new Date('2024-06-01T09:00:00.000Z');
const A = '/en/start-here/welcome/';

function sample(): Progress {
  const p = recordCheck(markCompleted(emptyProgress(NOW), A, NOW), A, 'html:title', NOW);
  return setLearnerName(saveDraft(p, 'webpage:/en/first-webpage/skeleton/:html', '<h1>Hi</h1>', NOW), 'Ada', NOW);
}

function envelope(progress: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    app: 'poetical-science',
    kind: 'progress',
    exportedAt: NOW.toISOString(),
    progress,
    ...extra,
  });
}

function notPolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

afterEach(() => {
  vi.restoreAllMocks();
  notPolluted();
});

describe('exportFile and importFile', () => {
  it('round-trips progress through a pretty-printed file', () => {
    const text = exportFile(sample(), NOW);
    expect(text).toContain('\n  "app": "poetical-science",\n  "kind": "progress",');
    expect(JSON.parse(text)).toMatchObject({ exportedAt: NOW.toISOString() });
    expect(importFile(text, NOW)).toEqual({ ok: true, progress: sample() });
  });

  it('keeps a script-like name as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const text = exportFile(setLearnerName(sample(), name, NOW), NOW);
    const result = importFile(text, NOW);
    expect(result.ok && result.progress.learnerName).toBe(name);
  });

  it('migrates a v1 progress inside a file', () => {
    const result = importFile(envelope({ version: 1, completed: [A], visited: [] }), NOW);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('refuses a file from a newer site version', () => {
    expect(importFile(envelope({ version: 3 }), NOW)).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});

describe('importFile: hostile files', () => {
  it('refuses more than 2 MB before parsing anything', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = envelope({ ...sample(), learnerName: 'x'.repeat(3_000_000) });
    expect(importFile(huge, NOW)).toEqual({ ok: false, reason: 'too-large' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts UTF-8 bytes, not characters', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const euros = '€'.repeat(700_000); // 700 000 characters, 2 100 000 bytes
    expect(importFile(euros, NOW)).toEqual({ ok: false, reason: 'too-large' });
    expect(parse).not.toHaveBeenCalled();
    expect(utf8BytesOver('a'.repeat(MAX_FILE_BYTES), MAX_FILE_BYTES)).toBe(false);
    expect(utf8BytesOver('😀'.repeat(MAX_FILE_BYTES / 4), MAX_FILE_BYTES)).toBe(false);
    expect(utf8BytesOver('😀'.repeat(MAX_FILE_BYTES / 4) + 'a', MAX_FILE_BYTES)).toBe(true);
    expect(utf8BytesOver('é', 1)).toBe(true);
  });

  it.each(['', 'not json', '{"app":', "{'app':'poetical-science'}", '\u0000'])('refuses %j as not JSON', (text) => {
    expect(importFile(text, NOW)).toEqual({ ok: false, reason: 'not-json' });
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['another app', JSON.stringify({ app: 'other', kind: 'progress', exportedAt: NOW, progress: {} })],
    ['another kind', JSON.stringify({ app: 'poetical-science', kind: 'settings', progress: {} })],
    ['bare progress', JSON.stringify(sample())],
    ['an inherited app', '{"__proto__": {"app": "poetical-science", "kind": "progress"}}'],
  ])('refuses %s as the wrong file', (_, text) => {
    expect(importFile(text, NOW)).toMatchObject({ ok: false, reason: 'wrong-file' });
  });

  // `@` marks where a hostile `__proto__` entry goes; with `@` removed the file is valid,
  // so a refusal can only be caused by that key.
  const at = JSON.stringify(NOW.toISOString());
  const places: [string, string, string][] = [
    ['the top level', `{@ "version": 2, "lessons": {}, "drafts": {}, "updatedAt": ${at}}`, '{"startedAt": ' + at + '}'],
    ['lessons', `{"version": 2, "lessons": {@}, "drafts": {}, "updatedAt": ${at}}`, `{"startedAt": ${at}}`],
    ['drafts', `{"version": 2, "lessons": {}, "drafts": {@}, "updatedAt": ${at}}`, `{"text": "", "savedAt": ${at}}`],
    [
      'checks',
      `{"version": 2, "lessons": {"${A}": {"startedAt": ${at}, "checks": {@}}}, "drafts": {}, "updatedAt": ${at}}`,
      at,
    ],
    ['a lesson', `{"version": 2, "lessons": {"${A}": {@ "startedAt": ${at}}}, "drafts": {}, "updatedAt": ${at}}`, at],
    ['the envelope', '', ''],
  ];
  const file = (progress: string) => (progress === '' ? envelope(sample()) : envelope('X').replace('"X"', progress));
  const hostile = (template: string, value: string) => {
    const entry = `"__proto__": ${value}`;
    if (template === '') return `{${entry}, ${file('').slice(1)}`;
    return file(template.replace(/@\s?(?=[}])/, entry).replace(/@\s?/, entry + ', '));
  };

  it.each(places)('refuses __proto__ in %s without polluting Object.prototype', (_, template, plausible) => {
    expect(importFile(file(template.replace(/@\s?/, '')), NOW).ok).toBe(true);
    for (const value of ['{"polluted": true}', plausible || '{}']) {
      const text = hostile(template, value);
      expect(text).toContain('"__proto__"');
      expect(importFile(text, NOW)).toMatchObject({ ok: false, reason: 'invalid' });
      notPolluted();
    }
  });

  it.each(['constructor', 'prototype'])('refuses %s as a key', (key) => {
    const drafts = JSON.parse(`{"${key}": {"text": "", "savedAt": "${NOW.toISOString()}"}}`) as unknown;
    expect(importFile(envelope({ ...sample(), drafts }), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
    const lessons = { [A]: { startedAt: NOW.toISOString(), checks: { [key]: NOW.toISOString() } } };
    expect(importFile(envelope({ ...sample(), lessons }), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(importFile(envelope(sample(), { [key]: {} }), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a path-traversal lesson path, naming it in the detail', () => {
    const lessons = { '/en/../../etc/': { startedAt: NOW.toISOString() } };
    const result = importFile(envelope({ ...sample(), lessons }), NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.detail).toContain('lessons./en/../../etc/');
  });

  it.each([
    ['a string for lessons', { lessons: 'all' }],
    ['a number for updatedAt', { updatedAt: 1 }],
    ['an object for a draft text', { drafts: { d: { text: {}, savedAt: NOW.toISOString() } } }],
    ['a control character in the name', { learnerName: 'Ada\u0007' }],
  ])('refuses %s', (_, patch) => {
    expect(importFile(envelope({ ...sample(), ...patch }), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses extra keys in the envelope and a bad export time', () => {
    expect(importFile(envelope(sample(), { note: 'hi' }), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(importFile(envelope(sample(), { exportedAt: 'now' }), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([10_000, 300_000])('survives %i nested arrays', (depth) => {
    const bomb = '['.repeat(depth) + ']'.repeat(depth);
    for (const text of [
      bomb,
      envelope('X').replace('"X"', bomb),
      envelope({ ...sample(), drafts: 'X' }).replace('"X"', bomb),
    ]) {
      const result = importFile(text, NOW);
      expect(result.ok).toBe(false);
      expect(['not-json', 'invalid', 'wrong-file', 'too-large']).toContain(!result.ok && result.reason);
    }
  });

  it('survives deeply nested objects', () => {
    const bomb = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const result = importFile(envelope('X').replace('"X"', bomb), NOW);
    expect(result).toMatchObject({ ok: false });
  });
});

describe('parseStored', () => {
  it('gives empty progress for nothing stored', () => {
    expect(parseStored(null, NOW)).toEqual({ ok: true, progress: emptyProgress(NOW) });
  });

  it('reads a stored value without an envelope', () => {
    expect(parseStored(JSON.stringify(sample()), NOW)).toEqual({ ok: true, progress: sample() });
    expect(parseStored(envelope(sample()), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reports corrupt values without throwing', () => {
    expect(parseStored('{"version":2,', NOW)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseStored('', NOW)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseStored('"text"', NOW)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseStored('[[[[[]]]]]', NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
