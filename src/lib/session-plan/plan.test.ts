import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agenda, decodePlan, encodePlan, formatTime, parseTime, type Catalog, type Plan } from './index.ts';

const catalog: Catalog = {
  lessons: [
    { id: '/en/start-here/welcome/', title: 'Welcome', minutes: 15, materials: ['A device per pair'] },
    { id: '/en/first-webpage/links/', title: 'Links', minutes: 20, materials: ['A device per pair', 'Paper'] },
  ],
  activities: [{ id: 'paper-web-page', title: 'Paper web page', minutes: 25, materials: ['Tag cards', 'Paper'] }],
};

describe('agenda', () => {
  it('adds up running times from the start, with fixed items and overrides', () => {
    const plan: Plan = {
      start: '09:30',
      items: [
        { kind: 'welcome', id: '' },
        { kind: 'lesson', id: '/en/start-here/welcome/' },
        { kind: 'break', id: '', minutes: 15 },
        { kind: 'activity', id: 'paper-web-page' },
        { kind: 'lesson', id: '/en/first-webpage/links/', minutes: 30 },
        { kind: 'wrap-up', id: '' },
      ],
    };
    const a = agenda(plan, catalog);
    expect(a.rows.map((r) => `${r.start}-${r.end} ${r.kind} ${r.minutes}`)).toEqual([
      '09:30-09:40 welcome 10',
      '09:40-09:55 lesson 15',
      '09:55-10:10 break 15',
      '10:10-10:35 activity 25',
      '10:35-11:05 lesson 30',
      '11:05-11:15 wrap-up 10',
    ]);
    expect(a.totalMinutes).toBe(105);
    expect(a.end).toBe('11:15');
    expect(a.materials).toEqual(['A device per pair', 'Tag cards', 'Paper']);
    expect(a.rows[1]!.title).toBe('Welcome');
  });

  it('wraps past midnight and reads only real times', () => {
    expect(formatTime(23 * 60 + 50 + 20)).toBe('00:10');
    expect(parseTime('7:05')).toBeUndefined();
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('18:45')).toBe(18 * 60 + 45);
  });
});

describe('plan links', () => {
  const plan: Plan = {
    start: '14:00',
    items: [
      { kind: 'welcome', id: '' },
      { kind: 'lesson', id: '/en/start-here/welcome/' },
      { kind: 'activity', id: 'paper-web-page', minutes: 30 },
      { kind: 'break', id: '', minutes: 5 },
      { kind: 'wrap-up', id: '' },
    ],
  };

  it('round-trips, in a short readable form', () => {
    const text = encodePlan(plan);
    expect(text).toBe('1.14:00.w,l:/en/start-here/welcome/,a:paper-web-page:30,b:5,x');
    expect(decodePlan(text, catalog)).toEqual({ ok: true, plan, warnings: [] });
    const viaUrl = new URL(`https://x.example/en/facilitators/plan/?plan=${encodeURIComponent(text)}`);
    expect(decodePlan(viaUrl.searchParams.get('plan')!, catalog)).toEqual({ ok: true, plan, warnings: [] });
  });

  it('keeps a stale link usable: a lesson that no longer exists is dropped with a warning', () => {
    const r = decodePlan('1.10:00.l:/en/old-track/gone/,a:paper-web-page', catalog);
    expect(r).toEqual({
      ok: true,
      plan: { start: '10:00', items: [{ kind: 'activity', id: 'paper-web-page' }] },
      warnings: [{ code: 'unknown-item', id: '/en/old-track/gone/' }],
    });
  });

  it('refuses damaged or hostile links with a reason, never an exception', () => {
    expect(decodePlan('', catalog)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan('2.10:00.w', catalog)).toEqual({ ok: false, reason: 'newer-version' });
    expect(decodePlan('1.25:00.w', catalog)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan('1.10:00.l:javascript:alert(1)', catalog)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan('1.10:00.a:../../etc', catalog)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan('1.10:00.b:0', catalog)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan('1.10:00.b:9999', catalog)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan(`1.10:00.${Array(41).fill('w').join(',')}`, catalog)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodePlan('x'.repeat(5000), catalog)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodePlan('1.10:00.__proto__', catalog)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = decodePlan(text, catalog);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
