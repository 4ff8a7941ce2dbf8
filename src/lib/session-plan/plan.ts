/**
 * Session plans for facilitators: a list of lessons, activities and breaks that
 * becomes an agenda with clock times and a materials list, and that lives
 * entirely in a URL (no server), so it can be shared as a link.
 */

/** Kinds of agenda item. Lessons and activities come from the catalog; the rest are fixed. */
export type ItemKind = 'lesson' | 'activity' | 'welcome' | 'break' | 'wrap-up';

/** One item of a plan: what, and (for the fixed kinds, or to override) how long. */
export interface PlanItem {
  kind: ItemKind;
  /** Lesson path (`/en/start-here/welcome/`) or activity slug; '' for welcome, break, wrap-up. */
  id: string;
  /** Minutes; for lessons and activities, undefined means "as long as the catalog says". */
  minutes?: number;
}

/** A whole plan as it travels in the URL. */
export interface Plan {
  /** When the session starts, `HH:MM` (24-hour). */
  start: string;
  items: PlanItem[];
}

/** What can go into a plan: the site's lessons and unplugged activities. */
export interface CatalogEntry {
  id: string;
  title: string;
  minutes: number;
  materials: readonly string[];
}
export interface Catalog {
  lessons: readonly CatalogEntry[];
  activities: readonly CatalogEntry[];
}

/** Default lengths of the fixed items, in minutes. */
export const FIXED_MINUTES: Record<'welcome' | 'break' | 'wrap-up', number> = { welcome: 10, break: 10, 'wrap-up': 10 };

/** Limits that keep a link (and the work it causes) small. */
export const LIMITS = { items: 40, minutes: 240, param: 2000 } as const;

/** One row of the agenda. */
export interface AgendaRow {
  kind: ItemKind;
  id: string;
  /** Catalog title; '' for fixed items (the page names them in its language). */
  title: string;
  start: string;
  end: string;
  minutes: number;
}

/** The agenda: rows with times, the total, and the materials of every item, each once. */
export interface Agenda {
  rows: AgendaRow[];
  totalMinutes: number;
  end: string;
  materials: string[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for `HH:MM`, or undefined. */
export function parseTime(text: string): number | undefined {
  const m = TIME.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** `HH:MM` for minutes since midnight (wrapping past midnight). */
export function formatTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function entryFor(item: PlanItem, catalog: Catalog): CatalogEntry | undefined {
  if (item.kind === 'lesson') return catalog.lessons.find((l) => l.id === item.id);
  if (item.kind === 'activity') return catalog.activities.find((a) => a.id === item.id);
  return undefined;
}

/** How long an item takes: its own minutes, else the catalog's, else the fixed default. */
export function itemMinutes(item: PlanItem, catalog: Catalog): number {
  if (item.minutes !== undefined) return item.minutes;
  const entry = entryFor(item, catalog);
  if (entry) return entry.minutes;
  return item.kind === 'lesson' || item.kind === 'activity' ? 0 : FIXED_MINUTES[item.kind];
}

/** Works out the agenda: clock times from the start, the total, and the materials list. */
export function agenda(plan: Plan, catalog: Catalog): Agenda {
  let clock = parseTime(plan.start) ?? 0;
  const rows: AgendaRow[] = [];
  const materials: string[] = [];
  for (const item of plan.items) {
    const minutes = itemMinutes(item, catalog);
    const entry = entryFor(item, catalog);
    rows.push({
      kind: item.kind,
      id: item.id,
      title: entry?.title ?? '',
      start: formatTime(clock),
      end: formatTime(clock + minutes),
      minutes,
    });
    clock += minutes;
    for (const m of entry?.materials ?? []) if (!materials.includes(m)) materials.push(m);
  }
  const totalMinutes = rows.reduce((sum, r) => sum + r.minutes, 0);
  return { rows, totalMinutes, end: formatTime(clock), materials };
}
