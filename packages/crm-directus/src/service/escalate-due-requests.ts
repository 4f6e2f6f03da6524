import { randomUUID } from 'node:crypto';
import { dueEscalations, type Escalation, type EscalationDone, escalationNotice, isOpenRequestStatus, levelsBefore, OPEN_REQUEST_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { instantOf } from './instant.ts';
import { loadServiceCalendar } from './load-service-calendar.ts';
import { requestSlaFields } from './request-sla-fields.ts';
import { type RequestClockRow, toRequestClock } from './request-clock-row.ts';
import { rerouteRequest } from './service-desk.ts';

/** What escalation reads of a crm_service_requests row (`select *`). */
interface DueRequestRow extends RequestClockRow {
	id: string;
	number: string | null;
	subject: string;
	assignee: string | null;
	team: string | null;
	calendar: string | null;
	date_created: unknown;
	response_target_minutes: number | null;
	resolution_target_minutes: number | null;
	warn_at_percent: number | string | null;
	response_escalation: EscalationDone | null;
	resolution_escalation: EscalationDone | null;
}

interface EscalationTeamRow {
	manager: string | null;
	breach_action: string | null;
	name: string;
}

interface StartedAbsenceRow {
	id: string;
	specialist: string;
}

interface HeldRequestRow {
	id: string;
	priority: string | null;
	date_created: unknown;
}

const PRIORITY_RANK: readonly (string | null)[] = ['urgent', 'high', 'normal', 'low'];

export interface EscalationRun {
	checked: number;
	escalations: { request: string; target: string; level: string; action: string }[];
	/** Requests that could not be handled this time; the others went on. They are tried again in five minutes. */
	failures: { request: string; error: unknown }[];
}

const RETRY_MS = 5 * 60_000;

/**
 * The scheduled SLA job: every open request whose next check is due gets its state recomputed, and
 * each warning or breach not yet acted on is escalated — the manager is notified, and on a breach the
 * team may re-route the request. Exactly once with several instances: each request is handled in its
 * own transaction behind a row lock (PostgreSQL), and the escalation is claimed with a conditional
 * update of its level, so a second instance finds it claimed and does nothing.
 */
export async function escalateDueRequests(knex: Knex, now: string, limit = 200): Promise<EscalationRun> {
	const due = (await knex('crm_service_requests')
		.whereNotNull('next_check_at')
		.where('next_check_at', '<=', new Date(now))
		.whereIn('status', [...OPEN_REQUEST_STATUSES])
		.orderBy('next_check_at')
		.limit(limit)
		.select('id')) as { id: string }[];
	const run: EscalationRun = { checked: due.length, escalations: [], failures: [] };
	for (const { id } of due) {
		try {
			await escalateOne(knex, id, now, run);
		} catch (error) {
			// One broken request must not hold up every later one (the list is ordered by due time).
			run.failures.push({ request: id, error });
			await knex('crm_service_requests').where('id', id).update({ next_check_at: new Date(Date.parse(now) + RETRY_MS) });
		}
	}
	return run;
}

/** The open request, held against other instances (NO KEY UPDATE: inserts that refer to it are not blocked); null when gone or closed. */
async function lockOpenRequest(trx: Knex, id: string): Promise<DueRequestRow | null> {
	const query = trx('crm_service_requests').where('id', id).first();
	const row = (await (trx.client.config.client === 'pg' ? query.forNoKeyUpdate() : query)) as DueRequestRow | undefined;
	return row && isOpenRequestStatus(row.status) ? row : null;
}

interface EscalationScope {
	trx: Knex;
	row: DueRequestRow;
	team: EscalationTeamRow | undefined;
	now: string;
	run: EscalationRun;
}

/**
 * Claims one due escalation (a conditional update: exactly once across instances), records it, moves the
 * request when the team says so, and notifies. Null when another instance had claimed it already.
 */
async function escalate(scope: EscalationScope, e: Escalation, deadline: string | null, reroutedAlready: boolean): Promise<{ rerouted: boolean } | null> {
	const { trx, row, team, now } = scope;
	const id = String(row.id);
	const column = `${e.target}_escalation`;
	if ((await trx('crm_service_requests').where('id', id).whereIn(column, levelsBefore(e.level)).update({ [column]: e.level })) === 0) return null;
	const notice = escalationNotice(e, deadline, { number: String(row.number), subject: String(row.subject) }, team?.breach_action ?? null, reroutedAlready);
	const moved = notice.reroute ? await rerouteRequest(trx, id, 'escalation', now, row.assignee ?? null) : null;
	const detail = moved ? `${notice.detail} ${moved.summary}` : notice.detail;
	const action = moved ? 'reassigned' : 'notified';
	await trx('crm_service_escalations').insert({ id: randomUUID(), request: id, target: e.target, level: e.level, action, detail, date_created: new Date(now) });
	const assigneeUser = notice.notifyAssignee && row.assignee ? ((await trx('crm_service_specialists').where('id', row.assignee).first('user')) as { user: string | null } | undefined)?.user : null;
	for (const recipient of new Set([team?.manager, assigneeUser].filter((u): u is string => typeof u === 'string'))) {
		await trx('directus_notifications').insert({ recipient, status: 'inbox', timestamp: new Date(now), subject: notice.subject, message: detail, collection: 'crm_service_requests', item: id });
	}
	scope.run.escalations.push({ request: id, target: e.target, level: e.level, action });
	return { rerouted: notice.reroute };
}

async function escalateOne(knex: Knex, id: string, now: string, run: EscalationRun): Promise<void> {
	await knex.transaction(async (trx) => {
		const row = await lockOpenRequest(trx, id);
		if (!row) return;
		const calendar = await loadServiceCalendar(trx, row.calendar ?? null);
		const input = { createdAt: instantOf(row.date_created)!, now, calendar: calendar.calendar, responseMinutes: row.response_target_minutes ?? null, resolutionMinutes: row.resolution_target_minutes ?? null, warnAtPercent: Number(row.warn_at_percent ?? 80), clock: toRequestClock(row) };
		const escalated: Record<'response' | 'resolution', EscalationDone> = { response: row.response_escalation ?? 'none', resolution: row.resolution_escalation ?? 'none' };
		const { sla } = requestSlaFields({ ...input, escalated });
		const team = row.team ? ((await trx('crm_service_teams').where('id', row.team).first('manager', 'breach_action', 'name')) as EscalationTeamRow | undefined) : undefined;
		let rerouted = false;
		// Both targets breaching in one pass move the request once.
		for (const e of dueEscalations({ response: sla.response, resolution: sla.resolution, done: escalated })) {
			const done = await escalate({ trx, row, team, now, run }, e, sla[e.target]?.deadline ?? null, rerouted);
			if (!done) continue;
			escalated[e.target] = e.level;
			rerouted ||= done.rerouted;
		}
		await trx('crm_service_requests').where('id', id).update(requestSlaFields({ ...input, escalated }).fields);
	});
}

/**
 * Absences that have begun and whose specialist's open requests were not yet moved: each is claimed
 * once (conditional update), then every open request of that specialist is routed again, most urgent
 * first. Called when an absence is saved and by the scheduled job (for absences that start later).
 */
export async function rerouteForAbsences(knex: Knex, now: string): Promise<number> {
	const started = (await knex('crm_service_absences').where('rerouted', false).where('starts_at', '<=', new Date(now)).where('ends_at', '>', new Date(now)).select('id', 'specialist')) as StartedAbsenceRow[];
	let moved = 0;
	for (const absence of started) {
		await knex.transaction(async (trx) => {
			const claimed = await trx('crm_service_absences').where({ id: absence.id, rerouted: false }).update({ rerouted: true });
			if (claimed === 0) return;
			const open = (await trx('crm_service_requests').where('assignee', absence.specialist).whereIn('status', [...OPEN_REQUEST_STATUSES]).select('id', 'priority', 'date_created')) as HeldRequestRow[];
			const rank = (p: string | null) => PRIORITY_RANK.indexOf(p);
			open.sort((a, b) => rank(a.priority) - rank(b.priority) || String(instantOf(a.date_created)).localeCompare(String(instantOf(b.date_created))));
			for (const request of open) {
				await rerouteRequest(trx, String(request.id), 'reroute', now, String(absence.specialist));
				moved += 1;
			}
		});
	}
	return moved;
}
