import { computeSalesKpis, convertByStage, convertCurrency, type KpiDeal, type KpiGroup, type SalesKpis, type StageConversion } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { loadNames } from '../analytics/open-analytics.ts';
import type { AnalyticsSource } from '../analytics/sales-facts.ts';
import { findRateToBase } from '../find-rate-to-base.ts';
import { toDay } from '../load-pricing-context.ts';
import { loadPipelineStages } from '../pipeline/pipeline-rows.ts';
import type { ReaderOf } from '../reader-of.ts';
import { assessSalesTargets } from '../sales-plans/assess-sales-targets.ts';
import { type Row, toSalesTarget } from '../sales-plans/target-rows.ts';
import { instantOf } from '../service/instant.ts';

const CHUNK = 500;
export interface SalesKpiAnswer {
	rows: SalesKpis[];
	stages: (StageConversion & { stage: { id: string; name: string } })[];
}

/** The deals the caller may read that were open or closed in the period, in the base currency at today's rates, with the stages they visited. */
async function loadKpiDeals(knex: Knex, read: ReaderOf, period: { from: string; to: string }, base: string, today: string): Promise<KpiDeal[]> {
	const filter = { _or: [{ status: { _eq: 'open' } }, { _and: [{ closed_at: { _gte: `${period.from}T00:00:00.000Z` } }, { closed_at: { _lte: `${period.to}T23:59:59.999Z` } }] }] };
	const rows = (await read('crm_opportunities').readByQuery({ filter, fields: ['id', 'owner', 'status', 'amount', 'currency', 'date_created', 'closed_at', 'expected_close'], limit: -1 })) as Row[];
	const sortOf = new Map((await loadPipelineStages(knex)).map((s) => [s.id, s.sort]));
	const visits = new Map<string, number[]>();
	for (let i = 0; i < rows.length; i += CHUNK) {
		const ids = rows.slice(i, i + CHUNK).map((r) => String(r['id']));
		const history = (await read('crm_opportunity_stage_history').readByQuery({ filter: { opportunity: { _in: ids } }, fields: ['opportunity', 'stage'], sort: ['entered_at'], limit: -1 })) as Row[];
		for (const h of history) visits.set(String(h['opportunity']), [...(visits.get(String(h['opportunity'])) ?? []), sortOf.get(String(h['stage'])) ?? 0]);
	}
	const rates = new Map<string, string | null>();
	const deals: KpiDeal[] = [];
	for (const r of rows) {
		const currency = String(r['currency']);
		if (!rates.has(currency)) rates.set(currency, await findRateToBase(knex, currency, today, base));
		const rate = rates.get(currency);
		if (!rate) continue;
		const amountBase = convertCurrency({ amount: wholeNumber(r['amount']), currency }, base, rate).amount;
		deals.push({ id: String(r['id']), ownerId: r['owner'] ? String(r['owner']) : null, status: r['status'] as KpiDeal['status'], amountBase, openedAt: instantOf(r['date_created']) ?? `${today}T00:00:00.000Z`, closedAt: instantOf(r['closed_at']), expectedClose: toDay(r['expected_close']) ?? today, visitedSorts: visits.get(String(r['id'])) ?? [] });
	}
	return deals;
}

/** Each rep's and team's revenue plans running today that the caller may read: what is left of them, and when they end. */
async function loadPlansLeft(src: AnalyticsSource, read: ReaderOf, today: string, base: string): Promise<Map<string, { left: number; end: string }>> {
	const filter = { _and: [{ measure: { _eq: 'revenue' } }, { period_start: { _lte: today } }, { period_end: { _gte: today } }, { product_group: { _null: true } }, { customer_group: { _null: true } }] };
	const rows = (await read('crm_sales_targets').readByQuery({ filter, fields: ['*'], limit: -1 })) as Row[];
	const assessed = await assessSalesTargets(src, rows.map(toSalesTarget), today, base);
	const left = new Map<string, { left: number; end: string }>();
	for (const { target, attainment } of assessed) {
		const key = target.repId ?? target.teamId;
		if (!key) continue;
		const before = left.get(key);
		left.set(key, { left: (before?.left ?? 0) + Math.max(0, attainment.target - attainment.actual), end: before && before.end > target.periodEnd ? before.end : target.periodEnd });
	}
	return left;
}

/** The reps whose deals the caller sees, their teams, and the total, named under the caller's policy. */
async function loadGroups(knex: Knex, read: ReaderOf, deals: readonly KpiDeal[], plans: ReadonlyMap<string, { left: number; end: string }>): Promise<KpiGroup[]> {
	const owners = [...new Set(deals.flatMap((d) => (d.ownerId ? [d.ownerId] : [])))];
	const reps = owners.length === 0 ? [] : ((await knex('crm_sales_reps').select('id', 'team').whereIn('id', owners)) as Row[]);
	const repNames = await loadNames(read, 'crm_sales_reps', owners);
	const teamIds = [...new Set(reps.flatMap((r) => (r['team'] ? [String(r['team'])] : [])))];
	const teamNames = await loadNames(read, 'crm_teams', teamIds);
	const planOf = (id: string) => ({ planRemaining: plans.get(id)?.left ?? null, planEnd: plans.get(id)?.end ?? null });
	return [
		...reps.map((r): KpiGroup => ({ kind: 'rep', id: String(r['id']), name: repNames.get(String(r['id'])) ?? 'Not visible to you', ownerIds: [String(r['id'])], ...planOf(String(r['id'])) })).sort((a, b) => a.name.localeCompare(b.name)),
		...teamIds.map((t): KpiGroup => ({ kind: 'team', id: t, name: teamNames.get(t) ?? 'Not visible to you', ownerIds: reps.filter((r) => String(r['team']) === t).map((r) => String(r['id'])), ...planOf(t) })).sort((a, b) => a.name.localeCompare(b.name)),
		{ kind: 'total', id: null, name: 'All you can see', ownerIds: null, planRemaining: null, planEnd: null },
	];
}

/**
 * S6.11 — the sales KPIs of every rep and team whose deals the caller may read, and the total: win rate, average
 * deal, cycle, pipeline coverage of what is left of their revenue plans; and the conversion by stage.
 */
export async function loadSalesKpis(src: AnalyticsSource, read: ReaderOf, period: { from: string; to: string }, base: string, today: string): Promise<SalesKpiAnswer> {
	const deals = await loadKpiDeals(src.knex, read, period, base, today);
	const groups = await loadGroups(src.knex, read, deals, await loadPlansLeft(src, read, today, base));
	const stages = (await loadPipelineStages(src.knex)).filter((s) => s.outcome === 'open' && s.active).sort((a, b) => a.sort - b.sort);
	const conversion = convertByStage(deals, stages.map((s) => s.sort), period);
	return { rows: groups.map((g) => computeSalesKpis(deals, g, period)), stages: conversion.map((c, i) => ({ ...c, stage: { id: stages[i]!.id, name: stages[i]!.name } })) };
}
