import { LIMITS, parseTime, type Catalog, type ItemKind, type Plan, type PlanItem } from './plan.ts';

/**
 * A plan in a URL parameter, short and readable:
 * `1.09:30.w,l:/en/start-here/welcome/,a:paper-web-page:25,b:15,x`
 * — version, start time, then items: `w` welcome, `b` break, `x` wrap-up (each
 * with optional `:minutes`), `l:<lesson path>` and `a:<activity slug>` (with an
 * optional `:minutes` after them).
 */
export const PLAN_VERSION = 1;

const CODES: Record<ItemKind, string> = { welcome: 'w', break: 'b', 'wrap-up': 'x', lesson: 'l', activity: 'a' };
// A Map, not an object: a code like "__proto__" must find nothing.
const KINDS = new Map(Object.entries(CODES).map(([k, v]) => [v, k as ItemKind]));

/** Why a plan link could not be read; the page explains each kindly. */
export type PlanProblem = 'malformed' | 'too-long' | 'newer-version';

/** Something in a readable link that no longer exists (a renamed lesson): left out, and said. */
export interface PlanWarning {
  code: 'unknown-item';
  id: string;
}

/** Writes a plan as the value of the `plan` URL parameter. */
export function encodePlan(plan: Plan): string {
  const items = plan.items.map((item) => {
    const head =
      item.kind === 'lesson' || item.kind === 'activity' ? `${CODES[item.kind]}:${item.id}` : CODES[item.kind];
    return item.minutes === undefined ? head : `${head}:${item.minutes}`;
  });
  return [String(PLAN_VERSION), plan.start, items.join(',')].join('.');
}

const LESSON_PATH = /^\/[a-z]{2,3}(?:-[A-Za-z]{2,4})?\/[a-z0-9-]+\/[a-z0-9-]+\/$/;
const SLUG = /^[a-z0-9-]{1,80}$/;

function parseMinutes(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= LIMITS.minutes ? n : null;
}

function parseItem(text: string): PlanItem | null {
  const [code, ...rest] = text.split(':');
  const kind = code === undefined ? undefined : KINDS.get(code);
  if (!kind) return null;
  if (kind === 'lesson' || kind === 'activity') {
    // A lesson path contains no ':' but may be followed by ':minutes'.
    const last = rest.at(-1);
    const hasMinutes = rest.length > 1 && /^\d+$/.test(last ?? '');
    const id = (hasMinutes ? rest.slice(0, -1) : rest).join(':');
    const ok = kind === 'lesson' ? LESSON_PATH.test(id) : SLUG.test(id);
    const minutes = parseMinutes(hasMinutes ? last : undefined);
    if (!ok || minutes === null) return null;
    return minutes === undefined ? { kind, id } : { kind, id, minutes };
  }
  if (rest.length > 1) return null;
  const minutes = parseMinutes(rest[0]);
  if (minutes === null) return null;
  return minutes === undefined ? { kind, id: '' } : { kind, id: '', minutes };
}

/**
 * Reads the `plan` URL parameter. Never throws: a damaged or hostile value gives
 * a problem code; lessons or activities that no longer exist are dropped with a
 * warning, so an old shared link still opens.
 */
export function decodePlan(
  param: string,
  catalog: Catalog,
): { ok: true; plan: Plan; warnings: PlanWarning[] } | { ok: false; reason: PlanProblem } {
  if (param.length > LIMITS.param) return { ok: false, reason: 'too-long' };
  const [version, start, list, ...extra] = param.split('.');
  if (extra.length > 0 || version === undefined || start === undefined || list === undefined) {
    return { ok: false, reason: 'malformed' };
  }
  if (!/^\d{1,3}$/.test(version)) return { ok: false, reason: 'malformed' };
  if (Number(version) > PLAN_VERSION) return { ok: false, reason: 'newer-version' };
  if (Number(version) < 1 || parseTime(start) === undefined) return { ok: false, reason: 'malformed' };
  const texts = list === '' ? [] : list.split(',');
  if (texts.length > LIMITS.items) return { ok: false, reason: 'too-long' };
  const items: PlanItem[] = [];
  const warnings: PlanWarning[] = [];
  for (const text of texts) {
    const item = parseItem(text);
    if (!item) return { ok: false, reason: 'malformed' };
    const known =
      item.kind === 'lesson'
        ? catalog.lessons.some((l) => l.id === item.id)
        : item.kind === 'activity'
          ? catalog.activities.some((a) => a.id === item.id)
          : true;
    if (known) items.push(item);
    else warnings.push({ code: 'unknown-item', id: item.id });
  }
  return { ok: true, plan: { start, items }, warnings };
}
