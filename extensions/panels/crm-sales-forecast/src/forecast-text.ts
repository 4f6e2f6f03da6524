/** The forecast in words: amounts with their currency, shares and errors in %, months as "Dec 2026", names rather than ids. */
import { formatMoneyLabel, formatPercent, groupThousands, monthLabel } from '@crm/studio';
import type { AccuracyScore, ForecastScope, ForecastSnapshot, ForecastView, PipelineStage, ScopeKind } from './read-forecast.ts';

const MINUS = '−';
const NONE = '–';

/** Where managers adjust a snapshot: its item page in the Studio. */
export const SNAPSHOT_COLLECTION = 'crm_forecast_snapshots';

export const EMPTY_TEXT = 'No forecast has been taken yet: the CRM takes one every Monday.';

/** A signed amount: "+5,000.00 EUR", "−250.00 EUR", "±0.00 EUR". */
export function signedMoney(minor: number, currency: string): string {
	const text = formatMoneyLabel(Math.abs(minor), currency);
	if (minor === 0) return `±${text}`;
	return minor > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** A signed share in basis points: 310 → "+3.1 %", -250 → "−2.5 %", 0 → "±0 %", none → "–". */
export function signedPercent(bp: number | null): string {
	if (bp === null) return NONE;
	const text = formatPercent(Math.abs(bp));
	if (bp === 0) return `±${text}`;
	return bp > 0 ? `+${text}` : `${MINUS}${text}`;
}

export const percentOrNone = (bp: number | null): string => (bp === null ? NONE : formatPercent(bp));

/** "1 month", "12 months". */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string => `${groupThousands(String(n))} ${n === 1 ? singular : plural}`;

/** What a forecast made `horizonMonths` before its month is called: "In the month", "A month ahead", "2 months ahead". */
export function horizonLabel(horizonMonths: number): string {
	if (horizonMonths <= 0) return 'In the month';
	return horizonMonths === 1 ? 'A month ahead' : `${horizonMonths} months ahead`;
}

/** Which of the coming months a card is: "This month", "Next month", "In 2 months". */
export function comingLabel(horizonMonths: number): string {
	if (horizonMonths <= 0) return 'This month';
	return horizonMonths === 1 ? 'Next month' : `In ${horizonMonths} months`;
}

// ---------------------------------------------------------------- scope selector

export interface ScopeChoice {
	/** The option's value: "company", "team:<id>", "rep:<id>". */
	value: string;
	text: string;
}

export interface ScopeGroup {
	/** The optgroup's label; null for the company, listed on its own. */
	label: string | null;
	choices: ScopeChoice[];
}

const GROUP_LABELS: Record<ScopeKind, string | null> = { company: null, team: 'Teams', rep: 'Reps' };

export const scopeKey = (scope: Pick<ForecastScope, 'kind' | 'id'>): string => (scope.id === null ? scope.kind : `${scope.kind}:${scope.id}`);

/** The selector's options by name: the company, then the teams, then the reps, each group in the answer's order. */
export function scopeGroups(scopes: readonly ForecastScope[]): ScopeGroup[] {
	const kinds: ScopeKind[] = ['company', 'team', 'rep'];
	return kinds
		.map((kind) => ({ label: GROUP_LABELS[kind], choices: scopes.filter((s) => s.kind === kind).map((s) => ({ value: scopeKey(s), text: s.name })) }))
		.filter((g) => g.choices.length > 0);
}

/** The scope an option's value names, among those listed; null for any other. */
export function scopeByKey(scopes: readonly ForecastScope[], key: string): ForecastScope | null {
	return scopes.find((s) => scopeKey(s) === key) ?? null;
}

// ---------------------------------------------------------------- cards

export interface ForecastCard {
	id: string;
	/** "Dec 2026". */
	month: string;
	/** "This month", "Next month", "In 2 months". */
	coming: string;
	final: string;
	/** "Won … · Weighted pipeline … (of … open) · Repeat business …". */
	parts: string;
	commit: string;
	bestCase: string;
	/** "Adjusted +5,000.00 EUR: reason"; '' when not adjusted. */
	adjustment: string;
	/** "Taken on 2026-12-07"; '' when the answer says not when. */
	taken: string;
	explanation: string;
	adjustHref: string;
}

export function adjustmentText(snapshot: Pick<ForecastSnapshot, 'adjustment' | 'adjustmentReason'>, currency: string): string {
	if (snapshot.adjustment === 0) return '';
	const adjusted = `Adjusted ${signedMoney(snapshot.adjustment, currency)}`;
	return snapshot.adjustmentReason ? `${adjusted}: ${snapshot.adjustmentReason}` : adjusted;
}

export function partsText(s: Pick<ForecastSnapshot, 'closed' | 'weighted' | 'openPipeline' | 'baseline'>, currency: string): string {
	const money = (minor: number) => formatMoneyLabel(minor, currency);
	return `Won ${money(s.closed)} · Weighted pipeline ${money(s.weighted - s.closed)} (of ${money(s.openPipeline)} open) · Repeat business ${money(s.baseline)}`;
}

export function snapshotHref(id: string): string {
	return `/admin/content/${SNAPSHOT_COLLECTION}/${encodeURIComponent(id)}`;
}

export function forecastCard(s: ForecastSnapshot, currency: string): ForecastCard {
	const day = /^\d{4}-\d{2}-\d{2}/.exec(s.takenAt)?.[0];
	return {
		id: s.id,
		month: monthLabel(s.month),
		coming: comingLabel(s.horizonMonths),
		final: formatMoneyLabel(s.final, currency),
		parts: partsText(s, currency),
		commit: formatMoneyLabel(s.commit, currency),
		bestCase: formatMoneyLabel(s.bestCase, currency),
		adjustment: adjustmentText(s, currency),
		taken: day ? `Taken on ${day}` : '',
		explanation: s.explanation,
		adjustHref: snapshotHref(s.id),
	};
}

export function currentCards(view: Pick<ForecastView, 'current' | 'currency'>): ForecastCard[] {
	return view.current.map((s) => forecastCard(s, view.currency));
}

export const isEmptyForecast = (view: Pick<ForecastView, 'current' | 'history'>): boolean => view.current.length === 0 && view.history.length === 0;

// ---------------------------------------------------------------- accuracy

export interface AccuracyRow {
	key: string;
	label: string;
	mape: string;
	bias: string;
	/** What the bias says in words, for its tooltip. */
	biasTitle: string;
	months: string;
}

export function biasTitle(bp: number | null): string {
	if (bp === null) return 'Nothing sold to compare with';
	if (bp === 0) return 'Neither high nor low on average';
	return bp > 0 ? 'Ran high: forecast more than was sold' : 'Ran low: forecast less than was sold';
}

function accuracyRow(key: string, label: string, score: AccuracyScore): AccuracyRow {
	return { key, label, mape: percentOrNone(score.mapeBp), bias: signedPercent(score.biasBp), biasTitle: biasTitle(score.biasBp), months: groupThousands(String(score.months)) };
}

/** One row per horizon, nearest first; with more than one horizon, all of them together last. */
export function accuracyRows(accuracy: ForecastView['accuracy']): AccuracyRow[] {
	const rows = accuracy.byHorizon.map((h) => accuracyRow(String(h.horizonMonths), horizonLabel(h.horizonMonths), h));
	return accuracy.byHorizon.length > 1 ? [...rows, accuracyRow('all', 'All horizons', accuracy.overall)] : rows;
}

// ---------------------------------------------------------------- pipeline

export interface StageRow {
	id: string;
	name: string;
	probability: string;
	deals: string;
	amount: string;
	weighted: string;
	/** Widths of the bars, 0–100, against the largest stage's amount. */
	amountPercent: number;
	weightedPercent: number;
}

/** `part` of `whole` as a bar's width, 0–100, two decimals; 0 when `whole` is not positive. */
export function barWidth(part: number, whole: number): number {
	if (whole <= 0) return 0;
	return Math.round(Math.min(100, Math.max(0, (part / whole) * 100)) * 100) / 100;
}

export function stageRows(view: Pick<ForecastView, 'pipeline' | 'currency'>): StageRow[] {
	const widest = Math.max(0, ...view.pipeline.map((s) => s.amount));
	return view.pipeline.map((s: PipelineStage) => ({
		id: s.id,
		name: s.name,
		probability: formatPercent(s.probabilityBp),
		deals: countOf(s.deals, 'deal'),
		amount: formatMoneyLabel(s.amount, view.currency),
		weighted: formatMoneyLabel(s.weighted, view.currency),
		amountPercent: barWidth(s.amount, widest),
		weightedPercent: barWidth(s.weighted, widest),
	}));
}

/** Below the stages: "12 open deals · 80,000.00 EUR · weighted 30,000.00 EUR". */
export function pipelineTotal(view: Pick<ForecastView, 'pipeline' | 'currency'>): string {
	const sum = (pick: (s: PipelineStage) => number) => view.pipeline.reduce((total, s) => total + pick(s), 0);
	return `${countOf(sum((s) => s.deals), 'open deal')} · ${formatMoneyLabel(sum((s) => s.amount), view.currency)} · weighted ${formatMoneyLabel(sum((s) => s.weighted), view.currency)}`;
}
