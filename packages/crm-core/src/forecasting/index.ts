export { forecastSeries, type SeriesForecast, SMOOTHING, type SmoothingMethod } from './forecast-series.ts';
export { type ForecastOutcome, type ForecastScore, scoreForecast } from './score-forecast.ts';
export { type ForecastDeal, type WeighedPipeline, weighPipeline } from './weigh-pipeline.ts';
