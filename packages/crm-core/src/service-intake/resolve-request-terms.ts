import { pickServiceContract } from '../service-desk/pick-service-contract.ts';
import { resolveSlaTargets } from '../service-desk/resolve-sla-targets.ts';
import type { ResolvedSlaTargets } from '../service-desk/resolved-sla-targets.ts';
import type { ServiceContractTerms } from '../service-desk/service-contract-terms.ts';
import type { ServiceMapTerms } from '../service-desk/service-map-terms.ts';
import type { ServicePriority } from '../service-routing/service-priority.ts';

/** A contract's or service map's terms with the warn share (percent of the target) of each priority. */
export interface TermsWithWarnShares<T> {
	terms: T;
	warnAtPercent: ReadonlyMap<string, number>;
}

/** The terms a request is held to. */
export interface RequestTerms {
	targets: ResolvedSlaTargets;
	contractId: string | null;
	serviceMapId: string | null;
	/** When the warning comes, in percent of the target: the source's share for the priority, else 80. */
	warnAtPercent: number;
	/** Whether the customer's dedicated engineer takes the request first: the service map (not a contract) has that step. */
	dedicatedEngineerFirst: boolean;
}

const DEFAULT_WARN_AT_PERCENT = 80;

/** A5.6, A5.8 — the customer's contract covering the request, else the service map of the customer's status, else none. */
export function resolveRequestTerms(input: {
	contracts: readonly TermsWithWarnShares<ServiceContractTerms>[];
	map: TermsWithWarnShares<ServiceMapTerms> | null;
	priority: ServicePriority;
	day: string;
	productId: string | null;
	productGroupIds: string[];
	categoryId: string | null;
}): RequestTerms {
	const contract = pickServiceContract(input.contracts.map((c) => c.terms), { day: input.day, productId: input.productId, productGroupIds: input.productGroupIds, categoryId: input.categoryId });
	const targets = resolveSlaTargets({ priority: input.priority, contract, serviceMap: input.map?.terms ?? null });
	const shares = targets.source === 'contract' ? input.contracts.find((c) => c.terms.id === targets.sourceId)?.warnAtPercent : input.map?.warnAtPercent;
	return {
		targets,
		contractId: targets.source === 'contract' ? targets.sourceId : null,
		serviceMapId: targets.source === 'service_map' ? targets.sourceId : null,
		warnAtPercent: shares?.get(input.priority) ?? DEFAULT_WARN_AT_PERCENT,
		dedicatedEngineerFirst: Boolean(input.map?.terms.steps.some((s) => s.kind === 'dedicated_engineer')) && targets.source !== 'contract',
	};
}

/** The SLA columns a request stores from its terms (its calendar is the one the adapter found for targets.calendarId). */
export function termsFields(terms: RequestTerms): Record<string, unknown> {
	return {
		sla_source: terms.targets.source,
		contract: terms.contractId,
		service_map: terms.serviceMapId,
		response_target_minutes: terms.targets.responseMinutes,
		resolution_target_minutes: terms.targets.resolutionMinutes,
		warn_at_percent: terms.warnAtPercent,
	};
}
