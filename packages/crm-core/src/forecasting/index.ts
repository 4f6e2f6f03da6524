export { forecastSeries, type SeriesForecast, SMOOTHING, type SmoothingMethod } from './forecast-series.ts';
export { type ForecastOutcome, type ForecastScore, scoreForecast } from './score-forecast.ts';
export { type ForecastDeal, type WeighedPipeline, weighPipeline } from './weigh-pipeline.ts';
export { assertMonth, forecastWeek, type MonthBounds, monthBounds, monthsAhead, monthsBetween } from './forecast-week.ts';
export {
	FORECAST_SCOPE_KINDS,
	type ForecastScope,
	type ForecastScopeKind,
	type ForecastSnapshotFacts,
	type ForecastSnapshotPlan,
	type MonthRevenue,
	planForecastSnapshot,
} from './plan-forecast-snapshot.ts';
export {
	type AccuracyScore,
	type ForecastAccuracy,
	type HorizonAccuracy,
	type ScoredSnapshot,
	scoreForecastSnapshot,
	type SnapshotOutcome,
	type SnapshotScore,
	summarizeAccuracy,
} from './score-forecast-snapshots.ts';
export { type ForecastAdjustmentFacts, type ForecastAdjustmentPlan, planForecastAdjustment } from './plan-forecast-adjustment.ts';
export { FORECAST_MAX_MONTHS, FORECAST_QUERY_PARAMETERS, type ForecastQuery, parseForecastQuery, parseForecastRun } from './forecast-query.ts';
export { type ForecastMonth, type ForecastOverview, type StoredSnapshot, summarizeForecasts } from './forecast-overview.ts';
