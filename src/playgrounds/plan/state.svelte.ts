import {
  agenda,
  decodePlan,
  encodePlan,
  itemMinutes,
  type Catalog,
  type ItemKind,
  type Plan,
  type PlanItem,
} from '~/lib/session-plan';

/** A starting plan: a welcome and a wrap-up around whatever she adds. */
function defaultPlan(): Plan {
  return {
    start: '10:00',
    items: [
      { kind: 'welcome', id: '' },
      { kind: 'wrap-up', id: '' },
    ],
  };
}

/** The plan builder's state; the arithmetic and the link format live in src/lib/session-plan. */
export class PlanState {
  plan = $state<Plan>(defaultPlan());
  /** i18n keys (with params) of what reading the link found. */
  notices = $state.raw<{ key: string; params?: Record<string, string> }[]>([]);
  readonly catalog: Catalog;

  constructor(catalog: Catalog) {
    this.catalog = catalog;
  }

  get agenda() {
    return agenda(this.plan, this.catalog);
  }

  get param(): string {
    return encodePlan(this.plan);
  }

  /** Opens the plan in a URL's `plan` parameter, or explains why it cannot. */
  load(search: string): void {
    const param = new URLSearchParams(search).get('plan');
    if (param === null) return;
    const result = decodePlan(param, this.catalog);
    if (!result.ok) {
      this.notices = [{ key: `plan.problem.${result.reason}` }];
      return;
    }
    this.plan = result.plan;
    this.notices = result.warnings.map((w) => ({ key: `plan.warning.${w.code}`, params: { id: w.id } }));
  }

  add(kind: ItemKind, id = ''): void {
    if (this.plan.items.length >= 40) return;
    const item: PlanItem = { kind, id };
    // A wrap-up stays last: new items go before it.
    const last = this.plan.items.at(-1);
    const at = last?.kind === 'wrap-up' && kind !== 'wrap-up' ? this.plan.items.length - 1 : this.plan.items.length;
    this.plan.items.splice(at, 0, item);
  }

  move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= this.plan.items.length) return;
    const [item] = this.plan.items.splice(index, 1);
    if (item) this.plan.items.splice(to, 0, item);
  }

  remove(index: number): void {
    this.plan.items.splice(index, 1);
  }

  minutesOf(index: number): number {
    const item = this.plan.items[index];
    return item ? itemMinutes(item, this.catalog) : 0;
  }

  setMinutes(index: number, text: string): void {
    const item = this.plan.items[index];
    const n = Number(text);
    if (item && Number.isInteger(n) && n >= 1 && n <= 240) item.minutes = n;
  }

  setStart(text: string): void {
    if (/^([01]\d|2[0-3]):[0-5]\d$/.test(text)) this.plan.start = text;
  }
}
