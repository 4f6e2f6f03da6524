// The work booked on requests: time entries and expenses.
import { iso, MINUTE } from './moments.ts';
import { EXPENSES, WORK_NOTES } from './service-catalogue.ts';
import type { ServiceDesk } from './service-desk-state.ts';
import type { ExpenseRow, TimeEntryRow } from './service-rows.ts';

/** Per specialist in time order, never overlapping, never in the future. */
export function generateTimeEntries(desk: ServiceDesk): TimeEntryRow[] {
	const { rng, nowMs } = desk;
	const timeEntries: TimeEntryRow[] = [];
	for (const s of desk.staff.specs) {
		const proposals: { request: string; start: number; minutes: number; limit: number }[] = [];
		for (const w of desk.work.filter((x) => x.specialist === s.row.id)) {
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
	return timeEntries;
}

/** On about a tenth of the requests that were worked on; at least one, so small data sets show an expense. */
export function generateExpenses(desk: ServiceDesk): ExpenseRow[] {
	const { rng } = desk;
	const expenses: ExpenseRow[] = [];
	for (const r of desk.requests) {
		if (r.first_response_at === null || !rng.chance(0.12)) continue;
		const at = Date.parse(r.first_response_at);
		expenses.push({ id: rng.uuid(), request: r.id, description: rng.pick(EXPENSES), amount: rng.int(20, 500) * 50, currency: 'EUR', incurred_on: iso(at).slice(0, 10), date_created: iso(at), date_updated: null, user_created: null });
	}
	if (expenses.length === 0) {
		const r = desk.requests.find((x) => x.first_response_at !== null);
		if (r) expenses.push({ id: rng.uuid(), request: r.id, description: EXPENSES[0]!, amount: 4500, currency: 'EUR', incurred_on: r.first_response_at!.slice(0, 10), date_created: r.first_response_at!, date_updated: null, user_created: null });
	}
	return expenses;
}
