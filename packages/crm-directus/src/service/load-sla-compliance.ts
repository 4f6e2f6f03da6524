import { isServicePriority, OPEN_REQUEST_STATUSES, type OpenRequestFacts, type ResolvedRequestFacts } from '@crm/core';
import type { Knex } from 'knex';
import type { ReaderOf } from '../reader-of.ts';
import { instantOf } from './instant.ts';
import { AROUND_THE_CLOCK, loadServiceCalendars } from './load-service-calendar.ts';
import { type RequestClockRow, toRequestClock } from './request-clock-row.ts';

const FIELDS = ['id', 'status', 'priority', 'team', 'calendar', 'date_created', 'first_response_at', 'resolved_at', 'closed_at', 'sla_pauses', 'response_due_at', 'resolution_due_at'];

/** A crm_service_requests row with FIELDS, as the caller's ItemsService returns it. */
interface SlaComplianceRow extends RequestClockRow {
	id: string;
	priority: string | null;
	team: string | null;
	calendar: string | null;
	date_created: unknown;
	response_due_at: unknown;
	resolution_due_at: unknown;
}

interface TeamNameRow {
	id: string;
	name: string;
}

const toOpenFacts = (r: SlaComplianceRow): OpenRequestFacts => ({ priority: isServicePriority(r.priority) ? r.priority : null, firstResponseAt: instantOf(r.first_response_at), responseDueAt: instantOf(r.response_due_at), resolutionDueAt: instantOf(r.resolution_due_at) });

/**
 * The requests the caller may read that are open now, and those resolved since `since`, with each resolved
 * one's business calendar (around the clock without one), and the names of the teams (reference data).
 */
export async function loadSlaCompliance(read: ReaderOf, knex: Knex, since: string): Promise<{ open: OpenRequestFacts[]; resolved: ResolvedRequestFacts[]; teamNames: Map<string, string> }> {
	const requests = read('crm_service_requests');
	const [open, resolved] = (await Promise.all([requests.readByQuery({ filter: { status: { _in: [...OPEN_REQUEST_STATUSES] } }, fields: FIELDS, limit: -1 }), requests.readByQuery({ filter: { resolved_at: { _gte: since } }, fields: FIELDS, limit: -1 })])) as [SlaComplianceRow[], SlaComplianceRow[]];
	const calendars = await loadServiceCalendars(knex, resolved.map((r) => r.calendar ?? null));
	const teams = (await knex('crm_service_teams').select('id', 'name')) as TeamNameRow[];
	const toResolvedFacts = (r: SlaComplianceRow): ResolvedRequestFacts => ({
		teamId: r.team ?? null,
		createdAt: instantOf(r.date_created)!,
		firstResponseAt: instantOf(r.first_response_at),
		resolvedAt: instantOf(r.resolved_at)!,
		pauses: toRequestClock(r).pauses,
		calendar: (r.calendar ? calendars.get(String(r.calendar))?.calendar : undefined) ?? AROUND_THE_CLOCK.calendar,
	});
	return { open: open.map(toOpenFacts), resolved: resolved.map(toResolvedFacts), teamNames: new Map(teams.map((t) => [String(t.id), String(t.name)])) };
}
