import { isServicePriority, type ServiceContractTerms, type ServiceMapTerms, type ServiceStep, type SlaTarget } from '@crm/core';
import { toDay } from '../load-pricing-context.ts';

type Row = Readonly<Record<string, unknown>>;

/** Warn share per priority of a contract's or map's targets (80 unless set). */
export type WarnShares = Map<string, number>;

export interface LoadedTerms<T> {
	terms: T;
	warnAtPercent: WarnShares;
}

/** A contract's own crm_sla_targets rows and the ids its junction rows cover. */
export interface ContractRelated {
	targets: readonly Row[];
	productIds: readonly string[];
	productGroupIds: readonly string[];
	categoryIds: readonly string[];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Targets of priorities the desk knows; a row with another priority holds nothing to. */
function targetsOf(rows: readonly Row[]): SlaTarget[] {
	return rows.flatMap((r) => (isServicePriority(r['priority']) ? [{ priority: r['priority'], responseMinutes: num(r['response_minutes']), resolutionMinutes: num(r['resolution_minutes']) }] : []));
}

const warnSharesOf = (targets: readonly Row[]): WarnShares => new Map(targets.map((t) => [String(t['priority']), Number(t['warn_at_percent'] ?? 80)]));

/** A crm_service_contracts row with its targets and what it covers, as pickServiceContract reads it; an unknown level is held as standard. */
export function toContractTerms(c: Row, related: ContractRelated): LoadedTerms<ServiceContractTerms> {
	const level = (['basic', 'standard', 'premium'].includes(String(c['level'])) ? c['level'] : 'standard') as ServiceContractTerms['level'];
	return {
		terms: {
			id: String(c['id']),
			code: String(c['code']),
			level,
			active: Boolean(c['active']),
			validFrom: toDay(c['valid_from']),
			validTo: toDay(c['valid_to']),
			coveredProductIds: [...related.productIds],
			coveredProductGroupIds: [...related.productGroupIds],
			coveredCategoryIds: [...related.categoryIds],
			targets: targetsOf(related.targets),
			calendarId: (c['calendar'] as string | null) ?? null,
		},
		warnAtPercent: warnSharesOf(related.targets),
	};
}

/** A crm_service_maps row with its targets and its steps (in the order they are taken), as resolveRequestTerms reads it. */
export function toServiceMapTerms(map: Row, targets: readonly Row[], steps: readonly Row[]): LoadedTerms<ServiceMapTerms> {
	return {
		terms: {
			id: String(map['id']),
			name: String(map['name']),
			customerStatus: String(map['customer_status']),
			targets: targetsOf(targets),
			steps: steps.map((s) => ({ id: String(s['id']), sort: Number(s['sort']), kind: String(s['kind']) as ServiceStep['kind'], name: String(s['name']), targetMinutes: num(s['target_minutes']) })),
			calendarId: (map['calendar'] as string | null) ?? null,
		},
		warnAtPercent: warnSharesOf(targets),
	};
}
