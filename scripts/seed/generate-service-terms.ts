// What requests are held to and sorted by: request types and categories, service contracts and service maps
// with their SLA targets, key customers' dedicated engineers, and the classification rules.
import { addDays, type ClassificationRule, type ServiceContractTerms, type ServiceMapTerms, type TermsWithWarnShares } from '../../packages/crm-core/src/index.ts';
import { toClassificationRule } from '../../packages/crm-directus/src/service/classification-rule-rows.ts';
import { toContractTerms, toServiceMapTerms } from '../../packages/crm-directus/src/service/sla-terms-rows.ts';
import type { Uuid } from './demo-rows.ts';
import type { ServiceStaff } from './generate-service-staff.ts';
import type { Rng } from './random.ts';
import { CONTRACT_TARGETS, MAPS, PRIORITIES, RULES, type RuleSpec } from './service-catalogue.ts';
import type {
	ClassificationRuleRow,
	CodeNameRow,
	ContractCategoryLinkRow,
	ContractGroupLinkRow,
	ContractProductLinkRow,
	RuleCategoryLinkRow,
	RuleGroupLinkRow,
	RuleProductLinkRow,
	ServiceContractRow,
	ServiceMapRow,
	ServiceMapStepRow,
	SlaTargetRow,
} from './service-rows.ts';

export interface ServiceTermsInput {
	customers: readonly { id: Uuid; name: string; status: string }[];
	products: readonly { id: Uuid; name: string; kind: string; group: Uuid | null; active: boolean }[];
	productGroups: readonly { id: Uuid; code: string; parent: Uuid | null }[];
}

export interface ServiceTerms {
	types: CodeNameRow[];
	categories: CodeNameRow[];
	categoryId: (code: string) => Uuid;
	contracts: ServiceContractRow[];
	contractProducts: ContractProductLinkRow[];
	contractGroups: ContractGroupLinkRow[];
	contractCategories: ContractCategoryLinkRow[];
	maps: ServiceMapRow[];
	mapSteps: ServiceMapStepRow[];
	targets: SlaTargetRow[];
	/** Each customer's contracts and the service map of each customer status, as intake reads them (load-sla-terms.ts). */
	termsOf: Map<Uuid, TermsWithWarnShares<ServiceContractTerms>[]>;
	mapTerms: Map<string, TermsWithWarnShares<ServiceMapTerms>>;
	dedicatedSpecialist: Map<Uuid, Uuid>;
	rules: ClassificationRuleRow[];
	ruleProducts: RuleProductLinkRow[];
	ruleGroups: RuleGroupLinkRow[];
	ruleCategories: RuleCategoryLinkRow[];
	compiled: ClassificationRule[];
	ruleTeam: Map<Uuid, Uuid | null>;
}

type Scope = { products: Uuid[]; groups: Uuid[]; categories: Uuid[] };

const codeNames = (rng: Rng, entries: readonly (readonly [string, string])[]): CodeNameRow[] => entries.map(([code, name]) => ({ id: rng.uuid(), code, name }));

/** Which customers get a contract: key customers likelier, then whoever is left, up to about 15 % of the eligible. */
function contractCustomers(rng: Rng, customers: ServiceTermsInput['customers']): ServiceTermsInput['customers'][number][] {
	const eligible = customers.filter((c) => c.status === 'active' || c.status === 'key');
	const contractCount = Math.min(eligible.length, Math.max(3, Math.round(eligible.length * 0.15)));
	const keyFirst = [...eligible.filter((c) => c.status === 'key'), ...eligible.filter((c) => c.status !== 'key')];
	const chosen: typeof eligible = [];
	for (const c of keyFirst) if (chosen.length < contractCount && (c.status === 'key' ? rng.chance(0.7) : rng.chance(0.25))) chosen.push(c);
	for (const c of keyFirst) if (chosen.length < contractCount && !chosen.includes(c)) chosen.push(c);
	return chosen;
}

function contractRow(rng: Rng, today: string, customer: { id: Uuid; name: string; status: string }, i: number, expired: boolean, staff: ServiceStaff): ServiceContractRow {
	const level = customer.status === 'key' ? rng.weighted([['premium', 60], ['standard', 40]] as const) : rng.weighted([['standard', 55], ['basic', 45]] as const);
	const validFrom = addDays(today, expired ? -rng.int(400, 500) : -rng.int(20, 365));
	const validTo = expired ? addDays(today, -rng.int(15, 35)) : addDays(today, rng.int(30, 365));
	return {
		id: rng.uuid(),
		code: `SC-${String(i + 1).padStart(4, '0')}`,
		customer: customer.id,
		level,
		active: true,
		valid_from: validFrom,
		valid_to: validTo,
		calendar: level === 'premium' ? staff.aroundTheClock.id : staff.berlin.id,
		period: 'month',
		included_minutes: rng.int(2, 10) * 60,
		hourly_rate: rng.int(18, 30) * 500,
		fee: rng.int(40, 300) * 500,
		currency: 'EUR',
		description: `${level[0]!.toUpperCase()}${level.slice(1)} service for ${customer.name}.`,
		date_created: `${validFrom}T09:00:00.000Z`,
		date_updated: null,
		user_created: null,
	};
}

/** Some contracts cover only part of the requests: products, a product group or a category. */
function contractScope(i: number, input: ServiceTermsInput, categoryId: (code: string) => Uuid): { scope: 'all' | 'products' | 'group' | 'category'; covered: Scope } {
	const scope = (['all', 'products', 'group', 'category'] as const)[i] ?? 'all';
	const goods = input.products.filter((p) => p.active && p.kind === 'goods');
	const tools = input.productGroups.find((g) => g.code === 'TOOLS') ?? input.productGroups[0]!;
	return {
		scope,
		covered: {
			products: scope === 'products' ? goods.slice(0, 2).map((p) => p.id) : [],
			groups: scope === 'group' ? [tools.id] : [],
			categories: scope === 'category' ? [categoryId('HARDWARE'), categoryId('SOFTWARE')] : [],
		},
	};
}

function generateContracts(rng: Rng, today: string, input: ServiceTermsInput, staff: ServiceStaff, categoryId: (code: string) => Uuid) {
	const out = { contracts: [] as ServiceContractRow[], contractProducts: [] as ContractProductLinkRow[], contractGroups: [] as ContractGroupLinkRow[], contractCategories: [] as ContractCategoryLinkRow[], targets: [] as SlaTargetRow[], termsOf: new Map<Uuid, TermsWithWarnShares<ServiceContractTerms>[]>() };
	const chosen = contractCustomers(rng, input.customers);
	chosen.forEach((customer, i) => {
		const row = contractRow(rng, today, customer, i, i === chosen.length - 1, staff);
		const { scope, covered } = contractScope(i, input, categoryId);
		for (const id of covered.products) out.contractProducts.push({ crm_service_contracts_id: row.id, crm_products_id: id });
		for (const id of covered.groups) out.contractGroups.push({ crm_service_contracts_id: row.id, crm_product_groups_id: id });
		for (const id of covered.categories) out.contractCategories.push({ crm_service_contracts_id: row.id, crm_service_categories_id: id });
		if (scope !== 'all') row.description += ' Covers only part of the requests.';
		const rowTargets = PRIORITIES.map((priority) => {
			const [response, resolution] = CONTRACT_TARGETS[row.level][priority];
			return { id: rng.uuid(), contract: row.id, service_map: null, priority, response_minutes: response, resolution_minutes: resolution, warn_at_percent: 80 };
		});
		out.targets.push(...rowTargets);
		out.contracts.push(row);
		// Read back as loadContractsOf reads the stored rows, so intake sees the terms the product would.
		const terms = toContractTerms(row, { targets: rowTargets, productIds: covered.products, productGroupIds: covered.groups, categoryIds: covered.categories });
		out.termsOf.set(customer.id, [...(out.termsOf.get(customer.id) ?? []), terms]);
	});
	return out;
}

function generateServiceMaps(rng: Rng, staff: ServiceStaff, targets: SlaTargetRow[]) {
	const maps: ServiceMapRow[] = [];
	const mapSteps: ServiceMapStepRow[] = [];
	const mapTerms = new Map<string, TermsWithWarnShares<ServiceMapTerms>>();
	for (const spec of MAPS) {
		const row: ServiceMapRow = { id: rng.uuid(), name: spec.name, customer_status: spec.status, active: true, calendar: staff.berlin.id, description: `Service for customers with status ${spec.status} without a contract.` };
		const steps = spec.steps.map(([kind, name, minutes], i) => ({ id: rng.uuid(), service_map: row.id, sort: i + 1, kind, name, target_minutes: minutes }));
		const rowTargets = PRIORITIES.map((priority) => ({ id: rng.uuid(), contract: null, service_map: row.id, priority, response_minutes: spec.targets[priority][0], resolution_minutes: spec.targets[priority][1], warn_at_percent: 80 }));
		maps.push(row);
		mapSteps.push(...steps);
		targets.push(...rowTargets);
		// Read back as loadServiceMapFor reads the stored rows (steps are already in their order).
		mapTerms.set(spec.status, toServiceMapTerms(row, rowTargets, steps));
	}
	return { maps, mapSteps, mapTerms };
}

function ruleRow(rng: Rng, spec: RuleSpec, typeId: (code: string) => Uuid, categoryId: (code: string) => Uuid, staff: ServiceStaff): ClassificationRuleRow {
	return {
		id: rng.uuid(),
		code: spec.code,
		name: spec.name,
		priority: spec.priority,
		active: true,
		keywords: spec.keywords,
		channels: null,
		customer_statuses: null,
		set_type: spec.type ? typeId(spec.type) : null,
		set_category: spec.category ? categoryId(spec.category) : null,
		set_priority: spec.setPriority,
		set_team: spec.team ? staff.team(spec.team).id : null,
		set_required_skills: spec.skills.length > 0 ? spec.skills : null,
	};
}

function generateRules(rng: Rng, input: ServiceTermsInput, staff: ServiceStaff, typeId: (code: string) => Uuid, categoryId: (code: string) => Uuid) {
	const out = { rules: [] as ClassificationRuleRow[], ruleProducts: [] as RuleProductLinkRow[], ruleGroups: [] as RuleGroupLinkRow[], ruleCategories: [] as RuleCategoryLinkRow[], compiled: [] as ClassificationRule[], ruleTeam: new Map<Uuid, Uuid | null>() };
	const groupByCode = (code: string) => input.productGroups.find((g) => g.code === code) ?? input.productGroups[0]!;
	for (const spec of RULES) {
		const row = ruleRow(rng, spec, typeId, categoryId, staff);
		const scope: Scope = {
			groups: spec.groupCode ? [groupByCode(spec.groupCode).id] : [],
			categories: (spec.categoryCodes ?? []).map(categoryId),
			products: input.products.filter((p) => p.active && p.kind === 'goods').map((p) => p.id).sort().slice(0, spec.productCount ?? 0),
		};
		for (const id of scope.products) out.ruleProducts.push({ crm_service_classification_rules_id: row.id, crm_products_id: id });
		for (const id of scope.groups) out.ruleGroups.push({ crm_service_classification_rules_id: row.id, crm_product_groups_id: id });
		for (const id of scope.categories) out.ruleCategories.push({ crm_service_classification_rules_id: row.id, crm_service_categories_id: id });
		out.rules.push(row);
		out.ruleTeam.set(row.id, row.set_team);
		out.compiled.push(toClassificationRule(row, { productIds: scope.products, productGroupIds: scope.groups, categoryIds: scope.categories }));
	}
	return out;
}

export function generateServiceTerms(rng: Rng, today: string, input: ServiceTermsInput, staff: ServiceStaff): ServiceTerms {
	const types = codeNames(rng, [['INCIDENT', 'Incident'], ['QUESTION', 'Question'], ['COMPLAINT', 'Complaint'], ['CHANGE', 'Change request']]);
	const categories = codeNames(rng, [['HARDWARE', 'Hardware'], ['SOFTWARE', 'Software'], ['BILLING', 'Billing'], ['INSTALLATION', 'Installation'], ['OTHER', 'Other']]);
	const typeId = (code: string) => types.find((t) => t.code === code)!.id;
	const categoryId = (code: string) => categories.find((c) => c.code === code)!.id;
	const contracts = generateContracts(rng, today, input, staff, categoryId);
	const maps = generateServiceMaps(rng, staff, contracts.targets);
	// Key customers: a dedicated engineer from 1st level or field service.
	const dedicatedSpecialist = new Map<Uuid, Uuid>();
	const engineers = staff.specs.filter((s) => s.teamCode !== 'BILLING');
	for (const c of input.customers) if (c.status === 'key') dedicatedSpecialist.set(c.id, rng.pick(engineers).row.id);
	return { types, categories, categoryId, ...contracts, ...maps, dedicatedSpecialist, ...generateRules(rng, input, staff, typeId, categoryId) };
}
