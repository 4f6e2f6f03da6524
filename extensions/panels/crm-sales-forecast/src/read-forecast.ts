/** Pure reading of GET /crm/forecasts: one scope's forecasts, their history and accuracy, and its open pipeline by stage. */
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

type Raw = Record<string, unknown>;

export const SCOPE_KINDS = ['company', 'team', 'rep'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Whose forecast: the company (no id), a team or a rep. */
export interface ScopeRef {
	kind: ScopeKind;
	id: string | null;
}

export interface ForecastScope extends ScopeRef {
	name: string;
}

/** The latest snapshot of a month, amounts in minor units of the answer's currency. */
export interface ForecastSnapshot {
	id: string;
	/** 'YYYY-MM'. */
	month: string;
	week: string;
	horizonMonths: number;
	takenAt: string;
	closed: number;
	commit: number;
	bestCase: number;
	openPipeline: number;
	/** Closed plus the open pipeline weighted by stage probability. */
	weighted: number;
	/** The repeat business expected in the month. */
	baseline: number;
	baselineMethod: string;
	forecast: number;
	adjustment: number;
	adjustmentReason: string | null;
	/** forecast + adjustment. */
	final: number;
	explanation: string;
}

/** A closed month: the first forecast made in it, the first made a month ahead, and what it sold. */
export interface ForecastMonth {
	month: string;
	inMonth: number | null;
	monthAhead: number | null;
	actual: number | null;
	errorBp: number | null;
	biasBp: number | null;
}

export interface AccuracyScore {
	periods: number;
	months: number;
	mapeBp: number | null;
	biasBp: number | null;
}

export interface HorizonAccuracy extends AccuracyScore {
	horizonMonths: number;
}

export interface ForecastAccuracy {
	explanation: string;
	overall: AccuracyScore;
	/** Nearest horizon first. */
	byHorizon: HorizonAccuracy[];
}

export interface PipelineStage {
	id: string;
	name: string;
	probabilityBp: number;
	deals: number;
	amount: number;
	weighted: number;
}

export interface ForecastView {
	currency: string;
	/** 'YYYY-MM'. */
	thisMonth: string;
	scope: ForecastScope;
	/** The scopes the caller may read, the answer's scope among them. */
	scopes: ForecastScope[];
	/** This month and the months ahead, in order. */
	current: ForecastSnapshot[];
	/** Closed months, oldest first. */
	history: ForecastMonth[];
	accuracy: ForecastAccuracy;
	/** Open deals by stage, in pipeline order. */
	pipeline: PipelineStage[];
}

const CURRENCY = /^[A-Z]{3}$/;
const MONTH = /^\d{4}-\d{2}$/;
const FALLBACK_NAMES: Record<ScopeKind, string> = { company: 'Company', team: 'Unnamed team', rep: 'Unnamed rep' };
export const NOT_SCORED = 'No forecast has been scored yet.';

const monthOrNull = (value: unknown): string | null => {
	const text = textOrNull(value);
	return text && MONTH.test(text) ? text : null;
};

/** A scope the panel can ask for again: the company without an id, a team or a rep with one. */
export function scopeOf(value: unknown): ForecastScope | null {
	if (!isObject(value)) return null;
	const kind = SCOPE_KINDS.find((k) => k === value['kind']);
	const id = textOrNull(value['id']);
	if (!kind || (kind !== 'company' && !id)) return null;
	return { kind, id: kind === 'company' ? null : id, name: textOrNull(value['name']) ?? FALLBACK_NAMES[kind] };
}

export const sameScope = (a: ScopeRef, b: ScopeRef): boolean => a.kind === b.kind && a.id === b.id;

function snapshotOf(r: Raw): ForecastSnapshot | null {
	const id = textOrNull(r['id']);
	const month = monthOrNull(r['month']);
	if (!id || !month) return null;
	const forecast = int(r['forecast']);
	const adjustment = int(r['adjustment']);
	return {
		id,
		month,
		week: textOrNull(r['week']) ?? '',
		horizonMonths: int(r['horizon_months']),
		takenAt: textOrNull(r['taken_at']) ?? '',
		closed: int(r['closed']),
		commit: int(r['commit']),
		bestCase: int(r['best_case']),
		openPipeline: int(r['open_pipeline']),
		weighted: int(r['weighted']),
		baseline: int(r['baseline']),
		baselineMethod: textOrNull(r['baseline_method']) ?? '',
		forecast,
		adjustment,
		adjustmentReason: textOrNull(r['adjustment_reason']),
		final: intOrNull(r['final']) ?? forecast + adjustment,
		explanation: textOrNull(r['explanation']) ?? '',
	};
}

function historyMonthOf(r: Raw): ForecastMonth | null {
	const month = monthOrNull(r['month']);
	if (!month) return null;
	return { month, inMonth: intOrNull(r['in_month']), monthAhead: intOrNull(r['month_ahead']), actual: intOrNull(r['actual']), errorBp: intOrNull(r['error_bp']), biasBp: intOrNull(r['bias_bp']) };
}

function scoreOf(r: Raw): AccuracyScore {
	return { periods: int(r['periods']), months: int(r['months']), mapeBp: intOrNull(r['mape_bp']), biasBp: intOrNull(r['bias_bp']) };
}

function accuracyOf(value: unknown): ForecastAccuracy {
	const r = isObject(value) ? value : {};
	const byHorizon = objectsOf(r['by_horizon'])
		.map((h) => ({ horizonMonths: int(h['horizon_months']), ...scoreOf(h) }))
		.sort((a, b) => a.horizonMonths - b.horizonMonths);
	return { explanation: textOrNull(r['explanation']) ?? NOT_SCORED, overall: scoreOf(isObject(r['overall']) ? r['overall'] : {}), byHorizon };
}

function stageOf(r: Raw): PipelineStage | null {
	const stage = isObject(r['stage']) ? r['stage'] : null;
	const id = stage ? textOrNull(stage['id']) : null;
	if (!stage || !id) return null;
	return { id, name: textOrNull(stage['name']) ?? 'Unnamed stage', probabilityBp: int(r['probability_bp']), deals: int(r['deals']), amount: int(r['amount']), weighted: int(r['weighted']) };
}

const byMonth = <T extends { month: string }>(list: T[]): T[] => list.sort((a, b) => a.month.localeCompare(b.month));

/** The scopes to choose from, each once, the answer's own among them (first when the list lacks it). */
function scopesOf(value: unknown, scope: ForecastScope): ForecastScope[] {
	const listed = objectsOf(value).flatMap((s) => scopeOf(s) ?? []);
	const unique = listed.filter((s, i) => listed.findIndex((t) => sameScope(s, t)) === i);
	return unique.some((s) => sameScope(s, scope)) ? unique : [scope, ...unique];
}

/** The forecast as the panel shows it; null when the answer has no currency, month or scope to read. */
export function fromForecastResponse(body: unknown): ForecastView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const currency = data ? textOrNull(data['currency']) : null;
	const thisMonth = data ? monthOrNull(data['this_month']) : null;
	const scope = data ? scopeOf(data['scope']) : null;
	if (!data || !currency || !CURRENCY.test(currency) || !thisMonth || !scope) return null;
	return {
		currency,
		thisMonth,
		scope,
		scopes: scopesOf(data['scopes'], scope),
		current: byMonth(objectsOf(data['current']).flatMap((r) => snapshotOf(r) ?? [])),
		history: byMonth(objectsOf(data['history']).flatMap((r) => historyMonthOf(r) ?? [])),
		accuracy: accuracyOf(data['accuracy']),
		pipeline: objectsOf(data['pipeline']).flatMap((r) => stageOf(r) ?? []),
	};
}

/** The query of GET /crm/forecasts for a scope the user picked (none: the server picks the caller's default). */
export function forecastParams(scope: ScopeRef | null, months = 12): Record<string, string | number> {
	if (!scope) return { months };
	return scope.id === null ? { scope: scope.kind, months } : { scope: scope.kind, id: scope.id, months };
}
