export { type ActivityCounts, type ActivityFacts, type ActivityRow, computeActivityAttainment, type MeasureAttainment } from './activity-attainment.ts';
export { ACTIVITY_MEASURES, type ActivityMeasure, type ActivityTarget, assertActivityTargetValid, assertCallerSetsTarget } from './activity-target.ts';
export { EARTH_RADIUS_M, formatKm, type GeoPoint, haversineMetres, MICRODEGREES_PER_DEGREE, parseGeoPoint } from './geo-point.ts';
export { type CalendarWeek, calendarWeekOf } from './calendar-week.ts';
export { orderRoute, type RouteOrder, type RouteStop } from './order-route.ts';
export { assertVisitPlanValid, managesRep, type PlanRep, type VisitCaller, VISIT_PLAN_STATUSES, type VisitPlanFacts } from './visit-plan-rules.ts';
export { ACTIVITY_QUERY_PARAMETERS, parseActivityQuery } from './activity-query.ts';
