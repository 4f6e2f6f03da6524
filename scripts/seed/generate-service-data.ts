// Demo service desk (A5.5–A5.11): calendars, teams, skills, specialists with absences, contracts with SLA
// targets, service maps, classification rules, and ten weeks of requests taken in and routed by the
// same use cases the server runs (see generate-service-requests.ts).
import type { Uuid } from './demo-rows.ts';
import { generateServiceRequests } from './generate-service-requests.ts';
import { generateServiceStaff } from './generate-service-staff.ts';
import { generateServiceTerms } from './generate-service-terms.ts';
import { generateExpenses, generateTimeEntries } from './generate-service-work.ts';
import { iso } from './moments.ts';
import { createRng } from './random.ts';
import { createServiceDesk } from './service-desk-state.ts';
import type { ServiceData } from './service-rows.ts';

export { SERVICE_DESK_TABLES, SERVICE_STAFF_TABLES, type ServiceData, type ServiceDeskData, type ServiceStaffData } from './service-rows.ts';

export interface ServiceDataInput {
	seed: number;
	scale: number;
	now: Date;
	customers: readonly { id: Uuid; name: string; status: string }[];
	contacts: readonly { id: Uuid; customer: Uuid; active: boolean }[];
	products: readonly { id: Uuid; name: string; kind: string; group: Uuid | null; active: boolean }[];
	productGroups: readonly { id: Uuid; code: string; parent: Uuid | null }[];
}

export interface ServiceDataResult {
	data: ServiceData;
	/** Key customers' dedicated engineer (crm_customers.dedicated_specialist). */
	dedicatedSpecialist: Map<Uuid, Uuid>;
	/** crm_document_counters rows of the SR series (`SR-<year>`), to add to the other series' rows. */
	documentCounters: { id: Uuid; counter_key: string; last_number: number }[];
}

export function generateServiceData(input: ServiceDataInput): ServiceDataResult {
	const rng = createRng(input.seed ^ 0x5e2c_1ce5);
	const nowMs = input.now.getTime();
	const staff = generateServiceStaff(rng, nowMs, input.scale);
	const terms = generateServiceTerms(rng, iso(nowMs).slice(0, 10), input, staff);
	const contactsOf = new Map<Uuid, Uuid[]>();
	for (const c of input.contacts) if (c.active) contactsOf.set(c.customer, [...(contactsOf.get(c.customer) ?? []), c.id]);
	const desk = createServiceDesk({ rng, nowMs, staff, terms, contactsOf, productsOf: [...input.products], productGroups: input.productGroups });
	generateServiceRequests(desk, input.customers, input.scale);
	const timeEntries = generateTimeEntries(desk);
	const expenses = generateExpenses(desk);
	return {
		data: {
			crm_service_calendars: staff.calendars,
			crm_service_teams: staff.teams,
			crm_service_skills: staff.skills,
			crm_service_specialists: staff.specs.map((s) => s.row),
			crm_service_specialist_skills: staff.specialistSkills,
			crm_service_absences: staff.absences,
			crm_service_request_types: terms.types,
			crm_service_categories: terms.categories,
			crm_service_contracts: terms.contracts,
			crm_service_contracts_products: terms.contractProducts,
			crm_service_contracts_product_groups: terms.contractGroups,
			crm_service_contracts_categories: terms.contractCategories,
			crm_service_maps: terms.maps,
			crm_service_map_steps: terms.mapSteps,
			crm_sla_targets: terms.targets,
			crm_service_classification_rules: terms.rules,
			crm_service_classification_rules_products: terms.ruleProducts,
			crm_service_classification_rules_product_groups: terms.ruleGroups,
			crm_service_classification_rules_categories: terms.ruleCategories,
			crm_service_requests: desk.requests,
			crm_service_routing_decisions: desk.decisions,
			crm_service_escalations: desk.escalations.sort((a, b) => a.date_created.localeCompare(b.date_created)),
			crm_service_time_entries: timeEntries,
			crm_service_expenses: expenses,
		},
		dedicatedSpecialist: terms.dedicatedSpecialist,
		documentCounters: [...desk.counters].sort(([a], [b]) => a.localeCompare(b)).map(([counter_key, last_number]) => ({ id: rng.uuid(), counter_key, last_number })),
	};
}
