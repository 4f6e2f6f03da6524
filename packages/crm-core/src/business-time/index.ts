export { addBusinessMinutes } from './add-business-minutes.ts';
export { ALWAYS_OPEN } from './always-open.ts';
export { assertValidBusinessCalendar } from './assert-valid-business-calendar.ts';
export type { BusinessCalendar, WorkingInterval } from './business-calendar.ts';
export { BUSINESS_HORIZON_DAYS } from './business-horizon.ts';
export { businessMinutesBetween } from './business-minutes-between.ts';
export type { Instant } from './parse-instant.ts';
export type { SlaPause } from './sla-pause.ts';
export { type SlaState, type SlaStateInput, type SlaStatus, slaState } from './sla-state.ts';
