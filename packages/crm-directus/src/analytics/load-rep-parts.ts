import { addDays, type Period, type ProposalCounts, type RepPart } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { queryAll } from '../query-all.ts';
import { loadSalesRows, wholeNumber } from './load-sales-sums.ts';
import { type AnalyticsSource, type FactsSpec, filterCustomers, inPeriods } from './sales-facts.ts';

type Row = Record<string, unknown>;
const QUOTE_FIELDS = ['id', 'status', 'issue_date', 'owner', 'customer'];
const INTERACTION_FIELDS = ['id', 'type', 'rep', 'occurred_at', 'customer'];
/** Proposal outcomes by status; `sent` is still open. */
const OUTCOMES: readonly [keyof ProposalCounts, string][] = [['accepted', 'accepted'], ['rejected', 'rejected'], ['expired', 'expired'], ['open', 'sent']];

const repOf = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** Each rep's orders that count, by the order's rep: revenue, margin, orders, customers in both periods. */
async function loadSalesParts(src: AnalyticsSource, spec: FactsSpec): Promise<RepPart[]> {
	const { rows } = await loadSalesRows(src, { ...spec, by: 'rep', level: null }, null);
	return rows.map((r) => ({ part: 'sales', rep: r.key, current: r.current, previous: r.previous ?? r.current }));
}

/** Proposals issued in either period by the proposal's rep and status, as far as the caller may read them (drafts never count). */
async function loadProposalParts(src: AnalyticsSource, spec: FactsSpec): Promise<RepPart[]> {
	const { knex } = src;
	const facts = src.access.restrict(knex('crm_quotes as q').whereNot('q.status', 'draft').where(inPeriods(knex, 'q.issue_date', spec)), 'crm_quotes', 'q.id', QUOTE_FIELDS);
	filterCustomers(src, facts, spec.filters, 'q.customer');
	if (spec.filters.rep) facts.whereIn('q.owner', spec.filters.rep);
	facts.select('q.owner as k', 'q.status as st', knex.raw('CASE WHEN q.issue_date >= ? THEN 1 ELSE 0 END as cur', [dayForDriver(knex, spec.period.from)]));
	const counts = [1, 0].flatMap((cur) => OUTCOMES.map(([name, status]) => knex.raw('SUM(CASE WHEN f.cur = ? AND f.st = ? THEN 1 ELSE 0 END) as ??', [cur, status, `${cur ? '' : 'p_'}${name}`])));
	const rows = (await knex.from(facts.as('f')).select('f.k', ...counts).groupBy('f.k')) as Row[];
	const countsOf = (r: Row, prefix: string) => Object.fromEntries(OUTCOMES.map(([name]) => [name, wholeNumber(r[`${prefix}${name}`])])) as unknown as ProposalCounts;
	return rows.map((r) => ({ part: 'proposals', rep: repOf(r['k']), current: countsOf(r, ''), previous: countsOf(r, 'p_') }));
}

/** The instants a period of days covers, as UTC days: [its first day's start, the day after its last). */
const instantsOf = (p: Period) => [new Date(`${p.from}T00:00:00.000Z`), new Date(`${addDays(p.to, 1)}T00:00:00.000Z`)] as const;

function inInstants(column: string, spec: FactsSpec) {
	return (w: Knex.QueryBuilder) => {
		const [from, to] = instantsOf(spec.period);
		w.where((p) => p.where(column, '>=', from).where(column, '<', to));
		if (spec.comparison) {
			const [since, until] = instantsOf(spec.comparison);
			w.orWhere((p) => p.where(column, '>=', since).where(column, '<', until));
		}
	};
}

/** Activities each rep logged in either period (calls, meetings, e-mails, visits…; the CRM's system entries are not activities). */
async function loadActivityParts(src: AnalyticsSource, spec: FactsSpec): Promise<RepPart[]> {
	const { knex } = src;
	const facts = src.access.restrict(knex('crm_interactions as i').whereNot('i.type', 'system').whereNotNull('i.rep').where(inInstants('i.occurred_at', spec)), 'crm_interactions', 'i.id', INTERACTION_FIELDS);
	filterCustomers(src, facts, spec.filters, 'i.customer');
	if (spec.filters.rep) facts.whereIn('i.rep', spec.filters.rep);
	facts.select('i.rep as k', knex.raw('CASE WHEN i.occurred_at >= ? THEN 1 ELSE 0 END as cur', [instantsOf(spec.period)[0]]));
	const rows = (await knex.from(facts.as('f')).select('f.k', knex.raw('SUM(f.cur) as activities'), knex.raw('SUM(1 - f.cur) as p_activities')).groupBy('f.k')) as Row[];
	return rows.map((r) => ({ part: 'activities', rep: repOf(r['k']), current: wholeNumber(r['activities']), previous: wholeNumber(r['p_activities']) }));
}

/**
 * The leaderboard's facts (S1): per rep, the orders that count (one aggregate query), the proposals issued
 * and how they ended (one), the activities logged (one), each over both periods and under the caller's policy;
 * the three run side by side. Product filters narrow the orders only: proposals and activities are not about one product.
 */
export async function loadRepParts(src: AnalyticsSource, spec: FactsSpec): Promise<RepPart[]> {
	const [sales, proposals, activities] = await queryAll(src.knex, [() => loadSalesParts(src, spec), () => loadProposalParts(src, spec), () => loadActivityParts(src, spec)]);
	return [...sales, ...proposals, ...activities];
}
