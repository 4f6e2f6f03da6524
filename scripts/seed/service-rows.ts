// Row types of the service desk tables as the demo data writes them.
import type { RequestClock, RequestStatus, ServicePriority } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';

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
	sla_clock: { state: string; target: string | null; due_at: string | null; warn_at: string | null; clock_status: RequestStatus };
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
