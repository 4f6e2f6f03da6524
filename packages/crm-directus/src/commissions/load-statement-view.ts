import { totalCommissionStatement } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';

type Row = Record<string, unknown>;

const orNull = (value: unknown) => (value === null || value === undefined ? null : wholeNumber(value));

/** Whether the user may approve the rep's statements: an administrator, or the manager of the rep's team. */
export async function managesRep(knex: Knex, user: { admin: boolean; id: string | null }, repId: string): Promise<boolean> {
	if (user.admin) return true;
	const row: Row | undefined = await knex('crm_sales_reps as r').join('crm_teams as t', 't.id', 'r.team').where('r.id', repId).where('t.manager', user.id ?? '').first('r.id');
	return Boolean(row);
}

/** The customer of each line's invoice or credit note: the rep is paid on it, so the statement names it. */
async function customerNames(knex: Knex, invoiceIds: string[]): Promise<Map<string, string>> {
	if (invoiceIds.length === 0) return new Map();
	const rows: Row[] = await knex('crm_invoices as i').join('crm_customers as c', 'c.id', 'i.customer').whereIn('i.id', invoiceIds).select('i.id', 'c.name');
	return new Map(rows.map((r) => [String(r['id']), String(r['name'])]));
}

async function approverOf(knex: Knex, userId: unknown): Promise<{ id: string; name: string } | null> {
	if (typeof userId !== 'string') return null;
	const u: Row | undefined = await knex('directus_users').where('id', userId).first('first_name', 'last_name', 'email');
	const name = [u?.['first_name'], u?.['last_name']].filter((p) => typeof p === 'string' && p !== '').join(' ');
	return { id: userId, name: name || String(u?.['email'] ?? 'a user no longer there') };
}

/**
 * A statement read under the caller's policy (with its lines) as the Studio shows it: each line with its
 * customer's name, the approver's name, the totals (earned, clawed back, above the cap, payable) and whether
 * the caller may approve it now.
 */
export async function loadStatementView(knex: Knex, statement: Row, user: { admin: boolean; id: string | null }): Promise<Row> {
	const lines = (Array.isArray(statement['lines']) ? statement['lines'] : []) as Row[];
	const invoices = lines.map((l) => l['invoice']).filter((id): id is string => typeof id === 'string');
	const names = await customerNames(knex, invoices);
	const totals = totalCommissionStatement(lines.map((l) => ({ kind: l['kind'] === 'credit_note' ? 'credit_note' : 'invoice_paid', commissionMinor: wholeNumber(l['commission']), uncappedMinor: orNull(l['uncapped']) })));
	const rep = statement['rep'] as Row | null;
	const mayApprove = statement['status'] === 'draft' && rep !== null && (await managesRep(knex, user, String(rep['id'])));
	return {
		...statement,
		approved_by: await approverOf(knex, statement['approved_by']),
		lines: lines.map((l) => ({ ...l, customer_name: typeof l['invoice'] === 'string' ? (names.get(l['invoice']) ?? null) : null })),
		totals: { earned: totals.earnedMinor, clawed_back: totals.clawedBackMinor, capped: totals.cappedMinor, payable: totals.payableMinor },
		may_approve: mayApprove,
	};
}
