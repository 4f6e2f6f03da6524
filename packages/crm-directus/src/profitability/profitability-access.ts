import { CrmError } from '@crm/core';
import type { ReaderOf } from '../reader-of.ts';

const isForbidden = (error: unknown) => (error as { status?: number } | null)?.status === 403 || (error as { code?: string } | null)?.code === 'FORBIDDEN';

export const MAY_READ_PROFITABILITY = 'Customer profitability shows what goods cost and what customers owe: it takes the right to read the cost on order lines and the customer ledger.';

/** Whether the caller's policy lets them read `field` of `collection` at all (a row filter may still hide rows). */
async function mayRead(read: ReaderOf, collection: string, field: string): Promise<boolean> {
	try {
		await read(collection).readByQuery({ fields: [field], limit: 1 });
		return true;
	} catch (error) {
		if (isForbidden(error)) return false;
		throw error;
	}
}

/**
 * Profitability is for whoever may read what goods cost (crm_order_lines.cost_base) and what customers owe
 * (crm_ledger_entries): administrators, the accountant, sales managers and reps for the customers they may
 * read. Everyone else — marketing, the service desk, portal users — gets CRM_NOT_PERMITTED.
 */
export async function assertMayReadProfitability(read: ReaderOf): Promise<void> {
	const [costs, ledger] = await Promise.all([mayRead(read, 'crm_order_lines', 'cost_base'), mayRead(read, 'crm_ledger_entries', 'amount_base')]);
	if (!costs || !ledger) throw new CrmError('CRM_NOT_PERMITTED', MAY_READ_PROFITABILITY);
}

/** How much of the service and marketing lines the explanations may show: the time sheets and campaign spend, when the caller may read them. */
export async function profitabilityDetailOf(read: ReaderOf): Promise<{ service: boolean; marketing: boolean }> {
	const [service, marketing] = await Promise.all([mayRead(read, 'crm_service_time_entries', 'duration_minutes'), mayRead(read, 'crm_campaign_spend', 'amount_base')]);
	return { service, marketing };
}

/**
 * The customers the caller may read, as Directus' own read under their policy returns them (its row filters
 * included, whatever they say); null for an administrator or a system call, who read every customer.
 */
export async function readableCustomerIds(read: ReaderOf, admin: boolean): Promise<Set<string> | null> {
	if (admin) return null;
	const rows = (await read('crm_customers').readByQuery({ fields: ['id'], limit: -1 })) as { id: unknown }[];
	return new Set(rows.map((r) => String(r.id)));
}
