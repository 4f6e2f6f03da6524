import { formatDocumentNumber } from '@crm/core';
import type { Knex } from 'knex';
import { nextDocumentNumber } from '../next-document-number.ts';

type Row = Record<string, unknown>;

/**
 * The next service request number, SR-YYYY-NNNNNN. Request numbers must be unique but need not be
 * gapless (invoices must; tickets need not), so on PostgreSQL they come from a sequence per year:
 * nextval takes no lock that lasts until commit, and concurrent intakes do not queue behind one
 * counter row. A rolled-back create leaves a gap. The sequence is created on first use, starting after
 * the numbers already given (the demo seed numbers through the document counter). SQLite has one
 * writer at a time anyway and keeps the gapless counter.
 */
export async function nextRequestNumber(trx: Knex, year: number): Promise<string> {
	if (trx.client.config.client !== 'pg') return nextDocumentNumber(trx, 'SR', year);
	const sequence = `crm_service_request_number_${year}`;
	for (let attempt = 0; attempt < 3; attempt += 1) {
		try {
			// A savepoint: on PostgreSQL a failed statement would otherwise abort the whole transaction.
			const result: unknown = await trx.transaction(async (sp) => sp.raw(`select nextval('${sequence}') as n`));
			return formatDocumentNumber('SR', year, Number((result as { rows: Row[] }).rows[0]!['n']));
		} catch (error) {
			if (!/does not exist/.test(String((error as Error)?.message))) throw error;
			const counter = (await trx('crm_document_counters').where('counter_key', `SR-${year}`).first('last_number')) as Row | undefined;
			const start = Number(counter?.['last_number'] ?? 0) + 1;
			// Two instances may create it at the same moment: the loser's error is harmless, nextval is retried.
			await trx.transaction(async (sp) => sp.raw(`create sequence if not exists ${sequence} start with ${start}`)).catch(() => undefined);
		}
	}
	throw new Error(`could not take a number from ${sequence}`);
}
