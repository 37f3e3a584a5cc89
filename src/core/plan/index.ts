export { type AfterRejectionInput, nextKeepWarm, planAfterRejection } from './after-rejection.js';
export { checkInRecipient, computePlan, touchKey } from './plan.js';
export { PLAN_RULES } from './rules.js';
export { effectiveDue, isOpenTouch, isOverdueTouch, OPEN_TOUCH_STATUSES } from './touch-status.js';
export type { HistoryEvent, HistoryKind, Plan, PlanInput, PlannedTouch, TouchKind, TouchStatus } from './types.js';
export { HISTORY_KINDS, TOUCH_KINDS, TOUCH_STATUSES } from './types.js';
