import { CrmError, findOverlappingEntry, isCrmError, normalizeTimeEntry } from '@crm/core';
import type { Knex } from 'knex';
import { instantOf } from './instant.ts';

type Row = Record<string, any>;

const FIELD: Record<string, string> = { startedAt: 'started_at', endedAt: 'ended_at', durationMinutes: 'duration_minutes' };

/**
 * A time entry as stored (A5.10): start with an end or a duration, or a running timer (a start only,
 * stopped later by giving the end), whole minutes, not in the future,
 * never overlapping another entry of the same specialist. The specialist defaults to the caller's own
 * specialist record. On PostgreSQL the specialist's row is locked, so two entries saved at once
 * cannot both pass the overlap check.
 */
export async function checkTimeEntry(trx: Knex, payload: Row, keys: readonly (string | number)[] | null, user: string | null, now: string): Promise<Row> {
	const timeFields = ['started_at', 'ended_at', 'duration_minutes', 'specialist'].filter((f) => f in payload);
	// An update that leaves times and person alone (a note, the billable flag) needs no check, and must
	// not copy one entry's times onto the others of a batch.
	if (keys && timeFields.length === 0) return payload;
	if (keys && keys.length > 1) throw new CrmError('CRM_TIME_ENTRY_INVALID', 'Change the times of one time entry at a time.', { field: timeFields[0] });
	const existing = keys && keys.length > 0 ? ((await trx('crm_service_time_entries').whereIn('id', keys as string[]).select('*')) as Row[]) : [];
	const current = existing[0] ?? {};
	const merged: Row = { ...current, ...payload };
	let specialist = merged['specialist'] ?? null;
	if (!specialist && user) specialist = ((await trx('crm_service_specialists').where('user', user).first('id')) as Row | undefined)?.['id'] ?? null;
	if (!specialist) throw new CrmError('CRM_REQUIRED_FIELD', 'Say whose time this is: "specialist" (it defaults to your own specialist record, and you have none).', { field: 'specialist' });
	if (keys === null && !merged['request']) throw new CrmError('CRM_REQUIRED_FIELD', 'A time entry needs the "request" it was spent on.', { field: 'request' });

	// On an update that changes only the end, the stored duration no longer applies (and vice versa).
	const endGiven = 'ended_at' in payload;
	const durationGiven = 'duration_minutes' in payload;
	const input = {
		startedAt: instantOf(merged['started_at']) ?? merged['started_at'],
		...(endGiven || !durationGiven ? { endedAt: instantOf(merged['ended_at']) ?? merged['ended_at'] ?? undefined } : {}),
		...(durationGiven || !endGiven ? { durationMinutes: merged['duration_minutes'] ?? undefined } : {}),
	};
	if (input.endedAt !== undefined && input.durationMinutes !== undefined && keys !== null && !(endGiven && durationGiven)) {
		if (endGiven) delete input.durationMinutes;
		else delete input.endedAt;
	}
	// Start without an end or a duration: a running timer, stopped later by setting its end.
	const running = (input.endedAt === undefined || input.endedAt === null) && (input.durationMinutes === undefined || input.durationMinutes === null);
	const entry = running ? startedTimer(input.startedAt, now) : normalized(input, now);

	// NO KEY UPDATE: serialises entries of one person without blocking foreign-key checks of other writes.
	if (trx.client.config.client === 'pg') await trx.raw('select id from crm_service_specialists where id = ? for no key update', [specialist]);
	// A running timer counts as lasting until it is stopped: nothing may start after it, and only one runs.
	const others = (await trx('crm_service_time_entries')
		.where('specialist', specialist)
		.where('started_at', '<', new Date(entry.endedAt ?? OPEN_END))
		.where((q) => q.where('ended_at', '>', new Date(entry.startedAt)).orWhereNull('ended_at'))
		.select('id', 'started_at', 'ended_at')) as Row[];
	const clash = findOverlappingEntry(
		{ id: current['id'] ?? null, startedAt: entry.startedAt, endedAt: entry.endedAt ?? OPEN_END },
		others.map((o) => ({ id: String(o['id']), startedAt: instantOf(o['started_at'])!, endedAt: instantOf(o['ended_at']) ?? OPEN_END })),
	);
	if (clash) {
		const what = clash.endedAt === OPEN_END ? `a timer running since ${clash.startedAt}` : `another entry (${clash.startedAt} – ${clash.endedAt})`;
		throw new CrmError('CRM_TIME_ENTRY_OVERLAP', `This time overlaps ${what} of the same specialist; nobody works on two things at once. Change the times, or stop or edit that entry.`, { field: 'started_at', overlaps: clash.id });
	}

	if (entry.minutes === null) {
		// A running timer leaves end and length empty (left out: the length's range rule would refuse null).
		const { ended_at: _end, duration_minutes: _minutes, ...rest } = payload;
		return keys === null ? { ...rest, specialist, started_at: entry.startedAt } : { ...payload, specialist, started_at: entry.startedAt };
	}
	return { ...payload, specialist, started_at: entry.startedAt, ended_at: entry.endedAt, duration_minutes: entry.minutes };
}

const OPEN_END = '9999-12-31T00:00:00.000Z';

function normalized(input: Parameters<typeof normalizeTimeEntry>[0], now: string): { startedAt: string; endedAt: string | null; minutes: number | null } {
	try {
		return normalizeTimeEntry(input, now);
	} catch (error) {
		if (isCrmError(error)) throw new CrmError(error.code, error.message.replace(/"(startedAt|endedAt|durationMinutes)"/g, (_, f: string) => `"${FIELD[f]}"`), { ...error.details, field: FIELD[String(error.details['field'])] ?? error.details['field'] });
		throw error;
	}
}

/** A timer started now or a moment ago (a client clock may run a minute ahead). */
function startedTimer(value: unknown, now: string): { startedAt: string; endedAt: null; minutes: null } {
	const startedAt = typeof value === 'string' ? instantOf(value) : null;
	if (startedAt === null || !/^\d{4}-\d{2}-\d{2}T/.test(String(value))) throw new CrmError('CRM_TIME_ENTRY_INVALID', `"started_at" must be a date and time like 2026-11-27T09:30:00Z, got ${JSON.stringify(value ?? null)}.`, { field: 'started_at' });
	if (Date.parse(startedAt) > Date.parse(now) + 60_000) throw new CrmError('CRM_TIME_ENTRY_IN_FUTURE', 'A timer cannot start in the future.', { field: 'started_at' });
	return { startedAt, endedAt: null, minutes: null };
}
