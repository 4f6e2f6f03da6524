import { formatMoneyLabel } from '@crm/studio';

/** A stored commission statement as the items API answers it (amounts may come as strings on PostgreSQL). */
export interface StatementItem {
	rep: { id: string; name: string } | null;
	period_start: string;
	status: 'draft' | 'approved';
	commission: number | string | null;
	currency: string | null;
}

export interface CommissionCell {
	text: string;
	status: 'draft' | 'approved' | 'none';
}

export interface CommissionRow {
	key: string;
	name: string;
	last: CommissionCell;
	current: CommissionCell;
}

/** The first days of last month and this month, and the last day of this month, from today 'YYYY-MM-DD'. */
export function commissionMonths(today: string): { last: string; current: string; end: string } {
	const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	return { last: iso(new Date(Date.UTC(y, m - 2, 1))), current: iso(new Date(Date.UTC(y, m - 1, 1))), end: iso(new Date(Date.UTC(y, m, 0))) };
}

const money = (minor: number, currency: string | null) => (minor < 0 ? `−${formatMoneyLabel(-minor, currency)}` : formatMoneyLabel(minor, currency));

function cellOf(items: StatementItem[]): CommissionCell {
	if (items.length === 0) return { text: '–', status: 'none' };
	const minor = items.reduce((sum, s) => sum + Number(s.commission ?? 0), 0);
	const status = items.every((s) => s.status === 'approved') ? 'approved' : 'draft';
	return { text: money(minor, items[0]!.currency), status };
}

/**
 * Per rep, the commission of their statements starting last month and this month (approved or draft), and the
 * total of all of them; reps with no statement in either month are left out.
 */
export function commissionRows(items: readonly StatementItem[], today: string): CommissionRow[] {
	const { current } = commissionMonths(today);
	const byRep = new Map<string, { name: string; last: StatementItem[]; current: StatementItem[] }>();
	for (const s of items) {
		if (!s.rep) continue;
		const rep = byRep.get(s.rep.id) ?? { name: s.rep.name, last: [], current: [] };
		(String(s.period_start).slice(0, 10) >= current ? rep.current : rep.last).push(s);
		byRep.set(s.rep.id, rep);
	}
	const rows = [...byRep.entries()].map(([key, r]) => ({ key, name: r.name, last: cellOf(r.last), current: cellOf(r.current) })).sort((a, b) => a.name.localeCompare(b.name));
	if (rows.length < 2) return rows;
	const all = [...byRep.values()];
	return [...rows, { key: 'total', name: 'All', last: cellOf(all.flatMap((r) => r.last)), current: cellOf(all.flatMap((r) => r.current)) }];
}
