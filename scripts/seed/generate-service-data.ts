// Demo service desk (A5.5–A5.11): calendars, teams, skills, specialists with absences, contracts with SLA
// targets, service maps, classification rules, and ten weeks of requests that went through the same
// domain functions the server uses (classifyRequest, pickServiceContract, resolveSlaTargets,
// assignRequest, applyStatusChange, computeRequestSla). Rules are keyword-gated with distinctive words,
// so requests without them get no team or skills: integration tests route their own requests predictably.
import {
	addDays,
	ALWAYS_OPEN,
	isOpenRequestStatus,
	applyStatusChange,
	assignRequest,
	type AssignmentResult,
	type BusinessCalendar,
	businessMinutesBetween,
	type ClassificationResult,
	type ClassificationRule,
	classifyRequest,
	computeRequestSla,
	formatDocumentNumber,
	pickServiceContract,
	type RequestClock,
	type RequestStatus,
	resolveSlaTargets,
	type ServiceContractTerms,
	type ServiceMapTerms,
	type ServicePriority,
	type SkillRequirement,
	type Specialist,
} from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import { DAY, HOUR, iso, MINUTE } from './moments.ts';
import { createRng } from './random.ts';

type Audit = { date_created: string; date_updated: null; user_created: null };
type WeeklyHours = Record<string, { from: string; to: string }[]>;

export type ServiceCalendarRow = { id: Uuid; name: string; time_zone: string; weekly_hours: WeeklyHours; holidays: string[]; description: string | null };
export type ServiceTeamRow = { id: Uuid; code: string; name: string; active: boolean; manager: Uuid | null; calendar: Uuid | null; breach_action: 'notify' | 'reassign' };
export type ServiceSkillRow = { id: Uuid; code: string; name: string; description: string | null };
export type ServiceSpecialistRow = { id: Uuid; name: string; user: Uuid | null; team: Uuid; active: boolean; capacity: number; cost_rate: number; currency: string; calendar: Uuid | null; last_assigned_at: string | null };
export type SpecialistSkillRow = { id: Uuid; specialist: Uuid; skill: Uuid; level: number };
export type AbsenceRow = { id: Uuid; specialist: Uuid; starts_at: string; ends_at: string; reason: string; rerouted: boolean; note: string | null };
export type CodeNameRow = { id: Uuid; code: string; name: string };
export type ServiceContractRow = Audit & {
	id: Uuid;
	code: string;
	customer: Uuid;
	level: 'basic' | 'standard' | 'premium';
	active: boolean;
	valid_from: string | null;
	valid_to: string | null;
	calendar: Uuid | null;
	period: string;
	included_minutes: number;
	hourly_rate: number | null;
	fee: number | null;
	currency: string;
	description: string | null;
};
export type ContractProductLinkRow = { crm_service_contracts_id: Uuid; crm_products_id: Uuid };
export type ContractGroupLinkRow = { crm_service_contracts_id: Uuid; crm_product_groups_id: Uuid };
export type ContractCategoryLinkRow = { crm_service_contracts_id: Uuid; crm_service_categories_id: Uuid };
export type ServiceMapRow = { id: Uuid; name: string; customer_status: string; active: boolean; calendar: Uuid | null; description: string | null };
export type ServiceMapStepRow = { id: Uuid; service_map: Uuid; sort: number; kind: string; name: string; target_minutes: number | null };
export type SlaTargetRow = { id: Uuid; contract: Uuid | null; service_map: Uuid | null; priority: ServicePriority; response_minutes: number | null; resolution_minutes: number | null; warn_at_percent: number };
export type StoredSkill = { skill: string; min_level: number };
export type ClassificationRuleRow = {
	id: Uuid;
	code: string;
	name: string;
	priority: number;
	active: boolean;
	keywords: string[];
	channels: string[] | null;
	customer_statuses: string[] | null;
	set_type: Uuid | null;
	set_category: Uuid | null;
	set_priority: ServicePriority | null;
	set_team: Uuid | null;
	set_required_skills: StoredSkill[] | null;
};
export type RuleProductLinkRow = { crm_service_classification_rules_id: Uuid; crm_products_id: Uuid };
export type RuleGroupLinkRow = { crm_service_classification_rules_id: Uuid; crm_product_groups_id: Uuid };
export type RuleCategoryLinkRow = { crm_service_classification_rules_id: Uuid; crm_service_categories_id: Uuid };
export type EscalationDone = 'none' | 'warning' | 'breach';
export type ServiceRequestRow = Audit & {
	id: Uuid;
	number: string;
	subject: string;
	description: string | null;
	customer: Uuid;
	contact: Uuid | null;
	channel: string;
	type: Uuid | null;
	category: Uuid | null;
	product: Uuid | null;
	order: Uuid | null;
	priority: ServicePriority;
	status: RequestStatus;
	assignee: Uuid | null;
	team: Uuid | null;
	required_skills: StoredSkill[];
	resolution: string | null;
	sla_clock: { state: string; target: string | null; due_at: string | null; warn_at: string | null };
	sla_status: string;
	sla_source: 'contract' | 'service_map' | 'none';
	contract: Uuid | null;
	service_map: Uuid | null;
	calendar: Uuid | null;
	response_target_minutes: number | null;
	resolution_target_minutes: number | null;
	warn_at_percent: number;
	response_due_at: string | null;
	resolution_due_at: string | null;
	first_response_at: string | null;
	resolved_at: string | null;
	closed_at: string | null;
	sla_pauses: RequestClock['pauses'];
	response_escalation: EscalationDone;
	resolution_escalation: EscalationDone;
	next_check_at: string | null;
	called_back_at: string | null;
	survey_sent_at: string | null;
};
export type RoutingDecisionRow = { id: Uuid; request: Uuid; kind: 'intake' | 'reroute' | 'escalation' | 'manual'; assignee: Uuid | null; queue: Uuid | null; summary: string; classification: Record<string, unknown> | null; explanation: Record<string, unknown> | null; date_created: string };
export type EscalationRow = { id: Uuid; request: Uuid; target: 'response' | 'resolution'; level: 'warning' | 'breach'; action: 'notified' | 'reassigned'; detail: string; date_created: string };
export type TimeEntryRow = Audit & { id: Uuid; request: Uuid; specialist: Uuid; started_at: string; ended_at: string; duration_minutes: number; billable: boolean; note: string | null };
export type ExpenseRow = Audit & { id: Uuid; request: Uuid; description: string; amount: number; currency: string; incurred_on: string };

/** Tables that customers reference (dedicated_specialist): inserted before crm_customers. */
export interface ServiceStaffData {
	crm_service_calendars: ServiceCalendarRow[];
	crm_service_teams: ServiceTeamRow[];
	crm_service_skills: ServiceSkillRow[];
	crm_service_specialists: ServiceSpecialistRow[];
	crm_service_specialist_skills: SpecialistSkillRow[];
}

export interface ServiceDeskData {
	crm_service_absences: AbsenceRow[];
	crm_service_request_types: CodeNameRow[];
	crm_service_categories: CodeNameRow[];
	crm_service_contracts: ServiceContractRow[];
	crm_service_contracts_products: ContractProductLinkRow[];
	crm_service_contracts_product_groups: ContractGroupLinkRow[];
	crm_service_contracts_categories: ContractCategoryLinkRow[];
	crm_service_maps: ServiceMapRow[];
	crm_service_map_steps: ServiceMapStepRow[];
	crm_sla_targets: SlaTargetRow[];
	crm_service_classification_rules: ClassificationRuleRow[];
	crm_service_classification_rules_products: RuleProductLinkRow[];
	crm_service_classification_rules_product_groups: RuleGroupLinkRow[];
	crm_service_classification_rules_categories: RuleCategoryLinkRow[];
	crm_service_requests: ServiceRequestRow[];
	crm_service_routing_decisions: RoutingDecisionRow[];
	crm_service_escalations: EscalationRow[];
	crm_service_time_entries: TimeEntryRow[];
	crm_service_expenses: ExpenseRow[];
}

export type ServiceData = ServiceStaffData & ServiceDeskData;

export const SERVICE_STAFF_TABLES = ['crm_service_calendars', 'crm_service_teams', 'crm_service_skills', 'crm_service_specialists', 'crm_service_specialist_skills'] as const satisfies readonly (keyof ServiceStaffData)[];

/** In insert order, after customers, contacts and products. */
export const SERVICE_DESK_TABLES = [
	'crm_service_absences',
	'crm_service_request_types',
	'crm_service_categories',
	'crm_service_contracts',
	'crm_service_contracts_products',
	'crm_service_contracts_product_groups',
	'crm_service_contracts_categories',
	'crm_service_maps',
	'crm_service_map_steps',
	'crm_sla_targets',
	'crm_service_classification_rules',
	'crm_service_classification_rules_products',
	'crm_service_classification_rules_product_groups',
	'crm_service_classification_rules_categories',
	'crm_service_requests',
	'crm_service_routing_decisions',
	'crm_service_escalations',
	'crm_service_time_entries',
	'crm_service_expenses',
] as const satisfies readonly (keyof ServiceDeskData)[];

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

const PRIORITIES: readonly ServicePriority[] = ['low', 'normal', 'high', 'urgent'];
/** Easter Sunday (Gregorian, anonymous algorithm) as 'YYYY-MM-DD'. */
function easter(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Nationwide German public holidays of a year. */
function germanHolidays(year: number): string[] {
	const e = easter(year);
	return [`${year}-01-01`, addDays(e, -2), addDays(e, 1), `${year}-05-01`, addDays(e, 39), addDays(e, 50), `${year}-10-03`, `${year}-12-25`, `${year}-12-26`].sort();
}

const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Felix', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Katrin', 'Lukas', 'Mara', 'Niklas', 'Olga', 'Paul', 'Rosa', 'Simon', 'Tara', 'Uwe', 'Vera', 'Wim', 'Yusuf', 'Zoe'];
const LAST_NAMES = ['Berg', 'Hoffmann', 'Keller', 'Lange', 'Meier', 'Novak', 'Ostrowski', 'Peters', 'Quast', 'Richter', 'Sommer', 'Thiel', 'Vogt', 'Wagner', 'Yilmaz', 'Ziegler', 'Brandt', 'Fischer'];

const SKILLS: readonly (readonly [string, string])[] = [
	['NETWORK', 'Networks and connectivity'],
	['HARDWARE', 'Hardware diagnosis and repair'],
	['SOFTWARE', 'Software and web shop'],
	['BILLING', 'Invoices, credits and payments'],
	['INSTALL', 'On-site installation'],
	['DATABASE', 'Databases and data imports'],
	['SECURITY', 'Accounts, access and security'],
	['GERMAN', 'German-speaking customers'],
];
const TEAM_SKILLS: Record<string, readonly string[]> = { FIRST: ['SOFTWARE', 'NETWORK', 'SECURITY', 'GERMAN'], FIELD: ['HARDWARE', 'INSTALL', 'NETWORK'], BILLING: ['BILLING', 'GERMAN', 'DATABASE'] };

/** Business minutes of SLA targets per priority: [response, resolution]. */
const CONTRACT_TARGETS: Record<ServiceContractRow['level'], Record<ServicePriority, [number, number]>> = {
	premium: { urgent: [30, 240], high: [60, 480], normal: [120, 960], low: [240, 1920] },
	standard: { urgent: [60, 480], high: [120, 960], normal: [240, 1440], low: [480, 2880] },
	basic: { urgent: [120, 960], high: [240, 1440], normal: [480, 2880], low: [960, 4800] },
};
const MAPS: readonly { status: string; name: string; targets: Record<ServicePriority, [number, number]>; steps: [string, string, number | null][] }[] = [
	{
		status: 'key',
		name: 'Key accounts',
		targets: { urgent: [60, 480], high: [60, 960], normal: [120, 1440], low: [240, 2880] },
		steps: [
			['first_response', 'First response within one business hour', 60],
			['dedicated_engineer', 'Handled by the dedicated engineer', null],
			['call_back', 'Call the customer back', 480],
			['resolution', 'Resolution', null],
			['survey', 'Satisfaction survey after closure', 1440],
		],
	},
	{
		status: 'active',
		name: 'Active customers',
		targets: { urgent: [120, 960], high: [240, 1440], normal: [480, 2880], low: [960, 4800] },
		steps: [
			['first_response', 'First response', 480],
			['resolution', 'Resolution', null],
			['survey', 'Satisfaction survey after closure', 1440],
		],
	},
	{
		status: 'prospect',
		name: 'Prospects',
		targets: { urgent: [240, 1440], high: [480, 2880], normal: [960, 4800], low: [1440, 9600] },
		steps: [
			['first_response', 'First response', 960],
			['resolution', 'Resolution', null],
		],
	},
];

interface RuleSpec {
	code: string;
	name: string;
	priority: number;
	keywords: string[];
	type: string | null;
	category: string | null;
	setPriority: ServicePriority | null;
	team: string | null;
	skills: StoredSkill[];
	groupCode?: string;
	categoryCodes?: string[];
	/** Ties the rule to the first few active goods (by id), so the product condition is exercised. */
	productCount?: number;
}
const RULES: readonly RuleSpec[] = [
	{ code: 'BILLING', name: 'Invoices and refunds go to billing', priority: 10, keywords: ['invoice', 'refund'], type: 'QUESTION', category: 'BILLING', setPriority: null, team: 'BILLING', skills: [{ skill: 'BILLING', min_level: 2 }] },
	{ code: 'OUTAGE', name: 'Outages are urgent', priority: 20, keywords: ['outage', 'down', 'not working'], type: 'INCIDENT', category: null, setPriority: 'urgent', team: null, skills: [{ skill: 'NETWORK', min_level: 3 }] },
	{ code: 'INSTALL', name: 'Installations go to field service', priority: 30, keywords: ['install', 'installation'], type: 'CHANGE', category: 'INSTALLATION', setPriority: null, team: 'FIELD', skills: [{ skill: 'INSTALL', min_level: 2 }] },
	{ code: 'ACCESS', name: 'Passwords and logins', priority: 40, keywords: ['password', 'login'], type: 'QUESTION', category: 'SOFTWARE', setPriority: null, team: null, skills: [{ skill: 'SECURITY', min_level: 1 }] },
	{ code: 'DEFECT', name: 'Broken tools need a hardware specialist', priority: 50, keywords: ['defective', 'broken'], type: 'INCIDENT', category: 'HARDWARE', setPriority: 'high', team: null, skills: [{ skill: 'HARDWARE', min_level: 2 }], groupCode: 'TOOLS' },
	{ code: 'BILLING-COMPLAINT', name: 'Complaints about billing', priority: 60, keywords: ['complaint'], type: 'COMPLAINT', category: null, setPriority: 'high', team: 'BILLING', skills: [], categoryCodes: ['BILLING'] },
	{ code: 'WARRANTY', name: 'Warranty claims on flagship products', priority: 70, keywords: ['warranty'], type: 'COMPLAINT', category: 'HARDWARE', setPriority: null, team: null, skills: [{ skill: 'HARDWARE', min_level: 3 }], productCount: 2 },
];

type Topic = { subject: string; description: string; product?: 'goods' | 'any'; category?: string };
const TOPICS: readonly (readonly [Topic, number])[] = [
	[{ subject: 'Question about invoice {inv}', description: 'The amount on invoice {inv} does not match our order confirmation. Please check.' }, 8],
	[{ subject: 'Refund for returned {product}', description: 'We sent the item back two weeks ago and are still waiting for the refund.', product: 'goods' }, 5],
	[{ subject: 'Web shop connection down since this morning', description: 'Our purchasing team cannot reach the web shop; orders are piling up.' }, 5],
	[{ subject: 'Order interface not working', description: 'The EDI transfer of our orders stopped with a timeout. Please look into it urgently.' }, 4],
	[{ subject: 'Please install {product} at our {city} site', description: 'We would like an appointment next week; the site is open from 7 am.', product: 'any' }, 6],
	[{ subject: 'Password reset for the customer portal', description: 'A colleague left the company; please reset the password of the shared account.' }, 5],
	[{ subject: 'Cannot login to the portal', description: 'Since yesterday the login page says the account is locked.' }, 4],
	[{ subject: '{product} arrived broken', description: 'The packaging was damaged and the device does not start. Photos attached.', product: 'goods', category: 'HARDWARE' }, 5],
	[{ subject: 'Defective {product}, replacement needed', description: 'After a few days of use the unit fails. Please send a replacement.', product: 'goods', category: 'HARDWARE' }, 4],
	[{ subject: 'Complaint about extra delivery charges', description: 'We were charged express delivery although we ordered standard shipping.', category: 'BILLING' }, 3],
	[{ subject: 'Question about delivery times', description: 'When can we expect the next delivery to our warehouse?' }, 10],
	[{ subject: 'Request for a maintenance offer', description: 'We would like an offer for yearly maintenance of our machines.' }, 7],
	[{ subject: 'Documentation for {product}', description: 'Please send the manual and the safety data sheet.', product: 'goods' }, 8],
	[{ subject: 'Change of our billing address', description: 'We moved our accounting department; please update the address.', category: 'OTHER' }, 5],
	[{ subject: 'Spare parts for {product}', description: 'Which spare parts are available and how long is the lead time?', product: 'goods' }, 7],
	[{ subject: 'Training for new staff', description: 'Three new colleagues need an introduction to the ordering process.' }, 4],
	[{ subject: 'Data export of our order history', description: 'For our audit we need the orders of the last year as a spreadsheet.' }, 4],
];
const STATUS_WEIGHT: Record<string, number> = { key: 5, active: 1.5, prospect: 0.6 };
/** Share of requests of this age (days) that are resolved by now. */
const finishShare = (ageDays: number): number => {
	// A desk that keeps up: the backlog is mostly recent, a few old requests linger (and are breached).
	if (ageDays > 21) return 0.97;
	return ageDays > 7 ? 0.8 : 0.3;
};
const RESOLUTIONS = ['Explained the process to the customer.', 'Replacement sent.', 'Corrected the master data.', 'Issued a credit note.', 'Fixed on site.', 'Reset the account and sent new credentials.', 'Configuration corrected; customer confirmed.'];
const WORK_NOTES = ['Analysis', 'Call with the customer', 'Remote session', 'On site', 'Documentation', 'Follow-up', null];
const EXPENSES = ['Travel to customer site', 'Replacement parts', 'Courier shipment', 'Rental equipment'];

interface SpecState {
	row: ServiceSpecialistRow;
	teamCode: string;
	skills: { skillId: string; level: number }[];
	calendar: BusinessCalendar;
	lastAssignedMs: number | null;
}
interface Assignment {
	specialist: Uuid;
	priority: ServicePriority;
	from: number;
	to: number;
}

function classificationRecord(result: ClassificationResult, extra: Record<string, unknown>): Record<string, unknown> {
	return {
		trace: result.trace.map((t) => ({ rule_id: t.ruleId, rule_code: t.code, rule_name: t.name, outcome: t.outcome, detail: t.detail })),
		set: { type: result.typeId, category: result.categoryId, priority: result.priority, required_skills: result.requiredSkills.map((s) => ({ skill: s.skillId, min_level: s.minLevel })) },
		sources: result.sources,
		...extra,
	};
}

export function generateServiceData(input: ServiceDataInput): ServiceDataResult {
	const rng = createRng(input.seed ^ 0x5e2c_1ce5);
	const nowMs = input.now.getTime();
	const today = iso(nowMs).slice(0, 10);
	const year = Number(today.slice(0, 4));

	// --- calendars, teams, skills -------------------------------------------------------------
	const workday = [{ from: '08:00', to: '18:00' }];
	const wholeDay = [{ from: '00:00', to: '24:00' }];
	const berlin: ServiceCalendarRow = {
		id: rng.uuid(),
		name: 'Berlin office',
		time_zone: 'Europe/Berlin',
		weekly_hours: { '1': workday, '2': workday, '3': workday, '4': workday, '5': workday },
		holidays: [...germanHolidays(year - 1).filter((d) => d >= addDays(today, -120)), ...germanHolidays(year), ...germanHolidays(year + 1)],
		description: 'Office hours of the service desk in Berlin, Monday to Friday, without German public holidays.',
	};
	const aroundTheClock: ServiceCalendarRow = {
		id: rng.uuid(),
		name: 'Around the clock',
		time_zone: 'UTC',
		weekly_hours: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), wholeDay])),
		holidays: [],
		description: '24×7 on-call service for premium contracts.',
	};
	const calendars = [berlin, aroundTheClock];
	const calendarOf = new Map<Uuid | null, BusinessCalendar>([[null, ALWAYS_OPEN], ...calendars.map((c) => [c.id, { timeZone: c.time_zone, weeklyHours: c.weekly_hours, holidays: c.holidays }] as const)]);
	const cal = (id: Uuid | null): BusinessCalendar => calendarOf.get(id) ?? ALWAYS_OPEN;

	const teams: ServiceTeamRow[] = [
		{ id: rng.uuid(), code: 'FIRST', name: '1st level support', active: true, manager: null, calendar: berlin.id, breach_action: 'notify' },
		{ id: rng.uuid(), code: 'FIELD', name: 'Field service', active: true, manager: null, calendar: berlin.id, breach_action: 'reassign' },
		{ id: rng.uuid(), code: 'BILLING', name: 'Billing support', active: true, manager: null, calendar: berlin.id, breach_action: 'notify' },
	];
	const teamByCode = new Map(teams.map((t) => [t.code, t]));
	const team = (code: string) => teamByCode.get(code)!;
	const skills: ServiceSkillRow[] = SKILLS.map(([code, name]) => ({ id: rng.uuid(), code, name, description: null }));
	const skillByCode = new Map(skills.map((s) => [s.code, s]));

	// --- specialists --------------------------------------------------------------------------
	const specialistCount = Math.max(8, Math.round(24 * input.scale));
	const teamOrder = ['FIRST', 'FIRST', 'FIELD', 'BILLING'];
	const specs: SpecState[] = [];
	const specialistSkills: SpecialistSkillRow[] = [];
	const usedNames = new Set<string>(['Sam Service']);
	for (let i = 0; i < specialistCount; i++) {
		const teamCode = teamOrder[i % teamOrder.length]!;
		let name = 'Sam Service';
		if (i > 0) {
			do name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
			while (usedNames.has(name));
			usedNames.add(name);
		}
		// Two of 1st level work on call around the clock; everybody else on their team's calendar.
		const onCall = teamCode === 'FIRST' && (i === 4 || i === 5);
		const row: ServiceSpecialistRow = {
			id: rng.uuid(),
			name,
			user: null,
			team: team(teamCode).id,
			active: true,
			capacity: rng.int(10, 30),
			cost_rate: rng.int(70, 140) * 50,
			currency: 'EUR',
			calendar: onCall ? aroundTheClock.id : null,
			last_assigned_at: null,
		};
		const held = new Map<string, number>();
		for (const code of TEAM_SKILLS[teamCode]!) held.set(code, i < 4 ? rng.int(3, 5) : rng.int(2, 5));
		for (const code of [rng.pick(SKILLS)[0], rng.pick(SKILLS)[0]]) if (!held.has(code)) held.set(code, rng.int(1, 3));
		for (const [code, level] of held) specialistSkills.push({ id: rng.uuid(), specialist: row.id, skill: skillByCode.get(code)!.id, level });
		specs.push({ row, teamCode, skills: [...held].map(([skillId, level]) => ({ skillId, level })), calendar: cal(onCall ? aroundTheClock.id : berlin.id), lastAssignedMs: null });
	}
	const specById = new Map(specs.map((s) => [s.row.id, s]));
	const nameOf = (id: Uuid) => specById.get(id)?.row.name ?? id;

	// One 1st-level specialist is away now (their open requests were re-routed), another later.
	const absent = specs[1]!;
	const absenceStartMs = Math.floor((nowMs - 2 * DAY) / DAY) * DAY + 6 * HOUR;
	const absenceEndMs = Math.floor((nowMs + 6 * DAY) / DAY) * DAY + 6 * HOUR;
	const absences: AbsenceRow[] = [
		{ id: rng.uuid(), specialist: absent.row.id, starts_at: iso(absenceStartMs), ends_at: iso(absenceEndMs), reason: 'sick', rerouted: true, note: null },
		{ id: rng.uuid(), specialist: specs[2]!.row.id, starts_at: iso(Math.floor((nowMs + 14 * DAY) / DAY) * DAY + 6 * HOUR), ends_at: iso(Math.floor((nowMs + 21 * DAY) / DAY) * DAY + 6 * HOUR), reason: 'vacation', rerouted: false, note: 'Summer holiday' },
	];

	// --- types, categories ----------------------------------------------------------------------
	const types: CodeNameRow[] = [
		['INCIDENT', 'Incident'],
		['QUESTION', 'Question'],
		['COMPLAINT', 'Complaint'],
		['CHANGE', 'Change request'],
	].map(([code, name]) => ({ id: rng.uuid(), code: code!, name: name! }));
	const categories: CodeNameRow[] = [
		['HARDWARE', 'Hardware'],
		['SOFTWARE', 'Software'],
		['BILLING', 'Billing'],
		['INSTALLATION', 'Installation'],
		['OTHER', 'Other'],
	].map(([code, name]) => ({ id: rng.uuid(), code: code!, name: name! }));
	const typeId = (code: string) => types.find((t) => t.code === code)!.id;
	const categoryId = (code: string) => categories.find((c) => c.code === code)!.id;

	// --- product helpers ------------------------------------------------------------------------
	const parentOf = new Map(input.productGroups.map((g) => [g.id, g.parent]));
	const groupsOf = (productId: Uuid | null): Uuid[] => {
		const product = productId ? input.products.find((p) => p.id === productId) : undefined;
		const out: Uuid[] = [];
		for (let id = product?.group ?? null; id !== null && !out.includes(id); id = parentOf.get(id) ?? null) out.push(id);
		return out;
	};
	const activeProducts = input.products.filter((p) => p.active);
	const goods = activeProducts.filter((p) => p.kind === 'goods');
	const groupByCode = (code: string) => input.productGroups.find((g) => g.code === code) ?? input.productGroups[0]!;

	// --- contracts --------------------------------------------------------------------------------
	const eligible = input.customers.filter((c) => c.status === 'active' || c.status === 'key');
	const contractCount = Math.min(eligible.length, Math.max(3, Math.round(eligible.length * 0.15)));
	const keyFirst = [...eligible.filter((c) => c.status === 'key'), ...eligible.filter((c) => c.status !== 'key')];
	const chosen: typeof eligible = [];
	for (const c of keyFirst) if (chosen.length < contractCount && (c.status === 'key' ? rng.chance(0.7) : rng.chance(0.25))) chosen.push(c);
	for (const c of keyFirst) if (chosen.length < contractCount && !chosen.includes(c)) chosen.push(c);
	const contracts: ServiceContractRow[] = [];
	const contractProducts: ContractProductLinkRow[] = [];
	const contractGroups: ContractGroupLinkRow[] = [];
	const contractCategories: ContractCategoryLinkRow[] = [];
	const targets: SlaTargetRow[] = [];
	const termsOf = new Map<Uuid, ServiceContractTerms[]>();
	chosen.forEach((customer, i) => {
		const level = customer.status === 'key' ? rng.weighted([['premium', 60], ['standard', 40]] as const) : rng.weighted([['standard', 55], ['basic', 45]] as const);
		const expired = i === chosen.length - 1;
		const validFrom = addDays(today, expired ? -rng.int(400, 500) : -rng.int(20, 365));
		const validTo = expired ? addDays(today, -rng.int(15, 35)) : addDays(today, rng.int(30, 365));
		const row: ServiceContractRow = {
			id: rng.uuid(),
			code: `SC-${String(i + 1).padStart(4, '0')}`,
			customer: customer.id,
			level,
			active: true,
			valid_from: validFrom,
			valid_to: validTo,
			calendar: level === 'premium' ? aroundTheClock.id : berlin.id,
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
		// Some contracts cover only part of the requests: products, a product group or a category.
		const scope = (['all', 'products', 'group', 'category'] as const)[i] ?? 'all';
		const coveredProducts = scope === 'products' ? goods.slice(0, 2).map((p) => p.id) : [];
		const coveredGroups = scope === 'group' ? [groupByCode('TOOLS').id] : [];
		const coveredCategories = scope === 'category' ? [categoryId('HARDWARE'), categoryId('SOFTWARE')] : [];
		for (const id of coveredProducts) contractProducts.push({ crm_service_contracts_id: row.id, crm_products_id: id });
		for (const id of coveredGroups) contractGroups.push({ crm_service_contracts_id: row.id, crm_product_groups_id: id });
		for (const id of coveredCategories) contractCategories.push({ crm_service_contracts_id: row.id, crm_service_categories_id: id });
		if (scope !== 'all') row.description += ' Covers only part of the requests.';
		const rowTargets = PRIORITIES.map((priority) => {
			const [response, resolution] = CONTRACT_TARGETS[level][priority];
			return { id: rng.uuid(), contract: row.id, service_map: null, priority, response_minutes: response, resolution_minutes: resolution, warn_at_percent: 80 };
		});
		targets.push(...rowTargets);
		contracts.push(row);
		termsOf.set(customer.id, [
			...(termsOf.get(customer.id) ?? []),
			{
				id: row.id,
				code: row.code,
				level,
				active: row.active,
				validFrom,
				validTo,
				coveredProductIds: coveredProducts,
				coveredProductGroupIds: coveredGroups,
				coveredCategoryIds: coveredCategories,
				targets: rowTargets.map((t) => ({ priority: t.priority, responseMinutes: t.response_minutes, resolutionMinutes: t.resolution_minutes })),
				calendarId: row.calendar,
			},
		]);
	});

	// --- service maps ---------------------------------------------------------------------------
	const maps: ServiceMapRow[] = [];
	const mapSteps: ServiceMapStepRow[] = [];
	const mapTerms = new Map<string, ServiceMapTerms>();
	for (const spec of MAPS) {
		const row: ServiceMapRow = { id: rng.uuid(), name: spec.name, customer_status: spec.status, active: true, calendar: berlin.id, description: `Service for customers with status ${spec.status} without a contract.` };
		const steps = spec.steps.map(([kind, name, minutes], i) => ({ id: rng.uuid(), service_map: row.id, sort: i + 1, kind, name, target_minutes: minutes }));
		const rowTargets = PRIORITIES.map((priority) => ({ id: rng.uuid(), contract: null, service_map: row.id, priority, response_minutes: spec.targets[priority][0], resolution_minutes: spec.targets[priority][1], warn_at_percent: 80 }));
		maps.push(row);
		mapSteps.push(...steps);
		targets.push(...rowTargets);
		mapTerms.set(spec.status, {
			id: row.id,
			name: row.name,
			customerStatus: spec.status,
			targets: rowTargets.map((t) => ({ priority: t.priority, responseMinutes: t.response_minutes, resolutionMinutes: t.resolution_minutes })),
			steps: steps.map((s) => ({ id: s.id, sort: s.sort, kind: s.kind as ServiceMapTerms['steps'][number]['kind'], name: s.name, targetMinutes: s.target_minutes })),
			calendarId: row.calendar,
		});
	}

	// Key customers: a dedicated engineer from 1st level or field service.
	const dedicatedSpecialist = new Map<Uuid, Uuid>();
	const engineers = specs.filter((s) => s.teamCode !== 'BILLING');
	for (const c of input.customers) if (c.status === 'key') dedicatedSpecialist.set(c.id, rng.pick(engineers).row.id);

	// --- classification rules -------------------------------------------------------------------
	const rules: ClassificationRuleRow[] = [];
	const ruleProducts: RuleProductLinkRow[] = [];
	const ruleGroups: RuleGroupLinkRow[] = [];
	const ruleCategories: RuleCategoryLinkRow[] = [];
	const compiled: ClassificationRule[] = [];
	const ruleTeam = new Map<Uuid, Uuid | null>();
	for (const spec of RULES) {
		const row: ClassificationRuleRow = {
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
			set_team: spec.team ? team(spec.team).id : null,
			set_required_skills: spec.skills.length > 0 ? spec.skills : null,
		};
		const groupIds = spec.groupCode ? [groupByCode(spec.groupCode).id] : [];
		const categoryIds = (spec.categoryCodes ?? []).map(categoryId);
		const productIds = input.products.filter((p) => p.active && p.kind === 'goods').map((p) => p.id).sort().slice(0, spec.productCount ?? 0);
		for (const id of productIds) ruleProducts.push({ crm_service_classification_rules_id: row.id, crm_products_id: id });
		for (const id of groupIds) ruleGroups.push({ crm_service_classification_rules_id: row.id, crm_product_groups_id: id });
		for (const id of categoryIds) ruleCategories.push({ crm_service_classification_rules_id: row.id, crm_service_categories_id: id });
		rules.push(row);
		ruleTeam.set(row.id, row.set_team);
		compiled.push({
			id: row.id,
			code: row.code,
			name: row.name,
			priority: row.priority,
			active: row.active,
			match: { keywordsAny: row.keywords, channels: [], customerStatuses: [], productIds, productGroupIds: groupIds, categoryIds },
			set: {
				...(row.set_type ? { typeId: row.set_type } : {}),
				...(row.set_category ? { categoryId: row.set_category } : {}),
				...(row.set_priority ? { priority: row.set_priority } : {}),
				...(spec.skills.length > 0 ? { requiredSkills: spec.skills.map((s) => ({ skillId: s.skill, minLevel: s.min_level })) } : {}),
			},
		});
	}

	// --- requests -------------------------------------------------------------------------------
	const requestCount = Math.max(20, Math.round(400 * input.scale));
	const contractCustomers = new Set(termsOf.keys());
	const pool = input.customers
		.map((c) => [c, contractCustomers.has(c.id) ? 8 : (STATUS_WEIGHT[c.status] ?? 0.1)] as const)
		.filter(([, w]) => w > 0);
	const contactsOf = new Map<Uuid, Uuid[]>();
	for (const c of input.contacts) if (c.active) contactsOf.set(c.customer, [...(contactsOf.get(c.customer) ?? []), c.id]);

	// Creation moments over the last ten weeks, mostly in Berlin office hours on weekdays.
	const createdTimes: number[] = [];
	for (let i = 0; i < requestCount; i++) {
		const dayStart = Math.floor(nowMs / DAY) * DAY - rng.int(0, 69) * DAY;
		let ms: number;
		const weekday = new Date(dayStart).getUTCDay();
		if (weekday !== 0 && weekday !== 6 && rng.chance(0.85)) ms = dayStart + 7 * HOUR + rng.int(0, 9 * 60 - 1) * MINUTE;
		else ms = dayStart + rng.int(0, 24 * 60 - 1) * MINUTE;
		if (ms > nowMs - 20 * MINUTE) ms = nowMs - rng.int(20, 600) * MINUTE;
		createdTimes.push(ms + rng.int(0, 59) * 1000);
	}
	createdTimes.sort((a, b) => a - b);

	const assignments: Assignment[] = [];
	const workingCache = new Map<string, boolean>();
	const isWorking = (calendar: BusinessCalendar, ms: number) => {
		const key = `${calendar.timeZone}:${ms}`;
		let v = workingCache.get(key);
		if (v === undefined) {
			v = businessMinutesBetween(iso(ms), iso(ms + MINUTE), calendar) > 0;
			workingCache.set(key, v);
		}
		return v;
	};
	const poolAt = (ms: number, opts: { allAvailable?: boolean; exclude?: Uuid | null } = {}): Specialist[] =>
		specs.map((s) => {
			const load = new Map<ServicePriority, number>();
			for (const a of assignments) if (a.specialist === s.row.id && a.from <= ms && a.to > ms) load.set(a.priority, (load.get(a.priority) ?? 0) + 1);
			const away = (s === absent && ms >= absenceStartMs && ms < absenceEndMs) || s.row.id === opts.exclude;
			return {
				id: s.row.id,
				name: s.row.name,
				teamIds: [s.row.team],
				skills: s.skills,
				available: opts.allAvailable === true || isWorking(s.calendar, ms),
				absentUntil: away ? iso(s.row.id === opts.exclude ? Date.parse('9999-12-31T00:00:00.000Z') : absenceEndMs) : null,
				capacity: s.row.capacity,
				load: [...load].map(([priority, count]) => ({ priority, count })),
				lastAssignedAt: s.lastAssignedMs === null ? null : iso(s.lastAssignedMs),
				active: s.row.active,
			};
		});
	const noteAssigned = (id: Uuid, ms: number) => {
		const s = specById.get(id)!;
		if (s.lastAssignedMs === null || s.lastAssignedMs < ms) s.lastAssignedMs = ms;
	};

	const requests: ServiceRequestRow[] = [];
	const decisions: RoutingDecisionRow[] = [];
	const escalations: EscalationRow[] = [];
	const counters = new Map<string, number>();
	interface Work {
		request: Uuid;
		specialist: Uuid;
		from: number;
		to: number;
	}
	const work: Work[] = [];

	// Make sure the small data sets show these too: a request waiting for the customer, a reopened one, a fresh one.
	const forceWait = createdTimes.findLastIndex((ms) => ms < nowMs - 3 * DAY);
	const forceReopen = createdTimes.findLastIndex((ms) => ms < nowMs - 20 * DAY);
	const forceFresh = createdTimes.length - 1;
	for (const [index, createdMs] of createdTimes.entries()) {
		const id = rng.uuid();
		const customer = rng.weighted(pool);
		const topic = rng.weighted(TOPICS);
		let product: (typeof activeProducts)[number] | null = null;
		if (topic.product === 'goods') product = goods.length > 0 ? rng.pick(goods) : null;
		else if (topic.product === 'any' || rng.chance(0.2)) product = rng.pick(activeProducts);
		const vars: Record<string, string> = { inv: `INV-${new Date(createdMs).getUTCFullYear()}-${rng.digits(5)}`, product: product?.name ?? 'our order', city: rng.pick(['Berlin', 'Hamburg', 'Leipzig', 'Munich', 'Cologne']) };
		const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? k);
		const subject = fill(topic.subject).slice(0, 200);
		const description = fill(topic.description);
		const channel = rng.weighted([['email', 35], ['phone', 30], ['portal', 20], ['chat', 10], ['api', 5]] as const);
		const givenCategory = topic.category && rng.chance(0.8) ? categoryId(topic.category) : null;
		const givenPriority = rng.chance(0.35) ? rng.weighted([['low', 25], ['normal', 45], ['high', 25], ['urgent', 5]] as const) : null;
		const productGroupIds = groupsOf(product?.id ?? null);
		const classified = classifyRequest(
			{ subject, description, channel, productId: product?.id ?? null, productGroupIds, categoryId: givenCategory, customerStatus: customer.status, typeId: null, priority: givenPriority },
			compiled,
		);
		const ruleWithTeam = classified.trace.find((t) => (t.outcome === 'applied' || t.outcome === 'overridden' || t.outcome === 'no_effect') && ruleTeam.get(t.ruleId));
		const teamId = ruleWithTeam ? ruleTeam.get(ruleWithTeam.ruleId)! : null;
		const createdIso = iso(createdMs);
		const contract = pickServiceContract(termsOf.get(customer.id) ?? [], { day: createdIso.slice(0, 10), productId: product?.id ?? null, productGroupIds, categoryId: classified.categoryId });
		const map = mapTerms.get(customer.status) ?? null;
		const slaTargets = resolveSlaTargets({ priority: classified.priority, contract, serviceMap: map });
		const calendar = cal(slaTargets.calendarId);
		const classification = classificationRecord(classified, { team: teamId, team_source: ruleWithTeam?.code ?? null, sla: slaTargets.explanation });

		// Intake routing, as prepareNewRequest does it: the dedicated engineer first when the map promises one.
		const routing = { id, priority: classified.priority, requiredSkills: classified.requiredSkills as SkillRequirement[], teamId, customerId: customer.id };
		const specialistsNow = poolAt(createdMs);
		const dedicated = map?.steps.some((s) => s.kind === 'dedicated_engineer') && slaTargets.source !== 'contract' ? (dedicatedSpecialist.get(customer.id) ?? null) : null;
		let result: AssignmentResult | null = null;
		if (dedicated) {
			const own = specialistsNow.filter((s) => s.id === dedicated);
			const tried = assignRequest({ request: { ...routing, teamId: null }, specialists: own, now: createdIso, explain: 'full' });
			if (tried.assignee) result = { ...tried, explanation: { ...tried.explanation, summary: `dedicated engineer ${own[0]!.name} takes it (service map step); ${tried.explanation.summary}` } };
			else {
				const why = tried.explanation.candidates[0]?.detail ?? 'not eligible';
				const other = assignRequest({ request: routing, specialists: specialistsNow, now: createdIso, explain: 'full' });
				result = { ...other, explanation: { ...other.explanation, summary: `dedicated engineer ${own[0]!.name} cannot take it (${why}); ${other.explanation.summary}` } };
			}
		}
		result ??= assignRequest({ request: routing, specialists: specialistsNow, now: createdIso, explain: 'full' });
		let assignee = result.assignee;
		let assignedFrom = createdMs;
		decisions.push({
			id: rng.uuid(),
			request: id,
			kind: 'intake',
			assignee,
			queue: assignee ? null : result.queue,
			summary: result.explanation.summary,
			classification,
			explanation: result.explanation as unknown as Record<string, unknown>,
			date_created: createdIso,
		});
		if (assignee) noteAssigned(assignee, createdMs);

		// --- life of the request: events in time order, cut off at now ---------------------------
		let clock: RequestClock = { status: assignee ? 'assigned' : 'new', firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] };
		const slaAt = (c: RequestClock, at: number) =>
			computeRequestSla({ createdAt: createdIso, now: iso(at), calendar, responseMinutes: slaTargets.responseMinutes, resolutionMinutes: slaTargets.resolutionMinutes, clock: c, warnAtPercent: 80 });
		/** A moment before the deadline (or after it for a breach), or a plain delay without a target. */
		const momentFor = (fromMs: number, deadline: string | null, breach: boolean, fallbackMinutes: [number, number]) => {
			if (deadline === null) return fromMs + rng.int(...fallbackMinutes) * MINUTE;
			const dl = Date.parse(deadline);
			if (breach || dl <= fromMs + 10 * MINUTE) return Math.max(dl, fromMs) + rng.int(15, 24 * 60) * MINUTE;
			return fromMs + Math.floor(((dl - fromMs) * (0.15 + 0.75 * rng.float())) / 1000) * 1000;
		};
		const ageDays = (nowMs - createdMs) / DAY;
		const finish = index === forceReopen || (index !== forceWait && index !== forceFresh && rng.chance(finishShare(ageDays)));
		const untouched = index === forceFresh || (!finish && index !== forceWait && ageDays < 2 && rng.chance(0.5));
		const events: [RequestStatus, number][] = [];
		if (!untouched) {
			const first = slaAt(clock, createdMs);
			let t = momentFor(createdMs, first.response?.deadline ?? null, rng.chance(0.08), [10, 480]);
			const waits = index === forceWait || rng.chance(finish ? 0.15 : 0.35);
			if (index === forceWait) t = Math.min(t, nowMs - DAY);
			events.push([waits ? 'waiting_for_customer' : 'in_progress', t]);
			if (waits) {
				t = index === forceWait ? nowMs + DAY : t + rng.int(2 * 60, 3 * 24 * 60) * MINUTE;
				events.push(['in_progress', t]);
			}
			if (finish) {
				// The resolution deadline moves with the pause, so ask the clock as it will stand.
				let c: RequestClock = clock;
				for (const [status, at] of events) c = applyStatusChange(c, status, iso(at));
				t = momentFor(t, slaAt(c, t).resolution?.deadline ?? null, rng.chance(0.1), [60, 5 * 24 * 60]);
				events.push(['resolved', t]);
				if (index === forceReopen || rng.chance(0.08)) events.push(['reopened', t + rng.int(4 * 60, 3 * 24 * 60) * MINUTE]);
				else if (rng.chance(0.75)) events.push(['closed', t + rng.int(24 * 60, 7 * 24 * 60) * MINUTE]);
			}
		}

		// Picked up from the queue by whoever works on it first.
		const firstEvent = events[0];
		if (!assignee && firstEvent && firstEvent[1] < nowMs) {
			const at = firstEvent[1];
			const picked = assignRequest({ request: routing, specialists: poolAt(at, { allAvailable: true }), now: iso(at), explain: 'summary' }).assignee ?? specs.find((s) => s.row.team === (teamId ?? team('FIRST').id) && s !== absent)!.row.id;
			assignee = picked;
			assignedFrom = at;
			noteAssigned(picked, at);
			decisions.push({ id: rng.uuid(), request: id, kind: 'manual', assignee: picked, queue: null, summary: `Taken from the queue by ${nameOf(picked)}.`, classification: null, explanation: null, date_created: iso(at) });
		}
		let lastMs = createdMs;
		for (const [status, at] of events) {
			if (at > nowMs - MINUTE) break;
			clock = applyStatusChange(clock, status, iso(at));
			lastMs = at;
		}
		let status = clock.status;
		const open = isOpenRequestStatus(status);
		const endMs = open ? nowMs : Date.parse(clock.resolvedAt ?? iso(lastMs));

		// The absent specialist's open requests were routed elsewhere when the absence began.
		if (open && assignee === absent.row.id && absenceStartMs > assignedFrom) {
			assignments.push({ specialist: absent.row.id, priority: classified.priority, from: assignedFrom, to: absenceStartMs });
			const moved = assignRequest({ request: routing, specialists: poolAt(absenceStartMs, { exclude: absent.row.id }), now: iso(absenceStartMs), explain: 'full' });
			decisions.push({
				id: rng.uuid(),
				request: id,
				kind: 'reroute',
				assignee: moved.assignee,
				queue: moved.assignee ? null : moved.queue,
				summary: moved.explanation.summary,
				classification: null,
				explanation: moved.explanation as unknown as Record<string, unknown>,
				date_created: iso(absenceStartMs),
			});
			assignee = moved.assignee;
			assignedFrom = absenceStartMs;
			if (assignee) noteAssigned(assignee, absenceStartMs);
			else if (status === 'assigned') {
				clock = { ...clock, status: 'new' };
				status = 'new';
			}
		}
		if (assignee) {
			const priorityLoadEnd = open ? Number.MAX_SAFE_INTEGER : endMs;
			assignments.push({ specialist: assignee, priority: classified.priority, from: assignedFrom, to: priorityLoadEnd });
			if (clock.firstResponseAt) work.push({ request: id, specialist: assignee, from: Math.max(Date.parse(clock.firstResponseAt), assignedFrom), to: Math.min(endMs, nowMs) });
		}

		// --- SLA columns and escalations, as the escalation job would have left them ---------------
		const sla = slaAt(clock, nowMs);
		const escalated: Record<'response' | 'resolution', EscalationDone> = { response: 'none', resolution: 'none' };
		const requestTeam = teamId ?? (assignee ? specById.get(assignee)!.row.team : null);
		for (const target of ['response', 'resolution'] as const) {
			const state = sla[target];
			if (state === null) continue;
			const doneAt = target === 'response' ? clock.firstResponseAt : clock.resolvedAt;
			const reached = doneAt ? Date.parse(doneAt) : nowMs;
			for (const [level, moment] of [['warning', state.warnAt], ['breach', state.deadline]] as const) {
				if (moment === null || Date.parse(moment) >= reached) continue;
				const at = Math.min(Date.parse(moment) + rng.int(1, 5) * MINUTE, nowMs);
				escalated[target] = level;
				escalations.push({
					id: rng.uuid(),
					request: id,
					target,
					level,
					action: 'notified',
					detail: `${target === 'response' ? 'First response' : 'Resolution'} ${level === 'warning' ? 'nearly due' : 'overdue'}: deadline ${state.deadline ?? 'paused'}.`,
					date_created: iso(at),
				});
			}
		}
		const RANK: Record<EscalationDone, number> = { none: 0, warning: 1, breach: 2 };
		const checks: string[] = [];
		for (const target of ['response', 'resolution'] as const) {
			const state = sla[target];
			if (state === null || state.state === 'met' || state.state === 'missed') continue;
			if (RANK[escalated[target]] < 1 && state.warnAt) checks.push(state.warnAt);
			if (RANK[escalated[target]] < 2 && state.deadline) checks.push(state.deadline);
		}
		const next = sla.next;
		const requestYear = Number(createdIso.slice(0, 4));
		const seq = (counters.get(`SR-${requestYear}`) ?? 0) + 1;
		counters.set(`SR-${requestYear}`, seq);
		const steps = slaTargets.source === 'service_map' ? (map?.steps ?? []) : [];
		const contacts = contactsOf.get(customer.id) ?? [];
		requests.push({
			id,
			number: formatDocumentNumber('SR', requestYear, seq),
			subject,
			description,
			customer: customer.id,
			contact: contacts.length > 0 && rng.chance(0.85) ? rng.pick(contacts) : null,
			channel,
			type: classified.typeId,
			category: classified.categoryId,
			product: product?.id ?? null,
			order: null,
			priority: classified.priority,
			status,
			assignee,
			team: requestTeam,
			required_skills: classified.requiredSkills.map((s) => ({ skill: s.skillId, min_level: s.minLevel })),
			resolution: clock.resolvedAt || status === 'closed' ? rng.pick(RESOLUTIONS) : null,
			sla_clock: next === null ? { state: sla.overall, target: null, due_at: null, warn_at: null } : { state: next.state, target: next.target, due_at: next.deadline, warn_at: next.warnAt },
			sla_status: sla.overall,
			sla_source: slaTargets.source,
			contract: slaTargets.source === 'contract' ? slaTargets.sourceId : null,
			service_map: slaTargets.source === 'service_map' ? slaTargets.sourceId : null,
			calendar: slaTargets.calendarId,
			response_target_minutes: slaTargets.responseMinutes,
			resolution_target_minutes: slaTargets.resolutionMinutes,
			warn_at_percent: 80,
			response_due_at: sla.response?.deadline ?? null,
			resolution_due_at: sla.resolution?.deadline ?? null,
			first_response_at: clock.firstResponseAt,
			resolved_at: clock.resolvedAt,
			closed_at: clock.closedAt,
			sla_pauses: clock.pauses,
			response_escalation: escalated.response,
			resolution_escalation: escalated.resolution,
			next_check_at: checks.sort()[0] ?? null,
			called_back_at: steps.some((s) => s.kind === 'call_back') && clock.firstResponseAt ? iso(Math.min(nowMs, Date.parse(clock.firstResponseAt) + rng.int(10, 240) * MINUTE)) : null,
			survey_sent_at: steps.some((s) => s.kind === 'survey') && clock.closedAt && Date.parse(clock.closedAt) + 20 * HOUR < nowMs ? iso(Date.parse(clock.closedAt) + rng.int(1, 20) * HOUR) : null,
			date_created: createdIso,
			date_updated: null,
			user_created: null,
		});
	}
	for (const s of specs) s.row.last_assigned_at = s.lastAssignedMs === null ? null : iso(s.lastAssignedMs);

	// --- time entries: per specialist in time order, never overlapping, never in the future -------
	const timeEntries: TimeEntryRow[] = [];
	for (const s of specs) {
		const proposals: { request: Uuid; start: number; minutes: number; limit: number }[] = [];
		for (const w of work.filter((x) => x.specialist === s.row.id)) {
			const n = rng.int(1, 3);
			for (let k = 0; k < n; k++) proposals.push({ request: w.request, start: w.from + Math.floor(((w.to - w.from) * k) / n), minutes: rng.int(1, 12) * 15, limit: Math.min(w.to, nowMs) });
		}
		proposals.sort((a, b) => a.start - b.start);
		let busyUntil = 0;
		for (const p of proposals) {
			const start = Math.ceil(Math.max(p.start, busyUntil + 5 * MINUTE) / MINUTE) * MINUTE;
			const end = start + p.minutes * MINUTE;
			if (end > p.limit) continue;
			busyUntil = end;
			timeEntries.push({
				id: rng.uuid(),
				request: p.request,
				specialist: s.row.id,
				started_at: iso(start),
				ended_at: iso(end),
				duration_minutes: p.minutes,
				billable: rng.chance(0.85),
				note: rng.pick(WORK_NOTES),
				date_created: iso(end),
				date_updated: null,
				user_created: null,
			});
		}
	}

	// --- expenses on about a tenth of the requests that were worked on ---------------------------
	const expenses: ExpenseRow[] = [];
	for (const r of requests) {
		if (r.first_response_at === null || !rng.chance(0.12)) continue;
		const at = Date.parse(r.first_response_at);
		expenses.push({ id: rng.uuid(), request: r.id, description: rng.pick(EXPENSES), amount: rng.int(20, 500) * 50, currency: 'EUR', incurred_on: iso(at).slice(0, 10), date_created: iso(at), date_updated: null, user_created: null });
	}
	if (expenses.length === 0) {
		const r = requests.find((x) => x.first_response_at !== null);
		if (r) expenses.push({ id: rng.uuid(), request: r.id, description: EXPENSES[0]!, amount: 4500, currency: 'EUR', incurred_on: r.first_response_at!.slice(0, 10), date_created: r.first_response_at!, date_updated: null, user_created: null });
	}

	return {
		data: {
			crm_service_calendars: calendars,
			crm_service_teams: teams,
			crm_service_skills: skills,
			crm_service_specialists: specs.map((s) => s.row),
			crm_service_specialist_skills: specialistSkills,
			crm_service_absences: absences,
			crm_service_request_types: types,
			crm_service_categories: categories,
			crm_service_contracts: contracts,
			crm_service_contracts_products: contractProducts,
			crm_service_contracts_product_groups: contractGroups,
			crm_service_contracts_categories: contractCategories,
			crm_service_maps: maps,
			crm_service_map_steps: mapSteps,
			crm_sla_targets: targets,
			crm_service_classification_rules: rules,
			crm_service_classification_rules_products: ruleProducts,
			crm_service_classification_rules_product_groups: ruleGroups,
			crm_service_classification_rules_categories: ruleCategories,
			crm_service_requests: requests,
			crm_service_routing_decisions: decisions,
			crm_service_escalations: escalations.sort((a, b) => a.date_created.localeCompare(b.date_created)),
			crm_service_time_entries: timeEntries,
			crm_service_expenses: expenses,
		},
		dedicatedSpecialist,
		documentCounters: [...counters].sort(([a], [b]) => a.localeCompare(b)).map(([counter_key, last_number]) => ({ id: rng.uuid(), counter_key, last_number })),
	};
}
