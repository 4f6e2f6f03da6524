import { SERVICE_PRIORITIES, type ServicePriority } from '../service-routing/service-priority.ts';
import { assertValidServiceContract } from './assert-valid-service-contract.ts';
import { assertValidServiceMap } from './assert-valid-service-map.ts';
import { assertChoice } from './desk-fields.ts';
import type { ResolvedSlaTargets } from './resolved-sla-targets.ts';
import type { ServiceContractTerms } from './service-contract-terms.ts';
import type { ServiceMapTerms } from './service-map-terms.ts';
import type { SlaTarget } from './sla-target.ts';

export interface SlaTargetsInput {
	priority: ServicePriority;
	/** The contract pickServiceContract chose, or null. */
	contract: ServiceContractTerms | null;
	/** The service map for the customer's status, or null. */
	serviceMap: ServiceMapTerms | null;
}

function describeTargets(row: SlaTarget): string {
	const response = row.responseMinutes === null ? 'no response target' : `response ${row.responseMinutes} business minutes`;
	const resolution = row.resolutionMinutes === null ? 'no resolution target' : `resolution ${row.resolutionMinutes} business minutes`;
	return `${row.priority} requests — ${response}, ${resolution}`;
}

const contractName = (contract: ServiceContractTerms) => `Contract ${contract.code} (${contract.level})`;
const mapName = (map: ServiceMapTerms) => `service map "${map.name}" (customer status ${map.customerStatus})`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The response and resolution targets of a request of `priority`: the contract's row for that
 * priority; a contract without such a row falls through to the service map of the customer's status
 * (and the explanation says so); without either, no SLA. Contract and map are validated (errors name
 * `contract.…`, `serviceMap.…`).
 */
export function resolveSlaTargets(input: SlaTargetsInput): ResolvedSlaTargets {
	assertChoice(input.priority, SERVICE_PRIORITIES, 'priority');
	if (input.contract !== null) assertValidServiceContract(input.contract, 'contract');
	if (input.serviceMap !== null) assertValidServiceMap(input.serviceMap, 'serviceMap');
	const { priority, contract, serviceMap } = input;

	const contractRow = contract?.targets.find((row) => row.priority === priority);
	if (contract && contractRow) {
		return { source: 'contract', sourceId: contract.id, calendarId: contract.calendarId, responseMinutes: contractRow.responseMinutes, resolutionMinutes: contractRow.resolutionMinutes, explanation: `${contractName(contract)}: ${describeTargets(contractRow)}` };
	}
	const why = contract ? `${contractName(contract)} has no target for ${priority} requests; ` : '';

	const mapRow = serviceMap?.targets.find((row) => row.priority === priority);
	if (serviceMap && mapRow) {
		return { source: 'service_map', sourceId: serviceMap.id, calendarId: serviceMap.calendarId, responseMinutes: mapRow.responseMinutes, resolutionMinutes: mapRow.resolutionMinutes, explanation: capitalize(`${why}${mapName(serviceMap)}: ${describeTargets(mapRow)}`) };
	}
	let mapWhy = 'no service contract or service map applies';
	if (serviceMap) mapWhy = `${mapName(serviceMap)} has no target for ${priority} requests`;
	else if (contract) mapWhy = 'no service map applies';
	return { source: 'none', sourceId: null, calendarId: null, responseMinutes: null, resolutionMinutes: null, explanation: capitalize(`${why}${mapWhy}; no SLA targets`) };
}
