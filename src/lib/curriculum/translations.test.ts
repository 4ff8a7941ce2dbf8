import { describe, expect, it } from 'vitest';
import { buildCurriculum, findLesson } from './index.ts';
import type { LessonInput, TrackInput } from './index.ts';

const tracks: TrackInput[] = [
  { id: 'en/01-start', data: { title: 'Start here', summary: 'en', level: 'beginner', pioneers: ['Ada'] } },
  { id: 'en/02-engine', data: { title: 'The Engine', summary: 'en', level: 'intermediate', pioneers: [] } },
  { id: 'es/01-start', data: { title: 'Empieza aquí', summary: 'es', level: 'beginner', pioneers: ['Ada'] } },
];

function lesson(id: string, title: string, duration = 10): LessonInput {
  return { id, data: { title, summary: '', duration, objectives: [] } };
}

const lessons: LessonInput[] = [
  lesson('en/01-start/01-welcome', 'Welcome'),
  lesson('en/01-start/02-how-to-learn', 'How to learn', 20),
  lesson('en/02-engine/01-cards', 'Cards'),
  lesson('es/01-start/01-welcome', 'Bienvenida', 12),
  // Translated lesson whose track.yaml is not translated yet.
  lesson('es/02-engine/01-cards', 'Tarjetas'),
];

const c = buildCurriculum(tracks, lessons, { locales: ['en', 'es'], defaultLocale: 'en' });
const es = c.locales['es']!;

describe('translations and fallback', () => {
  it('lists every default-locale lesson under the second locale, in the same order', () => {
    expect(c.warnings).toEqual([]);
    expect(es.lessons.map((l) => l.path)).toEqual([
      '/es/start/welcome/',
      '/es/start/how-to-learn/',
      '/es/engine/cards/',
    ]);
  });

  it('uses the translation when it exists', () => {
    expect(es.lessons[0]).toMatchObject({
      id: 'es/01-start/01-welcome',
      locale: 'es',
      contentLocale: 'es',
      fallback: false,
      title: 'Bienvenida',
    });
  });

  it("falls back to the default locale's lesson when no translation exists", () => {
    expect(es.lessons[1]).toMatchObject({
      id: 'en/01-start/02-how-to-learn',
      locale: 'es',
      contentLocale: 'en',
      fallback: true,
      title: 'How to learn',
      path: '/es/start/how-to-learn/',
    });
  });

  it('falls back per item: a translated lesson may sit in an untranslated track', () => {
    const engine = es.tracks[1]!;
    expect(engine).toMatchObject({ id: 'en/02-engine', contentLocale: 'en', fallback: true, path: '/es/engine/' });
    expect(engine.lessons[0]).toMatchObject({ id: 'es/02-engine/01-cards', fallback: false, level: 'intermediate' });
    expect(es.tracks[0]).toMatchObject({ title: 'Empieza aquí', fallback: false });
  });

  it('links prev/next within the locale, using the titles shown there', () => {
    expect(es.lessons[1]!.prev).toEqual({ path: '/es/start/welcome/', title: 'Bienvenida' });
    expect(es.lessons[1]!.next).toEqual({ path: '/es/engine/cards/', title: 'Tarjetas' });
  });

  it('sums durations of the content actually used', () => {
    expect(es.tracks[0]!.duration).toBe(32);
    expect(c.locales['en']!.tracks[0]!.duration).toBe(30);
  });

  it('leaves the default locale untouched', () => {
    expect(c.locales['en']!.lessons.every((l) => !l.fallback && l.contentLocale === 'en')).toBe(true);
    expect(findLesson(c, 'en', 'start', 'welcome')?.title).toBe('Welcome');
  });

  it('lists a published locale with no content at all entirely as fallback', () => {
    const only = buildCurriculum(tracks, lessons, { locales: ['en', 'es', 'ar'], defaultLocale: 'en' });
    const ar = only.locales['ar']!;
    expect(ar.path).toBe('/ar/');
    expect(ar.lessons).toHaveLength(3);
    expect(ar.lessons.every((l) => l.fallback && l.locale === 'ar' && l.path.startsWith('/ar/'))).toBe(true);
  });

  it('publishes the default locale even when the options forgot to list it', () => {
    const only = buildCurriculum(tracks, lessons, { locales: ['es'], defaultLocale: 'en' });
    expect(Object.keys(only.locales)).toEqual(['en', 'es']);
  });

  it('matches locale folders to configured locales regardless of case', () => {
    const mixed = buildCurriculum(
      [
        { ...tracks[0]!, id: 'en/01-start' },
        { ...tracks[2]!, id: 'pt-br/01-start' },
      ],
      [lesson('en/01-start/01-welcome', 'Welcome'), lesson('pt-br/01-start/01-welcome', 'Bem-vinda')],
      { locales: ['en', 'pt-BR'], defaultLocale: 'en' },
    );
    expect(mixed.warnings).toEqual([]);
    expect(mixed.locales['pt-BR']!.lessons[0]).toMatchObject({ title: 'Bem-vinda', path: '/pt-BR/start/welcome/' });
  });
});
