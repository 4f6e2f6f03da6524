import { randomUUID } from 'node:crypto';
import { type DocumentSeries, formatDocumentNumber } from '@crm/core';
import type { Knex } from 'knex';

/**
 * Takes the next number of a series for a year inside `trx`. The upsert locks the counter row until
 * the transaction ends, so concurrent writers queue and a rolled-back document gives its number back:
 * numbers stay unique and gapless (PostgreSQL and SQLite ≥ 3.35 both support ON CONFLICT … RETURNING).
 */
export async function nextDocumentNumber(trx: Knex, series: DocumentSeries, year: number): Promise<string> {
	const key = `${series}-${year}`;
	const result = await trx.raw(
		`insert into crm_document_counters (id, counter_key, last_number) values (?, ?, 1)
		 on conflict (counter_key) do update set last_number = crm_document_counters.last_number + 1
		 returning last_number`,
		[randomUUID(), key],
	);
	const rows = (Array.isArray(result) ? result : result.rows) as { last_number: number | string }[];
	return formatDocumentNumber(series, year, Number(rows[0]!.last_number));
}
