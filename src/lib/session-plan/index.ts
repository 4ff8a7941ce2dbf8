/** Facilitators' session plans: agenda arithmetic and the plan-in-a-URL format. */
export { agenda, itemMinutes, parseTime, formatTime, FIXED_MINUTES, LIMITS } from './plan.ts';
export type { Agenda, AgendaRow, Catalog, CatalogEntry, ItemKind, Plan, PlanItem } from './plan.ts';
export { encodePlan, decodePlan, PLAN_VERSION } from './url.ts';
export type { PlanProblem, PlanWarning } from './url.ts';
