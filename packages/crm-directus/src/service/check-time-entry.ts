import { composeTimeEntry, OPEN_END, planTimeEntry, type TimedEntry, type TimeEntrySpan, timeEntryNeedsCheck } from '@crm/core';
import type { Knex } from 'knex';
import { instantOf } from './instant.ts';

type Row = Record<string, any>;

const ENTRIES = 'crm_service_time_entries';

/** The caller's own specialist record, the default person of a time entry. */
async function ownSpecialist(trx: Knex, user: string | null): Promise<string | null> {
	return user ? (((await trx('crm_service_specialists').where('user', user).first('id')) as Row | undefined)?.['id'] ?? null) : null;
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
		.select('id', 'started_at', 'ended_at')) as Row[];
	return rows.map((o) => ({ id: String(o['id']), startedAt: instantOf(o['started_at'])!, endedAt: instantOf(o['ended_at']) ?? OPEN_END }));
}

/** A time entry as it will be stored (rules in crm-core's composeTimeEntry and planTimeEntry); `keys` null on create. */
export async function checkTimeEntry(trx: Knex, payload: Row, keys: readonly (string | number)[] | null, user: string | null, now: string): Promise<Row> {
	if (!timeEntryNeedsCheck(payload, keys ? keys.length : null)) return payload;
	const stored: Row = keys && keys.length > 0 ? ((await trx(ENTRIES).whereIn('id', keys as string[]).first('*')) ?? {}) : {};
	const merged: Row = { ...stored, ...payload };
	const write = {
		payload,
		storedId: stored['id'] ?? null,
		isCreate: keys === null,
		// Drivers hand instants back as Date (pg), epoch milliseconds (SQLite) or text.
		times: { startedAt: instantOf(merged['started_at']) ?? merged['started_at'], endedAt: instantOf(merged['ended_at']) ?? merged['ended_at'], durationMinutes: merged['duration_minutes'] },
		specialistId: merged['specialist'] || (await ownSpecialist(trx, user)),
		requestId: merged['request'],
		now,
	};
	const entry = composeTimeEntry(write);
	return planTimeEntry(write, entry, await loadOverlapCandidates(trx, entry));
}
