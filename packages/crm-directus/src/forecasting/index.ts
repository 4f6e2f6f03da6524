export { type AdjustingActor, type CheckedAdjustment, checkForecastAdjustment, recordForecastAdjustment } from './check-forecast-adjustment.ts';
export { type LoadedScope, loadForecastScopes } from './forecast-scopes.ts';
export { runForecastWeek } from './run-forecast-week.ts';
export { scoreClosedSnapshots } from './score-closed-snapshots.ts';
export { FORECAST_MONTHS, takeForecastSnapshots } from './take-forecast-snapshots.ts';
export { type ForecastAnswer, loadForecastOverview, type NamedScope } from './load-forecast-overview.ts';
