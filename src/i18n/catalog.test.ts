import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '~/content/schemas/level';
import { PIONEER_IDS } from '~/content/schemas/pioneer';
import { validateMessages } from '~/lib/i18n';
import en from './en.json';

const src = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : /\.(astro|svelte|ts)$/.test(name) && !name.endsWith('.test.ts')
        ? [path]
        : [];
  });
}

describe('the English catalog', () => {
  it('is a valid flat catalog', () => {
    expect(validateMessages(en)).toMatchObject({ ok: true });
  });

  it('quotes program text in pairs of backticks, which playgrounds show as code', () => {
    const unbalanced = Object.entries(en).filter(([, text]) => text.split('`').length % 2 === 0);
    expect(unbalanced.map(([key]) => key)).toEqual([]);
  });

  it('has every key that a component asks for by name', () => {
    const keys = new Set(Object.keys(en));
    const used = new Set<string>();
    for (const file of files(src)) {
      const text = readFileSync(file, 'utf8');
      // t('key'), s('key') and string lists of keys handed to pickStrings.
      for (const m of text.matchAll(/\b[ts]\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/^\s*'((?:mill|search)\.[\w.-]+)',?$/gm)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('names every level and pioneer the schemas allow', () => {
    for (const level of LEVELS) expect(en).toHaveProperty([`level.${level}`]);
    for (const id of PIONEER_IDS) expect(en).toHaveProperty([`pioneer.${id}.name`]);
  });
});
