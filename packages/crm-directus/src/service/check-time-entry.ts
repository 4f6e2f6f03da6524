import { composeTimeEntry, OPEN_END, planTimeEntry, type TimedEntry, type TimeEntrySpan, timeEntryNeedsCheck } from '@crm/core';
import type { Knex } from 'knex';
import { instantOf } from './instant.ts';

/** A time entry write as the client sent it: any fields, any shapes, judged by crm-core. */
type Payload = Record<string, unknown>;

/** The stored columns of a crm_service_time_entries row that the check reads (instants as Date, epoch or text). */
interface TimeEntryRow {
	id: string;
	specialist: string | null;
	request: string | null;
	started_at: unknown;
	ended_at: unknown;
	duration_minutes: number | null;
}

const ENTRIES = 'crm_service_time_entries';

/** The caller's own specialist record, the default person of a time entry. */
async function ownSpecialist(trx: Knex, user: string | null): Promise<string | null> {
	return user ? (((await trx('crm_service_specialists').where('user', user).first('id')) as { id: string } | undefined)?.id ?? null) : null;
}

/**
 * The specialist's entries that could overlap this one. On PostgreSQL the specialist's row is locked first
 * (NO KEY UPDATE: entries of one person are serialised without blocking foreign-key checks of other writes),
 * so two entries saved at once cannot both pass the overlap check.
 */
async function loadOverlapCandidates(trx: Knex, entry: TimedEntry): Promise<TimeEntrySpan[]> {
	if (trx.client.config.client === 'pg') await trx.raw('select id from crm_service_specialists where id = ? for no key update', [entry.specialistId]);
	const rows = (await trx(ENTRIES)
		.where('specialist', entry.specialistId)
		.where('started_at', '<', new Date(entry.endedAt ?? OPEN_END))
		.where((q) => q.where('ended_at', '>', new Date(entry.startedAt)).orWhereNull('ended_at'))
		.select('id', 'started_at', 'ended_at')) as Pick<TimeEntryRow, 'id' | 'started_at' | 'ended_at'>[];
	return rows.map((o) => ({ id: String(o.id), startedAt: instantOf(o.started_at)!, endedAt: instantOf(o.ended_at) ?? OPEN_END }));
}

/** A time entry as it will be stored (rules in crm-core's composeTimeEntry and planTimeEntry); `keys` null on create. */
export async function checkTimeEntry(trx: Knex, payload: Payload, keys: readonly (string | number)[] | null, user: string | null, now: string): Promise<Payload> {
	if (!timeEntryNeedsCheck(payload, keys ? keys.length : null)) return payload;
	const stored: Partial<TimeEntryRow> = keys && keys.length > 0 ? (((await trx(ENTRIES).whereIn('id', keys as string[]).first('*')) as TimeEntryRow | undefined) ?? {}) : {};
	const merged: Payload = { ...stored, ...payload };
	const write = {
		payload,
		storedId: stored.id ?? null,
		isCreate: keys === null,
		// Drivers hand instants back as Date (pg), epoch milliseconds (SQLite) or text.
		times: { startedAt: instantOf(merged['started_at']) ?? merged['started_at'], endedAt: instantOf(merged['ended_at']) ?? merged['ended_at'], durationMinutes: merged['duration_minutes'] },
		// Passed on as sent: composeTimeEntry refuses an entry without one.
		specialistId: (merged['specialist'] as string | null | undefined) || (await ownSpecialist(trx, user)),
		requestId: merged['request'],
		now,
	};
	const entry = composeTimeEntry(write);
	return planTimeEntry(write, entry, await loadOverlapCandidates(trx, entry));
}
