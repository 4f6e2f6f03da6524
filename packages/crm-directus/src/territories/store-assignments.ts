import { randomUUID } from 'node:crypto';
import type { AssignmentHistoryRow } from '@crm/core';
import type { Knex } from 'knex';

/** History rows only: the owner already changed (a Studio or API write the hook follows). */
export async function insertAssignmentHistory(trx: Knex, rows: readonly AssignmentHistoryRow[]): Promise<void> {
	for (const row of rows) await trx('crm_customer_assignments').insert({ id: randomUUID(), ...row });
}

/** Each row's owner change and its history row, in the caller's transaction: both or neither. */
export async function applyAssignments(trx: Knex, rows: readonly AssignmentHistoryRow[]): Promise<void> {
	for (const row of rows) {
		await trx('crm_customers').where('id', row.customer).update({ owner: row.to_rep, date_updated: row.at });
	}
	await insertAssignmentHistory(trx, rows);
}
