import { isServicePriority, parseRequiredSkills, type RoutingRequest } from '@crm/core';
import { textOrNull } from '../db-cells.ts';
import { jsonOf } from './instant.ts';

/** What routing needs of a crm_service_requests row (required skills are JSON text on SQLite). */
export interface RoutableRequestRow {
	id: string;
	priority: unknown;
	required_skills: unknown;
	team: unknown;
	customer: unknown;
}

/** A stored request as routing sees it: its priority (normal when unset), required skills, team and customer. */
export function routingRequestOf(row: RoutableRequestRow): RoutingRequest {
	return { id: String(row.id), priority: isServicePriority(row.priority) ? row.priority : 'normal', requiredSkills: parseRequiredSkills(jsonOf<unknown>(row.required_skills, [])), teamId: textOrNull(row.team), customerId: String(row.customer) };
}
