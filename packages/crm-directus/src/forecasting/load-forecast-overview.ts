import { convertCurrency, type ForecastOverview, type ForecastQuery, type ForecastScope, pipelineByStage, type StagePipeline, type StoredSnapshot, summarizeForecasts } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { loadNames } from '../analytics/open-analytics.ts';
import { findRateToBase } from '../find-rate-to-base.ts';
import { loadPipelineStages } from '../pipeline/pipeline-rows.ts';
import type { ReaderOf } from '../reader-of.ts';
import { instantOf } from '../service/instant.ts';
import { shiftMonth } from './load-forecast-facts.ts';
import { FORECAST_MONTHS } from './take-forecast-snapshots.ts';

type Row = Record<string, unknown>;
export interface NamedScope extends ForecastScope {
	name: string;
}

export interface ForecastAnswer extends ForecastOverview {
	scope: NamedScope;
	scopes: NamedScope[];
	pipeline: StagePipeline[];
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const sameScope = (a: ForecastScope, b: ForecastScope) => a.kind === b.kind && a.id === b.id;

/** The scopes of the snapshots the caller may read, named: the company first, then teams and reps by name. */
async function loadVisibleScopes(read: ReaderOf): Promise<NamedScope[]> {
	const rows = (await read('crm_forecast_snapshots').readByQuery({ aggregate: { count: ['id'] }, group: ['scope', 'team', 'rep'], limit: -1 })) as Row[];
	const teams = await loadNames(read, 'crm_teams', rows.flatMap((r) => (r['team'] ? [String(r['team'])] : [])));
	const reps = await loadNames(read, 'crm_sales_reps', rows.flatMap((r) => (r['rep'] ? [String(r['rep'])] : [])));
	const order = { company: 0, team: 1, rep: 2 } as const;
	return rows
		.map((r): NamedScope => {
			const kind = String(r['scope']) as ForecastScope['kind'];
			if (kind === 'company') return { kind, id: null, name: 'Company' };
			const id = text(r[kind]);
			return { kind, id, name: (kind === 'team' ? teams : reps).get(id ?? '') ?? 'Not visible to you' };
		})
		.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}

/** Unless asked: a rep's own forecast, else the company's, else the first the caller may read. */
async function chooseScope(knex: Knex, asked: ForecastScope | null, visible: readonly NamedScope[], userId: string | null): Promise<NamedScope> {
	if (asked) return visible.find((s) => sameScope(s, asked)) ?? { ...asked, name: asked.kind === 'company' ? 'Company' : 'Not visible to you' };
	const rep = userId ? ((await knex('crm_sales_reps').select('id').where('user', userId).first()) as Row | undefined) : undefined;
	const own = rep ? visible.find((s) => s.kind === 'rep' && s.id === String(rep['id'])) : undefined;
	return own ?? visible.find((s) => s.kind === 'company') ?? visible[0] ?? { kind: 'company', id: null, name: 'Company' };
}

function scopeFilter(scope: ForecastScope): Row {
	if (scope.kind === 'company') return { scope: { _eq: 'company' } };
	return { _and: [{ scope: { _eq: scope.kind } }, { [scope.kind]: { _eq: scope.id } }] };
}

function toStoredSnapshot(r: Row): StoredSnapshot {
	const amount = (field: string) => wholeNumber(r[field]);
	const maybe = (field: string) => (r[field] === null || r[field] === undefined ? null : Number(r[field]));
	return {
		id: String(r['id']),
		month: String(r['month']),
		week: String(r['week']),
		horizonMonths: Number(r['horizon_months']),
		takenAt: instantOf(r['taken_at']) ?? '',
		closed: amount('closed'),
		commit: amount('commit'),
		bestCase: amount('best_case'),
		openPipeline: amount('open_pipeline'),
		weighted: amount('weighted'),
		baseline: amount('baseline'),
		baselineMethod: String(r['baseline_method'] ?? ''),
		forecast: amount('forecast'),
		adjustment: amount('adjustment'),
		adjustmentReason: text(r['adjustment_reason']),
		final: amount('final'),
		actual: maybe('actual'),
		errorBp: maybe('error_bp'),
		biasBp: maybe('bias_bp'),
		explanation: String(r['explanation'] ?? ''),
	};
}

const OWNER_FILTER: Record<ForecastScope['kind'], (id: string | null) => Row> = {
	company: () => ({}),
	team: (id) => ({ owner: { team: { _eq: id } } }),
	rep: (id) => ({ owner: { _eq: id } }),
};

/** The scope's open deals by stage, as far as the caller may read them, in the base currency at today's rates. */
async function loadPipeline(knex: Knex, read: ReaderOf, scope: ForecastScope, base: string, today: string): Promise<StagePipeline[]> {
	const owner = OWNER_FILTER[scope.kind](scope.id);
	const rows = (await read('crm_opportunities').readByQuery({ filter: { _and: [{ status: { _eq: 'open' } }, owner] }, aggregate: { sum: ['amount'], count: ['id'] }, group: ['stage', 'currency'], limit: -1 })) as Row[];
	const sums = new Map<string, { stageId: string; deals: number; amountBase: number }>();
	for (const row of rows) {
		const stageId = String(row['stage']);
		const currency = String(row['currency']);
		const rate = await findRateToBase(knex, currency, today, base);
		const sum = sums.get(stageId) ?? { stageId, deals: 0, amountBase: 0 };
		sum.deals += Number((row['count'] as Row | undefined)?.['id'] ?? 0);
		if (rate) sum.amountBase += convertCurrency({ amount: wholeNumber((row['sum'] as Row | undefined)?.['amount']), currency }, base, rate).amount;
		sums.set(stageId, sum);
	}
	return pipelineByStage(await loadPipelineStages(knex), [...sums.values()]);
}

/**
 * S6.4 — a scope's forecasts as the dashboard shows them, read under the caller's policy: the scopes they may
 * read, the latest forecast of this month and the next two, the closed months with their actual, the accuracy,
 * and the open pipeline by stage.
 */
export async function loadForecastOverview(knex: Knex, read: ReaderOf, query: ForecastQuery, userId: string | null, base: string, today: string): Promise<ForecastAnswer> {
	const visible = await loadVisibleScopes(read);
	const scope = await chooseScope(knex, query.scope, visible, userId);
	const thisMonth = today.slice(0, 7);
	// Months are text: Directus filters text by equality, so the months shown are listed.
	const months = Array.from({ length: query.months + FORECAST_MONTHS }, (_, i) => shiftMonth(thisMonth, i - query.months));
	const filter = { _and: [scopeFilter(scope), { month: { _in: months } }] };
	const rows = (await read('crm_forecast_snapshots').readByQuery({ filter, fields: ['*'], sort: ['month', 'taken_at'], limit: -1 })) as Row[];
	const overview = summarizeForecasts(rows.map(toStoredSnapshot), thisMonth);
	return { ...overview, scope, scopes: visible, pipeline: await loadPipeline(knex, read, scope, base, today) };
}
